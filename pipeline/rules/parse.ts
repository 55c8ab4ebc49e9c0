import { readerProblems } from './reader-problems.js';
import type { CatalogRule } from './rule.js';

/** `parse`: the catalog file cannot be read as JSON. */
export const parse: CatalogRule = {
  id: 'parse',
  severity: 'error',
  summary: 'the catalog is not valid JSON (reported with line and column; exit code 2)',
  example: 'not valid JSON: property name expected (check for a missing comma or quote, a trailing comma, or a merge-conflict marker)',
  catalog: readerProblems('parse'),
};
