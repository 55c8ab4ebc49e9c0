import type { StructureProblem } from './rule.js';

/** What a structure rule says of a difference in inline structure: what the translation lacks or adds, and `advice` on how to keep it. */
export function skeletonMessage(difference: Extract<StructureProblem, { kind: 'skeleton' }>, advice: string): string {
  const parts: string[] = [];
  if (difference.missing.length > 0) parts.push(`lacks ${difference.missing.join(', ')}`);
  if (difference.extra.length > 0) parts.push(`has ${difference.extra.join(', ')} that the source does not`);
  return `rejected: the translation ${parts.join(' and ')}; ${advice}`;
}
