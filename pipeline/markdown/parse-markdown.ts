import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { processor, readingPlugins } from './processor.js';
import { remarkWithoutTables } from './remark-without-tables.js';

/** `processor`'s reading without GFM tables (`remark-without-tables.ts`). */
const withoutTables = unified().use(remarkParse).use(readingPlugins()).use(remarkWithoutTables).freeze();

/**
 * A line a GFM table's delimiter row could be, under any blockquote markers and indent: only
 * spaces, tabs, `>`, `|`, `:` and `-`, with a `-` and a `|` or `:` (a row of dashes alone is a
 * thematic break or a setext underline, micromark-extension-gfm-table's `seen`).
 */
const delimiterRowLike = /^(?=[ \t>|:-]*-)(?=[ \t>|:-]*[|:])[ \t>|:-]+$/m;

/**
 * `processor.parse`, faster for a text that cannot hold a table. micromark-extension-gfm-table
 * tries a table at the start of every flow line and reads the line to its end before it can
 * fail; with no line a delimiter row could be, every such try fails, and the processor without
 * tables gives the same tree (`tests/parse-markdown.test.ts` compares the two on generated Markdown).
 * Most messages and many articles have no such line: in a one-thread cold build of the bench's
 * 1,000 articles, about a sixth of parsing the messages.
 */
export function parseMarkdown(text: string): Root {
  return delimiterRowLike.test(text) ? processor.parse(text) : withoutTables.parse(text);
}
