import type { LocaleCatalog } from '../catalog/locale-catalog.js';
import { sha256 } from '../util/sha256.js';
import type { SourceDocument } from './read-source.js';

/**
 * A namespace of site strings (`locales/<sourceLocale>/common.json` with no article behind
 * it): its keys, written by hand, are the segments; i18next plural keys (`_one`, `_other`…)
 * are checked as groups by the `plurals` rule.
 */
export function readStrings(namespace: string, catalog: LocaleCatalog): SourceDocument {
  return {
    kind: 'strings',
    namespace,
    file: catalog.file,
    hash: sha256(catalog.text ?? ''),
    tree: { type: 'root', children: [] },
    frontMatter: null,
    segments: catalog.catalog.entries.flatMap((entry) =>
      typeof entry.value === 'string' ? [{ key: entry.key, kind: 'string' as const, text: entry.value, line: entry.position.line, target: { type: 'string' as const } }] : [],
    ),
    context: { definitions: '', reserved: new Set(), labels: new Map() },
  };
}
