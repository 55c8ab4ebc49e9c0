import type { StructureRule } from './rule.js';
import { skeletonMessage } from './skeleton-message.js';

/** `code`: a translation changes inline code. */
export const code: StructureRule<'code'> = {
  id: 'code',
  severity: 'error',
  summary: 'inline code or math differs from the source',
  example: 'rejected: the translation lacks inline code `npm ci`; copy inline code and math exactly as in the source',
  structure: (difference) => skeletonMessage(difference, 'copy inline code and math exactly as in the source'),
};
