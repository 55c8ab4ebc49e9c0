import { masked } from '../markdown/mask-message.js';

/** The primary language subtag of a locale (`ar` for `ar-MA`). */
export function language(locale: string): string {
  // Rules ask for every translation: no array made each time.
  const dash = locale.indexOf('-');
  return (dash === -1 ? locale : locale.slice(0, dash)).toLowerCase();
}

/** Every match of a global regular expression, with its index. */
export function matchesOf(text: string, pattern: RegExp): Array<{ value: string; index: number }> {
  return [...text.matchAll(pattern)].map((match) => ({ value: match[0], index: match.index ?? 0 }));
}

/** Compares two lists as multisets: what `expected` has that `actual` lacks, and the reverse. */
export function multisetDifference(expected: readonly string[], actual: readonly string[]): { missing: string[]; extra: string[] } {
  const counts = new Map<string, number>();
  for (const item of expected) counts.set(item, (counts.get(item) ?? 0) + 1);
  for (const item of actual) counts.set(item, (counts.get(item) ?? 0) - 1);
  const missing = [...counts].flatMap(([item, count]) => (count > 0 ? Array<string>(count).fill(item) : []));
  const extra = [...counts].flatMap(([item, count]) => (count < 0 ? Array<string>(-count).fill(item) : []));
  return { missing, extra };
}

/**
 * What a message quotes of a masked text, in a display order: the raw characters at
 * `positions` (offsets the raw and masked texts share), each run of masked syntax written out
 * whole (`<abbr>`, `**`, `` `npm ci` ``) beside the character it belongs to — before the first
 * `anchor` character after it, else after the last one before it. Messages show the
 * translator's own text, never the U+FFFC that stands for syntax.
 */
export function quoted(raw: string, maskedText: string, positions: readonly number[], anchor: (character: string) => boolean): string {
  if (positions.length === 0) return '';
  const from = Math.min(...positions);
  const to = Math.max(...positions) + 1;
  const shown = positions.filter((at) => maskedText[at] !== masked);
  if (shown.length === 0) return raw.slice(from, to);
  const logical = [...shown].sort((a, b) => a - b);
  const prefix = new Map<number, string>();
  const suffix = new Map<number, string>();
  for (let at = from; at < to; ) {
    if (maskedText[at] !== masked) {
      at += 1;
      continue;
    }
    let end = at;
    while (end < to && maskedText[end] === masked) end += 1;
    const later = logical.filter((position) => position >= end);
    const earlier = logical.filter((position) => position < at).reverse();
    const next = later.find((position) => anchor(raw[position] as string));
    const previous = earlier.find((position) => anchor(raw[position] as string));
    const [map, owner] = next !== undefined ? [prefix, next] : previous !== undefined ? [suffix, previous] : later[0] !== undefined ? [prefix, later[0]] : [suffix, earlier[0] as number];
    map.set(owner, `${map.get(owner) ?? ''}${raw.slice(at, end)}`);
    at = end;
  }
  return shown.map((at) => `${prefix.get(at) ?? ''}${raw[at] ?? ''}${suffix.get(at) ?? ''}`).join('');
}
