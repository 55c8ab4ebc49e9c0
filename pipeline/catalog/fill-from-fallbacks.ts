import type { Config } from '../config/config.js';
import { fallbackChain } from '../config/fallback-chain.js';
import type { SourceDocument } from '../extract/read-source.js';
import { pluralKey, requiredForms } from '../rules/plurals.js';
import type { LocaleCatalog } from './locale-catalog.js';
import type { CatalogEntry } from './read-catalog.js';
import { statusIn, type NamespaceState } from './translation-state.js';

/**
 * One namespace's catalogs with the gaps of each locale that declares fallbacks filled from
 * them, nearest first; the others as they are. Only a key the locale's file does not have at
 * all is filled (an empty or mistyped translation stays the locale's own finding), only from
 * a readable catalog, and only with a translation the fallback's state vouches for: an
 * outdated or unverified one leaves the key missing rather than publish it twice over. A
 * plural of site strings is taken whole, or not at all.
 */
export function fillFromFallbacks(config: Config, document: SourceDocument, catalogs: ReadonlyMap<string, LocaleCatalog>, states: NamespaceState, lost: boolean): Map<string, LocaleCatalog> {
  const segments = new Map(document.segments.map((segment) => [segment.key, segment]));
  const vouched = (fallback: LocaleCatalog, key: string, value: string): boolean => {
    const segment = segments.get(key);
    if (document.kind !== 'article' || segment === undefined) return true;
    const status = statusIn(segment.text, value, states.get(fallback.locale)?.get(key), lost);
    return status === 'current' || status === 'from-memory';
  };
  const filled = new Map(catalogs);
  for (const [locale, own] of catalogs) {
    const chain = fallbackChain(config, locale).flatMap((fallback) => catalogs.get(fallback) ?? []);
    if (chain.length === 0 || own.catalog.unreadable) continue;
    const has = new Set(own.catalog.entries.flatMap((entry) => [entry.key, pluralKey(entry.key)?.base ?? []].flat()));
    const borrowed = new Map<string, LocaleCatalog>();
    const entries: CatalogEntry[] = [];
    const take = (fallback: LocaleCatalog, keys: readonly string[]): void => {
      for (const key of keys) {
        const entry = fallback.catalog.entries.findLast((candidate) => candidate.key === key);
        if (entry) entries.push(entry);
        borrowed.set(key, fallback);
      }
    };
    for (const group of keyGroups(document, locale)) {
      // A plural the locale has any form of is its own, complete or not (the `plurals` rule says).
      if (group.some((key) => has.has(pluralKey(key)?.base ?? key))) continue;
      // The nearest fallback with a translation decides: a farther one never stands in for one it cannot vouch for.
      const fallback = chain.find((candidate) => !candidate.catalog.unreadable && group.some((key) => candidate.catalog.values.has(key)));
      if (fallback && group.every((key) => usable(fallback.catalog.values.get(key)) && vouched(fallback, key, fallback.catalog.values.get(key) as string))) take(fallback, group);
    }
    if (borrowed.size === 0) continue;
    const values = new Map(own.catalog.values);
    for (const [key, fallback] of borrowed) values.set(key, fallback.catalog.values.get(key) as string);
    filled.set(locale, { ...own, catalog: { ...own.catalog, entries: [...own.catalog.entries, ...entries], values }, borrowed });
  }
  return filled;
}

/** How many keys of each fallback locale an edition took, or null when it took none. */
export function fallbackCounts(document: SourceDocument, catalog: LocaleCatalog): Record<string, number> | null {
  const counts: Record<string, number> = {};
  for (const segment of document.segments) {
    const fallback = catalog.borrowed?.get(segment.key);
    if (fallback) counts[fallback.locale] = (counts[fallback.locale] ?? 0) + 1;
  }
  return Object.keys(counts).length > 0 ? counts : null;
}

/** The keys a locale looks up, each alone except the forms of one plural, which go together. */
function keyGroups(document: SourceDocument, locale: string): string[][] {
  const groups: string[][] = [];
  const plurals = new Set<string>();
  for (const segment of document.segments) {
    const plural = document.kind === 'strings' ? pluralKey(segment.key) : null;
    if (!plural) groups.push([segment.key]);
    else if (!plurals.has(plural.base)) {
      plurals.add(plural.base);
      groups.push(requiredForms(locale).map((form) => `${plural.base}_${form}`));
    }
  }
  return groups;
}

function usable(value: string | undefined): boolean {
  return value !== undefined && value.trim() !== '';
}
