import type { CatalogProblem } from '../catalog/read-catalog.js';
import type { CatalogHit, CatalogInput } from './rule.js';

/**
 * The catalog check of `parse`, `duplicate` and `type`: the catalog reader finds these problems
 * as it parses the file (a catalog must be read to be checked at all) and words them; the rule
 * reports those of its kind.
 */
export function readerProblems(kind: CatalogProblem['kind']): (input: CatalogInput) => CatalogHit[] {
  return ({ target }) =>
    target.catalog.problems
      .filter((problem) => problem.kind === kind)
      .map((problem) => ({ key: problem.key, position: problem.position, message: problem.message, ...(problem.frame ? { frame: problem.frame } : {}) }));
}
