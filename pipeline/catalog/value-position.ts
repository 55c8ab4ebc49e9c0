import type { CatalogEntry, Position } from './read-catalog.js';

/**
 * The file position of character `index` of a translation: the value's opening quote, plus
 * the raw length of the characters before it (an escape such as `\u00a0` is six characters
 * in the file and one in the text).
 */
export function valuePosition(entry: CatalogEntry, index: number): Position {
  const literal = entry.valueRaw ?? JSON.stringify(entry.value);
  let raw = 1;
  for (let decoded = 0; decoded < index && raw < literal.length - 1; decoded += 1) {
    if (literal[raw] !== '\\') raw += 1;
    else raw += literal[raw + 1] === 'u' ? 6 : 2;
  }
  return { line: entry.valuePosition.line, column: entry.valuePosition.column + raw };
}
