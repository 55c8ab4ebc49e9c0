import type { CatalogEntry, Position } from './read-catalog.js';

/**
 * The file position of character `index` of a translation: the value's opening quote, plus
 * the raw length of the characters before it (an escape such as `\u00a0` is six characters
 * in the file and one in the text).
 */
export function valuePosition(entry: CatalogEntry, index: number): Position {
  let raw = 1;
  for (let decoded = 0; decoded < index && raw < entry.valueRaw.length - 1; decoded += 1) {
    if (entry.valueRaw[raw] !== '\\') raw += 1;
    else raw += entry.valueRaw[raw + 1] === 'u' ? 6 : 2;
  }
  return { line: entry.valuePosition.line, column: entry.valuePosition.column + raw };
}
