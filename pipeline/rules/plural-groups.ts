import type { SourceDocument } from '../extract/read-source.js';
import type { Segment } from '../extract/segment.js';
import { pluralKey, requiredForms } from './plurals.js';

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
  // An article has no plural key: no `Intl.PluralRules` to make for it.
  if (bases.size === 0) return { bases, unused: new Set() };
  const needed = new Set(requiredForms(locale));
  const unused = new Set([...bases.values()].flat().filter((segment) => !needed.has(pluralKey(segment.key)?.category ?? '')).map((segment) => segment.key));
  return { bases, unused };
}
