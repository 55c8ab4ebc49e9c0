import type { RuleMeta } from './rule.js';

/** `obsolete`: a catalog has a key the source does not. */
export const obsolete: RuleMeta = {
  id: 'obsolete',
  severity: 'warning',
  summary: 'the locale has a key the article does not have (a mistyped key, or one `extract` has not archived yet)',
  example: '"p-…" is no longer in source/x.md; delete it from locales/fr/x.json (it is not published)',
};
