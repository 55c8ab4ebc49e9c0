import type { RuleMeta } from './rule.js';

/** `type`: a translation value is not a string. */
export const type: RuleMeta = {
  id: 'type',
  severity: 'error',
  summary: 'a translation is not a string',
  example: 'the translation of "p-…" must be a string, not an array',
};
