import type { RuleMeta } from './rule.js';

/** `orphan`: a catalog, state file or edition of an article whose source is gone. */
export const orphan: RuleMeta = {
  id: 'orphan',
  severity: 'error',
  summary: 'a catalog, state file or output of an article that has no source any more (deleted or renamed): `extract` archives its translations, `build` removes its editions',
  example: 'no article source/old-slug.md for this file; run `tarjama extract`, which moves its translations to the archive and removes it',
};
