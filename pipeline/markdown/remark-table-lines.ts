import type { Processor } from 'unified';
import { editGfmConstructs, type Construct } from './edit-gfm-constructs.js';

/** The lines of the text being parsed where a GFM table may start or go on (1: may), by line number from 1; null: every line. */
export interface TableLines {
  lines: Uint8Array | null;
}

/** micromark's view of a tokenizer, as much of it as the guard needs. */
type State = (code: number | null) => unknown;
type Tokenize = (this: { now(): { line: number } }, effects: unknown, ok: State, nok: State) => State;

/**
 * Lets a processor's GFM table construct be tried only on the lines `where.lines` allows,
 * read when micromark tries it: a table starts on the line before its delimiter row and goes
 * on, a row a line, until a blank line; on any other line the try would fail, after reading
 * the line to its end. Elsewhere the construct fails at once, as micromark lets any construct
 * fail, and the parse goes on as it would have. `parseMarkdown` sets the lines before each
 * parse. It must come after remark-gfm.
 */
export function remarkTableLines(this: Processor, where: TableLines): undefined {
  editGfmConstructs(this, 'table', (found) => {
    const tokenize = found.tokenize as Tokenize;
    const guarded: Tokenize = function (effects, ok, nok) {
      const lines = where.lines;
      if (lines !== null && lines[this.now().line] !== 1) return (code) => nok(code);
      return tokenize.call(this, effects, ok, nok);
    };
    return { ...found, tokenize: guarded } as Construct;
  });
}
