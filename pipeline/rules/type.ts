import { readerProblems } from './reader-problems.js';
import type { CatalogRule } from './rule.js';

/** `type`: a translation value is not a string. */
export const type: CatalogRule = {
  id: 'type',
  severity: 'error',
  summary: 'a translation is not a string',
  example: 'the translation of "p-…" must be a string, not an array',
  catalog: readerProblems('type'),
};
