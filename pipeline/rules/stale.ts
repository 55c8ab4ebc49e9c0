import type { CatalogRule, UsableRule } from './rule.js';
import { unknownEntries } from './unknown-entries.js';

/**
 * `stale`: the source-locale catalog is out of date: it has a key the source no longer has,
 * lacks one it has, or its text is no longer the source's.
 */
export const stale: CatalogRule & UsableRule = {
  id: 'stale',
  severity: 'error',
  summary: 'the source-locale catalog does not match the source: run `tarjama extract`',
  example: '"p-…" no longer matches source/x.md (line 12); run `tarjama extract`',
  catalog(input) {
    if (!input.isSourceLocale) return [];
    return unknownEntries(input).map((entry) => ({ key: entry.key, position: entry.position, message: `"${entry.key}" is no longer in ${input.document.file}; run \`tarjama extract\`` }));
  },
  usable({ segment, value, document, target, isSourceLocale, handEdited }) {
    if (!isSourceLocale) return undefined;
    if (value === undefined) return `"${segment.key}" is not in ${target.file}; run \`tarjama extract\``;
    // A blank value is `empty`'s.
    if (value.trim() === '' || value === segment.text) return undefined;
    return handEdited
      ? `"${segment.key}" was edited by hand, but ${target.file} is generated from ${document.file}: edit the source (line ${segment.line}) instead; \`tarjama extract\` writes this file again and keeps every translation`
      : `"${segment.key}" no longer matches ${document.file} (line ${segment.line}); run \`tarjama extract\``;
  },
};
