import type { CatalogEdit } from '../catalog/edit-catalog.js';
import type { Segment } from '../extract/segment.js';

/**
 * The edit that merges translations into a catalog, in source order: a key the catalog has
 * is replaced where it stands, a new one goes after the previous key the catalog has (or
 * gets). Returns the edit and the merged keys in source order. Pure.
 */
export function xliffMergeEdit(segments: readonly Segment[], values: ReadonlyMap<string, string>, translations: ReadonlyMap<string, string>): { edit: CatalogEdit; merged: string[] } {
  const edit: CatalogEdit = { remove: [], insert: [] };
  const merged: string[] = [];
  let previous: string | null = null;
  for (const segment of segments) {
    const value = translations.get(segment.key);
    if (value !== undefined) {
      edit.insert.push({ key: segment.key, value, after: values.has(segment.key) ? null : previous });
      merged.push(segment.key);
    }
    if (value !== undefined || values.has(segment.key)) previous = segment.key;
  }
  return { edit, merged };
}
