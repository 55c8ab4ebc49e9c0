import type { Handle } from 'mdast-util-to-markdown';
import { narrowedUnsafe } from './narrowed-unsafe.js';

/** A handler with the `peek` mdast-util-to-markdown's phrasing writer asks for the next node's first character. */
type Peeking = Handle & { peek?: Handle };

/**
 * A handler of mdast-util-to-markdown that writes as `handle` does, with every `state.safe` call
 * made while it runs weighing only the unsafe patterns that can find something in the value it
 * escapes (`narrowedUnsafe`), as `textHandler` does for texts. For the handlers that escape a
 * URL or a title themselves (`link`, `image` and their references): `safe` ran every pattern in
 * scope over each address, with all that the node had written before it (0.48 s of a one-thread
 * profile of the bench's cold job). Its `peek`, if any, is the handler's own.
 */
export function narrowSafe(handle: Peeking): Peeking {
  const narrowed: Peeking = (node, parent, state, info) => {
    const safe = state.safe;
    state.safe = (input, config) => {
      const all = state.unsafe;
      state.unsafe = narrowedUnsafe(state, input ?? '', config);
      try {
        return safe.call(state, input, config);
      } finally {
        state.unsafe = all;
      }
    };
    try {
      return handle(node, parent, state, info);
    } finally {
      state.safe = safe;
    }
  };
  if (handle.peek) narrowed.peek = handle.peek;
  return narrowed;
}
