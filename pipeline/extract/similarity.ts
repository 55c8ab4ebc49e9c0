import { diffArrays } from 'diff';

/** The word tokens of a text for matching: letters and digits, case-folded. */
export function wordTokens(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * How alike two token sequences are, from 0 to 1: twice the length of their longest common
 * subsequence over their total length (the ratio CAT tools call a fuzzy match), so word order
 * counts and one changed word in forty scores 0.975.
 */
export function similarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  let common = 0;
  for (const part of diffArrays([...a], [...b])) if (!part.added && !part.removed) common += part.count ?? part.value.length;
  return (2 * common) / (a.length + b.length);
}
