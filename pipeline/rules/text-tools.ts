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

/** A text without its masked syntax, for messages. */
export function unmasked(text: string): string {
  return text.replaceAll(masked, '');
}
