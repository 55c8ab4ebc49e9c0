/** Each term's pattern, compiled once: a memo of a pure function, never handed out (callers get a copy). */
const patterns = new Map<string, RegExp>();

const apostrophe = "[’‘'`]";

/**
 * A glossary term as a pattern that tolerates case, any kind of apostrophe and of space, the
 * plural `s`/`es` and the possessive `'s`, as a whole word: "Prosecutor's Office" matches
 * "prosecutor’s office" and "Prosecutors Offices". Global, so that it can find every occurrence;
 * a new one on each call, starting at 0.
 */
export function termPattern(term: string): RegExp {
  let pattern = patterns.get(term);
  if (!pattern) {
    const words = term
      .normalize('NFC')
      .trim()
      .split(/[\s\u00A0\u202F]+/)
      .map((word) => `${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[’‘'`]/g, apostrophe)}(?:${apostrophe}s|s|es|${apostrophe})?`);
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s\\u00A0\\u202F]+')}(?![\\p{L}\\p{N}])`, 'giu');
    patterns.set(term, pattern);
  }
  // A global pattern keeps its place in `lastIndex`: each caller gets its own.
  return new RegExp(pattern);
}
