import type { Text } from 'mdast';
import { defaultHandlers, type Handle, type State, type Unsafe } from 'mdast-util-to-markdown';

/**
 * mdast-util-to-markdown's own `text` handler, asked to weigh only the unsafe patterns that can
 * find something in the text. Its `safe` runs every pattern in scope over every text (about 35
 * regular expressions in a paragraph) and escapes at the positions they find. Here a pattern
 * whose character the text, with the characters written on either side of it, does not hold is
 * left out without a look (its expression contains the character), then one out of scope, then
 * one that finds nothing in the text itself (`finding`): the positions `safe` escapes are those
 * of every pattern. With none left and no backslash, `safe` would return the text as it is: so
 * does this, without calling it. The result is the handler's own, character for character
 * (`tests/text-handler.test.ts` compares the two on generated trees). `safe` was more than half
 * of stringifying in a one-thread profile of the bench's cold job (4.7 s of 8.8 s; with this
 * handler, `toMarkdown` took 4.1 s).
 */
export const textHandler: Handle & { peek?: Handle } = (node, parent, state, info) => {
  const input = (node as Text).value;
  // The very text `safe` searches.
  const before = info.before || '';
  const value = before + input + (info.after || '');
  const patterns = finding(state, present(state.unsafe, value), value, before.length, before.length + input.length);
  if (patterns.length === 0 && !input.includes('\\')) return input;
  const all = state.unsafe;
  state.unsafe = patterns;
  try {
    return defaultHandlers.text(node as Text, parent, state, info);
  } finally {
    state.unsafe = all;
  }
};

/**
 * What mdast-util-to-markdown's phrasing writer asks of the node after each node: the first
 * character its handler writes (where a handler has no `peek`, the writer runs the whole
 * handler for it, and the default `text` handler has none: every text but a paragraph's first
 * was escaped twice). Whether that character is escaped depends on the patterns that find the
 * text's first two characters, which look at most a character further, so the text's first 16
 * characters write the same first character as the whole text (`tests/text-handler.test.ts`
 * compares the two in every place a generated tree puts a text, and the writing with the
 * library's own).
 */
textHandler.peek = (node: Parameters<Handle>[0], parent: Parameters<Handle>[1], state: State, info: Parameters<Handle>[3]): string => {
  const { value } = node as Text;
  return textHandler(value.length > 16 ? { ...(node as Text), value: value.slice(0, 16) } : node, parent, state, info);
};

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
