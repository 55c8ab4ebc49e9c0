import type { RuleMeta } from './rule.js';

/** `code`: a translation changes inline code. */
export const code: RuleMeta = {
  id: 'code',
  severity: 'error',
  summary: 'inline code or math differs from the source',
  example: 'rejected: the translation lacks inline code `npm ci`; copy inline code and math exactly as in the source',
};
