import type { CatalogEntry } from '../catalog/read-catalog.js';
import type { CatalogInput } from './rule.js';
import { pluralKey } from './plurals.js';

/** The entries of a catalog whose key the source does not have (a plural form of a key it has counts as its own: `plurals` judges it). */
export function unknownEntries({ document, target }: CatalogInput): CatalogEntry[] {
  const keys = new Set(document.segments.map((segment) => segment.key));
  const pluralBases = new Set(document.kind === 'strings' ? [...keys].flatMap((key) => pluralKey(key)?.base ?? []) : []);
  return target.catalog.entries.filter((entry) => !(keys.has(entry.key) || pluralBases.has(pluralKey(entry.key)?.base ?? '\u0000')));
}
