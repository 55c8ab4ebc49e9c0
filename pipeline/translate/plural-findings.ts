import type { LocaleCatalog } from '../catalog/locale-catalog.js';
import type { Position } from '../catalog/read-catalog.js';
import type { SourceDocument } from '../extract/read-source.js';
import type { Segment } from '../extract/segment.js';
import { localeName } from '../report/locale-name.js';
import { pluralKey, requiredForms } from '../rules/plurals.js';

/** The plural keys of a namespace of site strings, as the source writes them. */
export interface PluralGroups {
  /** Base key → the forms the source has, for keys with i18next plural suffixes. */
  bases: Map<string, Segment[]>;
  /** Keys of source forms that this locale does not use (`_one` in Japanese, say). */
  unused: Set<string>;
}

/** Groups the source's plural keys by base, and lists the forms a locale does not use. */
export function pluralGroups(document: SourceDocument, locale: string): PluralGroups {
  const bases = new Map<string, Segment[]>();
  for (const segment of document.segments) {
    const plural = document.kind === 'strings' ? pluralKey(segment.key) : null;
    if (plural) bases.set(plural.base, [...(bases.get(plural.base) ?? []), segment]);
  }
  const needed = new Set(requiredForms(locale));
  const unused = new Set([...bases.values()].flat().filter((segment) => !needed.has(pluralKey(segment.key)?.category ?? '')).map((segment) => segment.key));
  return { bases, unused };
}

/** The `plurals` findings of one catalog: forms the locale needs and lacks, forms it has and does not use. */
export function pluralFindings(groups: PluralGroups, target: LocaleCatalog): Array<{ segment: Segment; message: string; position: Position }> {
  const findings: Array<{ segment: Segment; message: string; position: Position }> = [];
  const needed = requiredForms(target.locale);
  const language = localeName(target.locale);
  for (const [base, forms] of groups.bases) {
    const segment = forms[0] as Segment;
    const present = target.catalog.entries.filter((entry) => pluralKey(entry.key)?.base === base);
    const lacking = needed.filter((category) => !present.some((entry) => pluralKey(entry.key)?.category === category));
    const first = present[0]?.position ?? { line: target.catalog.openLine + 1, column: 1 };
    if (lacking.length > 0 && !target.catalog.unreadable) {
      findings.push({ segment, position: first, message: `the ${language} plural "${base}" lacks the form${lacking.length > 1 ? 's' : ''} ${lacking.join(', ')} (${language} needs ${needed.join(', ')}); add ${lacking.map((category) => `"${base}_${category}"`).join(', ')} to ${target.file}` });
    }
    for (const entry of present) {
      const category = pluralKey(entry.key)?.category ?? '';
      if (!needed.includes(category)) findings.push({ segment, position: entry.position, message: `"${entry.key}": ${language} has no "${category}" plural form (it uses ${needed.join(', ')}); delete it` });
    }
  }
  return findings;
}
