import type { SafeConfig, State, Unsafe } from 'mdast-util-to-markdown';

/**
 * Of the writer's unsafe patterns (`state.unsafe`), those that can make mdast-util-to-markdown's
 * `safe` escape something of `input` written between `config.before` and `config.after`: a
 * pattern whose character the text, with the characters on either side of it, does not hold is
 * left out without a look (its expression contains the character), then one out of scope, then
 * one that finds nothing in the text itself (`finding`). `safe` given only these escapes the
 * same positions as with every pattern (`tests/text-handler.test.ts` compares whole writings
 * with the library's own on generated trees).
 */
export function narrowedUnsafe(state: State, input: string, config: SafeConfig): Unsafe[] {
  const before = config.before || '';
  // The very text `safe` searches.
  const value = before + input + (config.after || '');
  return finding(state, present(state.unsafe, value), value, before.length, before.length + input.length);
}

/**
 * Of `patterns`, those that can make `safe` escape something of the text itself, between
 * `offset` and `end` of `value`: not one bad only in constructs the writer is not in
 * (`inConstruct`, as mdast-util-to-markdown documents it), nor one whose expression finds
 * nothing, nor one whose character is ASCII punctuation or white space and found only on either
 * side of the text. (`safe` skips positions outside the text; it looks at one beside an
 * underscore only where a letter or a digit is, which no such pattern finds.) One that looks at
 * a neighbouring node is kept, as `safe` reads a part of the text for it.
 */
function finding(state: State, patterns: Unsafe[], value: string, offset: number, end: number): Unsafe[] {
  return patterns.filter((pattern) => {
    const constructs = pattern.inConstruct;
    // No construct listed is every construct, as in mdast-util-to-markdown's `patternInScope`.
    const listed = typeof constructs === 'string' ? [constructs] : (constructs ?? []);
    if (listed.length > 0 && !listed.some((name) => state.stack.includes(name))) return false;
    if (pattern.beforeNode || pattern.afterNode) return true;
    const expression = state.compilePattern(pattern);
    const anywhere = !punctuationOrSpace.test(pattern.character);
    const captures = Boolean(pattern.before || pattern.atBreak);
    let found = false;
    expression.lastIndex = 0;
    for (let match = expression.exec(value); match !== null && !found; match = expression.exec(value)) {
      const position = match.index + (captures ? (match[1]?.length ?? 0) : 0);
      found = anywhere || (position >= offset && position < end);
    }
    expression.lastIndex = 0;
    return found;
  });
}

/** A character micromark classifies as punctuation or white space (never as a letter). */
const punctuationOrSpace = /^[!-/:-@[-`{-~\t\n\r ]$/;

/** The patterns of `unsafe`, in their order, whose character occurs in `value`. */
function present(unsafe: Unsafe[], value: string): Unsafe[] {
  const index = indexOf(unsafe);
  const epoch = (index.epoch = (index.epoch + 1) >>> 0 || 1);
  let found = 0;
  for (let at = 0; at < value.length; at += 1) {
    const code = value.charCodeAt(at);
    const group = code < 128 ? (index.ascii[code] as number) : -1;
    if (group >= 0 && index.seen[group] !== epoch) {
      index.seen[group] = epoch;
      found += 1;
    }
  }
  for (const [character, group] of index.other) {
    if (index.seen[group] !== epoch && value.includes(character)) {
      index.seen[group] = epoch;
      found += 1;
    }
  }
  if (found === 0) return [];
  const patterns: Unsafe[] = [];
  for (let at = 0; at < unsafe.length; at += 1) if (index.seen[index.groups[at] as number] === epoch) patterns.push(unsafe[at] as Unsafe);
  return patterns;
}

/** The patterns of one list, grouped by character: the group of each ASCII code (-1: none), of other characters, of each pattern. */
interface PatternIndex {
  ascii: Int16Array;
  other: Map<string, number>;
  groups: Int16Array;
  /** Which groups the current text holds: those marked with the current epoch. */
  seen: Uint32Array;
  epoch: number;
}

/**
 * The last list indexed. Every `toMarkdown` call makes its own list, of the same patterns
 * (the processor's extensions are configured once): the index is made again only when they differ.
 */
let last: { list: readonly Unsafe[]; patterns: readonly Unsafe[]; index: PatternIndex } | undefined;

function indexOf(unsafe: readonly Unsafe[]): PatternIndex {
  if (last && last.list === unsafe && last.patterns.length === unsafe.length) return last.index;
  if (last && last.patterns.length === unsafe.length && last.patterns.every((pattern, at) => pattern === unsafe[at])) {
    last.list = unsafe;
    return last.index;
  }
  const characters = new Map<string, number>();
  const groups = new Int16Array(unsafe.length);
  for (const [at, pattern] of unsafe.entries()) {
    if (!characters.has(pattern.character)) characters.set(pattern.character, characters.size);
    groups[at] = characters.get(pattern.character) as number;
  }
  const index: PatternIndex = { ascii: new Int16Array(128).fill(-1), other: new Map(), groups, seen: new Uint32Array(characters.size), epoch: 0 };
  for (const [character, group] of characters) {
    if (character.length === 1 && character.charCodeAt(0) < 128) index.ascii[character.charCodeAt(0)] = group;
    else index.other.set(character, group);
  }
  last = { list: unsafe, patterns: [...unsafe], index };
  return index;
}
