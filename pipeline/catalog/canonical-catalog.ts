import type { Catalog, CatalogEntry } from './read-catalog.js';
import { serializeCatalog } from './serialize-catalog.js';

/**
 * Reads a catalog written exactly as tarjama writes one (`serializeCatalog`: one key per line,
 * two-space indent, a final newline) with the engine's `JSON.parse`, and gives the same
 * `Catalog` as the positional parser, or null for any other text (hand-formatted, duplicate
 * keys, a value that is not a string or holds NUL, keys `JSON.parse` reorders), which that
 * parser then reads. In such a text key `i` is on line `i + 2` at column 3 and its value
 * starts two characters after the key's literal: no scan of the text is needed for positions.
 * Most catalogs a run reads are tarjama's own, and a short run reads each once, while the
 * positional parser's scanners are still unoptimised code: the engine's parser reads them for
 * a fraction of that.
 */
export function canonicalCatalog(source: string): Catalog | null {
  // A catalog is an object: skip the parse of anything else (the parser words its error).
  if (!source.startsWith('{')) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch {
    return null;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  const pairs = Object.entries(parsed);
  for (const [, value] of pairs) if (typeof value !== 'string' || value.includes('\u0000')) return null;
  // Equal text: no duplicate key (a duplicate makes the file longer), keys in file order.
  if (serializeCatalog(pairs as [string, string][]) !== source) return null;
  const entries: CatalogEntry[] = [];
  const values = new Map<string, string>();
  pairs.forEach(([key, value], index) => {
    const line = index + 2;
    // The value's literal is `JSON.stringify(value)`, worked out only for a finding's column (`valuePosition`).
    entries.push({ key, value, position: { line, column: 3 }, valuePosition: { line, column: JSON.stringify(key).length + 5 } });
    values.set(key, value as string);
  });
  return { exists: true, entries, values, problems: [], openLine: 1, unreadable: false };
}
