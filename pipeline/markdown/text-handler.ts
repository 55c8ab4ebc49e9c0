import { defaultHandlers, type Handle, type Unsafe } from 'mdast-util-to-markdown';

/**
 * mdast-util-to-markdown's own `text` handler, asked to weigh only the unsafe patterns whose
 * character the text (or the character written on either side of it) holds. Its `safe` runs
 * every pattern in scope over every text, about 35 regular expressions in a paragraph; yet
 * each pattern's expression contains its character, so a pattern whose character is absent
 * finds nothing, and the positions the others find are those of every pattern. The result is
 * the handler's own, character for character (`tests/text-handler.test.ts` compares the two
 * on generated trees); it was more than half of stringifying in a one-thread profile of a
 * cold build (4.7 s of 8.8 s).
 */
export const textHandler: Handle = (node, parent, state, info) => {
  const all = state.unsafe;
  state.unsafe = present(all, `${info.before}${(node as { value: string }).value}${info.after}`);
  try {
    return defaultHandlers.text(node as Parameters<typeof defaultHandlers.text>[0], parent, state, info);
  } finally {
    state.unsafe = all;
  }
};

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
