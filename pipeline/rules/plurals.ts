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

/** `plurals`: a plural key has every form the locale needs and none it does not. */
export const plurals: RuleMeta = {
  id: 'plurals',
  severity: 'error',
  summary: 'a plural key (`_one`, `_other`…) lacks a CLDR form the locale needs (`Intl.PluralRules`), or has one it does not use',
  example: 'the Arabic plural "min-read" lacks the forms zero, two, few, many (Arabic needs zero, one, two, few, many, other)',
};
