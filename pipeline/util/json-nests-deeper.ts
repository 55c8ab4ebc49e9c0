/**
 * Whether JSON text that `JSON.parse` accepted nests deeper than `maximum`. `JSON.parse` reads
 * any depth, but what tarjama reads from a cache is later walked, compared or written with
 * `JSON.stringify`, which recurse: an entry nested deeper than tarjama writes one (a hand-made
 * cache) is not used. Strings are skipped with `indexOf` to their closing quote (one not
 * escaped by an odd run of backslashes): a record or a kept parse is mostly strings (hashes,
 * paths, text), and the engine's search passes them at a fraction of the cost of looking at each
 * character.
 */
export function jsonNestsDeeper(text: string, maximum: number): boolean {
  if (fewerOpenings(text, maximum + 1)) return false;
  let depth = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0x22) {
      index = closingQuote(text, index);
      if (index === -1) return false;
    } else if (code === 0x5b || code === 0x7b) {
      depth += 1;
      if (depth > maximum) return true;
    } else if (code === 0x5d || code === 0x7d) depth -= 1;
  }
  return false;
}

/** The index of the quote that closes the string opened at `open`, or -1 when none does. */
function closingQuote(text: string, open: number): number {
  for (let quote = text.indexOf('"', open + 1); quote !== -1; quote = text.indexOf('"', quote + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes += 1;
    if (backslashes % 2 === 0) return quote;
  }
  return -1;
}

/**
 * Whether `text` holds fewer than `count` opening brackets, inside strings or not: then nothing in
 * it can nest `count` deep. The engine's search counts them without a look at each character: a
 * build record's line holds a few dozen, so a no-change build of 1,000 articles does not scan its
 * 1.5 MB of records (8 of its 300 ms).
 */
function fewerOpenings(text: string, count: number): boolean {
  let found = 0;
  for (let at = text.indexOf('{'); at !== -1 && found < count; at = text.indexOf('{', at + 1)) found += 1;
  for (let at = text.indexOf('['); at !== -1 && found < count; at = text.indexOf('[', at + 1)) found += 1;
  return found < count;
}
