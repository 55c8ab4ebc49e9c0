import type { CatalogRule } from './rule.js';
import { unknownEntries } from './unknown-entries.js';

/** `obsolete`: a catalog has a key the source does not. */
export const obsolete: CatalogRule = {
  id: 'obsolete',
  severity: 'warning',
  summary: 'the locale has a key the article does not have (a mistyped key, or one `extract` has not archived yet): rename it, or `extract` moves it to the archive',
  example: '"p-…" is not a key of source/x.md (it is not published); if it is mistyped, rename it to the key it translates, else `tarjama extract` moves it to the archive',
  catalog(input) {
    if (input.isSourceLocale) return [];
    return unknownEntries(input).map((entry) => ({
      key: entry.key,
      position: entry.position,
      message: `"${entry.key}" is not a key of ${input.document.file} (it is not published); if it is mistyped, rename it to the key it translates, else \`tarjama extract\` moves it to the archive`,
    }));
  },
};
