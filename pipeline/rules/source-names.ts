import type { SegmentKind } from '../extract/segment.js';
import { wordTokens } from './word-tokens.js';

/** Segments whose text is running prose: headings, titles and table headers capitalise common words. */
const prose: ReadonlySet<SegmentKind> = new Set(['paragraph', 'list-item', 'blockquote', 'footnote', 'table-cell', 'caption']);

/** What ends a sentence or opens a quotation: a capital after it says nothing about the word. */
const sentenceBreak = /[.!?…:;"“”«»„‘’]/u;

const capitalised = /^\p{Lu}/u;
const lowerInitial = /^\p{Ll}/u;

/**
 * The words a source document itself writes as names: capitalised after a lower-case word of
 * the same sentence in running prose ("said on Tuesday in Rabat"), or after such a name
 * ("the Public Prosecutor’s Office, El Hassan Daki"), and never in lower case anywhere in it.
 * A word capitalised only at the start of a sentence, a heading, a cell or a title ("Key
 * figures", "Item") is not known to be a name.
 */
export function sourceNames(segments: ReadonlyArray<{ kind: SegmentKind; text: string }>): Set<string> {
  const named = new Set<string>();
  const lower = new Set<string>();
  for (const segment of segments) {
    const tokens = wordTokens(segment.text);
    // A name of several words goes on after its first: "the Public Prosecutor’s Office, El Hassan Daki".
    let previousNamed = false;
    for (const [position, token] of tokens.entries()) {
      if (lowerInitial.test(token.word)) {
        lower.add(token.word);
        previousNamed = false;
        continue;
      }
      const previous = tokens[position - 1];
      const name: boolean =
        prose.has(segment.kind) &&
        previous !== undefined &&
        capitalised.test(token.word) &&
        (lowerInitial.test(previous.word) || previousNamed) &&
        !sentenceBreak.test(segment.text.slice(previous.end, token.index));
      if (name) named.add(token.word);
      previousNamed = name;
    }
  }
  for (const word of named) if (lower.has(word.toLowerCase())) named.delete(word);
  return named;
}
