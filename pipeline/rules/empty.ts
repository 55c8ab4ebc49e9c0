import type { RuleMeta } from './rule.js';

/** `empty`: a translation is empty. */
export const empty: RuleMeta = {
  id: 'empty',
  severity: 'error',
  summary: 'the translation is empty or blank',
  example: 'the Arabic translation of "th-funding" is empty; translate: "Funding"',
};
