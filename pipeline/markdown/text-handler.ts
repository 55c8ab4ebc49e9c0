import type { Text } from 'mdast';
import { defaultHandlers, type Handle, type State } from 'mdast-util-to-markdown';
import { narrowedUnsafe } from './narrowed-unsafe.js';

/**
 * mdast-util-to-markdown's own `text` handler, asked to weigh only the unsafe patterns that can
 * find something in the text (`narrowedUnsafe`). Its `safe` runs every pattern in scope over
 * every text (about 35 regular expressions in a paragraph) and escapes at the positions they
 * find. With no pattern left and no backslash, `safe` would return the text as it is: so does
 * this, without calling it. The result is the handler's own, character for character
 * (`tests/text-handler.test.ts` compares the two on generated trees). `safe` was more than half
 * of stringifying in a one-thread profile of the bench's cold job (4.7 s of 8.8 s; with this
 * handler, `toMarkdown` took 4.1 s).
 */
export const textHandler: Handle & { peek?: Handle } = (node, parent, state, info) => {
  const input = (node as Text).value;
  const patterns = narrowedUnsafe(state, input, info);
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
