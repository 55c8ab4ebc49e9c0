import type { RuleMeta } from './rule.js';

/** `html`: a translation changes inline HTML. */
export const html: RuleMeta = {
  id: 'html',
  severity: 'error',
  summary: 'inline HTML differs from the source',
  example: 'rejected: the translation lacks inline HTML <abbr>; copy inline HTML exactly as in the source',
};
