import { applyEdits, modify, type FormattingOptions } from 'jsonc-parser';

/** What `extract` changes in a translator's catalog: keys that left the source, keys that came back. */
export interface CatalogEdit {
  remove: string[];
  /** Inserted after `after` (or first when null), in this order. */
  insert: Array<{ key: string; value: string; after: string | null }>;
}

/**
 * Applies an edit to a catalog's text with minimal text changes, so that every untouched
 * entry keeps the translator's order, spacing and line endings.
 */
export function editCatalog(text: string, edit: CatalogEdit): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const formattingOptions: FormattingOptions = { insertSpaces: true, tabSize: 2, eol };
  let result = text.trim() === '' ? `{}${eol}` : text;
  for (const key of edit.remove) result = applyEdits(result, modify(result, [key], undefined, { formattingOptions }));
  for (const { key, value, after } of edit.insert) {
    const getInsertionIndex = (properties: string[]): number => (after === null ? 0 : properties.indexOf(after) + 1);
    result = applyEdits(result, modify(result, [key], value, { formattingOptions, getInsertionIndex }));
  }
  return result;
}
