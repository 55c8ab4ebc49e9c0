import type { LocaleCatalog } from '../catalog/locale-catalog.js';
import type { Position } from '../catalog/read-catalog.js';
import type { Segment } from '../extract/segment.js';
import { localeName } from '../report/locale-name.js';
import type { PluralGroups } from './plural-groups.js';
import type { RuleMeta } from './rule.js';

/** The i18next plural suffixes, CLDR's categories. */
export const pluralCategories = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** A plural key split into its base and CLDR category, or null for an ordinary key. */
export function pluralKey(key: string): { base: string; category: string } | null {
  const match = /^(.+)_(zero|one|two|few|many|other)$/.exec(key);
  return match ? { base: match[1] as string, category: match[2] as string } : null;
}

/** The plural forms a locale needs, from `Intl.PluralRules` (ar: all six; fr: one, many, other; en: one, other). */
export function requiredForms(locale: string): string[] {
  let forms = formsByLocale.get(locale);
  if (!forms) {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
    forms = pluralCategories.filter((category) => categories.includes(category));
    formsByLocale.set(locale, forms);
  }
  return [...forms];
}

/** Creating an `Intl.PluralRules` costs more than translating a short document: once per locale. */
const formsByLocale = new Map<string, string[]>();

/** What `plurals` found about one plural key: its first source form, where, and what to do. */
export interface PluralHit {
  segment: Segment;
  position: Position;
  message: string;
}

/** `plurals`: a plural key has every form the locale needs and none it does not. */
export const plurals: RuleMeta & { forms(groups: PluralGroups, target: LocaleCatalog): PluralHit[] } = {
  id: 'plurals',
  severity: 'error',
  summary: 'a plural key (`_one`, `_other`…) lacks a CLDR form the locale needs (`Intl.PluralRules`), or has one it does not use',
  example: 'the Arabic plural "min-read" lacks the forms zero, two, few, many (Arabic needs zero, one, two, few, many, other)',
  /** Run once per catalog, after its keys: forms the locale needs and lacks, forms it has and does not use. */
  forms(groups, target) {
    const hits: PluralHit[] = [];
    // Most namespaces (every article) have no plural key: the locale's forms and name (an `Intl` object each) are not needed.
    if (groups.bases.size === 0) return hits;
    const needed = requiredForms(target.locale);
    const language = localeName(target.locale);
    for (const [base, forms] of groups.bases) {
      const segment = forms[0] as Segment;
      const present = target.catalog.entries.filter((entry) => pluralKey(entry.key)?.base === base);
      const lacking = needed.filter((category) => !present.some((entry) => pluralKey(entry.key)?.category === category));
      const first = present[0]?.position ?? { line: target.catalog.openLine + 1, column: 1 };
      if (lacking.length > 0 && !target.catalog.unreadable) {
        hits.push({ segment, position: first, message: `the ${language} plural "${base}" lacks the form${lacking.length > 1 ? 's' : ''} ${lacking.join(', ')} (${language} needs ${needed.join(', ')}); add ${lacking.map((category) => `"${base}_${category}"`).join(', ')} to ${target.file}` });
      }
      for (const entry of present) {
        const category = pluralKey(entry.key)?.category ?? '';
        if (!needed.includes(category)) hits.push({ segment, position: entry.position, message: `"${entry.key}": ${language} has no "${category}" plural form (it uses ${needed.join(', ')}); delete it` });
      }
    }
    return hits;
  },
};
