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
  if (text.trim() === '') return newCatalog(edit.insert, eol);
  const formattingOptions: FormattingOptions = { insertSpaces: true, tabSize: 2, eol };
  let result = text;
  for (const key of edit.remove) result = applyEdits(result, modify(result, [key], undefined, { formattingOptions }));
  for (const { key, value, after } of edit.insert) {
    const getInsertionIndex = (properties: string[]): number => (after === null ? 0 : properties.indexOf(after) + 1);
    result = applyEdits(result, modify(result, [key], value, { formattingOptions, getInsertionIndex }));
  }
  return result;
}

/**
 * The text the edit gives a catalog that is empty or absent, written at once: the same bytes as
 * inserting each key into `{}` (a test compares the two), without parsing the text again for
 * every key, which costs a new article's catalogs time quadratic in its keys. Removing a key
 * from an empty catalog changes nothing; inserting one it has already replaces its value.
 */
function newCatalog(insert: CatalogEdit['insert'], eol: string): string {
  const keys: string[] = [];
  const values = new Map<string, string>();
  for (const { key, value, after } of insert) {
    if (!values.has(key)) keys.splice(after === null ? 0 : keys.indexOf(after) + 1, 0, key);
    values.set(key, value);
  }
  if (keys.length === 0) return `{}${eol}`;
  const entries = keys.map((key) => `  ${JSON.stringify(key)}: ${JSON.stringify(values.get(key))}`);
  return `{${eol}${entries.join(`,${eol}`)}${eol}}${eol}`;
}
