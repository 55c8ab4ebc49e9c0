/** Writes a flat i18next catalog: keys in the given order, 2-space JSON, final newline. */
export function serializeCatalog(entries: Iterable<readonly [string, string]>): string {
  return `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`;
}
