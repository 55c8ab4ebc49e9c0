/**
 * Whether JSON text that `JSON.parse` accepted nests deeper than `maximum`. `JSON.parse` reads
 * any depth, but what tarjama reads from a cache is later walked, compared or written with
 * `JSON.stringify`, which recurse: an entry nested deeper than tarjama writes one (a hand-made
 * cache) is not used.
 */
export function jsonNestsDeeper(text: string, maximum: number): boolean {
  let depth = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0x22) {
      // A string: to its closing quote, past escaped characters.
      for (index += 1; index < text.length && text.charCodeAt(index) !== 0x22; index += 1) if (text.charCodeAt(index) === 0x5c) index += 1;
    } else if (code === 0x5b || code === 0x7b) {
      depth += 1;
      if (depth > maximum) return true;
    } else if (code === 0x5d || code === 0x7d) depth -= 1;
  }
  return false;
}
