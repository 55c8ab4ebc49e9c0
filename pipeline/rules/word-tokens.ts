/** A word of a text and where it is. */
export interface WordToken {
  /** The word, without a possessive `'s` (`Morocco’s` → `Morocco`). */
  word: string;
  index: number;
  end: number;
}

// Letters and digits, joined by an apostrophe, a hyphen or a dot inside the word (MA-JUST, Morocco’s, coe.int).
const wordPattern = /[\p{L}\p{N}\p{M}]+(?:[’'\-.][\p{L}\p{N}\p{M}]+)*/gu;

/** The words of a text, in order. */
export function wordTokens(text: string): WordToken[] {
  return [...text.matchAll(wordPattern)].map((match) => {
    const index = match.index ?? 0;
    return { word: match[0].replace(/[’']s$/u, ''), index, end: index + match[0].length };
  });
}
