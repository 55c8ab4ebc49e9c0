import { masked } from './rule.js';

/** The primary language subtag of a locale (`ar` for `ar-MA`). */
export function language(locale: string): string {
  return locale.split('-')[0]?.toLowerCase() ?? locale;
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
 * What a message quotes of a masked text: the characters of the raw message at `positions`
 * (offsets the two share), in that order, each masked run (`<abbr>`, `**`, `` `npm ci` ``)
 * written once and whole where its first position comes. Messages show the translator's own
 * text, never the U+FFFC that stands for syntax in the masked one.
 */
export function quoted(raw: string, maskedText: string, positions: Iterable<number>): string {
  const runStart = (at: number): number => {
    let start = at;
    while (start > 0 && maskedText[start - 1] === masked) start -= 1;
    return start;
  };
  const shown = new Set<number>();
  let out = '';
  for (const at of positions) {
    if (maskedText[at] !== masked) out += raw[at] ?? '';
    else if (!shown.has(runStart(at))) {
      const start = runStart(at);
      let end = at;
      while (end < maskedText.length && maskedText[end] === masked) end += 1;
      shown.add(start);
      out += raw.slice(start, end);
    }
  }
  return out;
}
