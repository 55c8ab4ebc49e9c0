import { readerProblems } from './reader-problems.js';
import type { CatalogRule } from './rule.js';

/** `duplicate`: a key appears twice in one catalog file. */
export const duplicate: CatalogRule = {
  id: 'duplicate',
  severity: 'error',
  summary: 'a key appears twice in one catalog file (JSON keeps only the last)',
  example: 'key "p-…" appears more than once; JSON keeps only the last one. Delete the duplicates',
  catalog: readerProblems('duplicate'),
};
