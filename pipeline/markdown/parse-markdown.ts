import type { Image, Node, Parent, Root, Text } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { readingPlugins } from './processor.js';
import type { OptionalConstruct } from './edit-gfm-constructs.js';
import { remarkTableLines, type TableLines } from './remark-table-lines.js';
import { remarkWithoutConstructs } from './remark-without-constructs.js';

/**
 * A line a GFM table's delimiter row could be, under any blockquote markers and indent: only
 * spaces, tabs, `>`, `|`, `:` and `-`, with a `-` and a `|` or `:` (a row of dashes alone is a
 * thematic break or a setext underline, micromark-extension-gfm-table's `seen`).
 */
const delimiterRowLike = /^(?=[ \t>|:-]*-)(?=[ \t>|:-]*[|:])[ \t>|:-]+$/m;

/** What every GFM autolink literal has: an email's `@`, `www.` (any case) or a protocol's `://`. */
const autolinkLiteralLike = /@|www\.|:\/\//i;

/** `processor`'s parse without some GFM constructs, and with tables only where `tables` allows, made when first needed, by the constructs left out. */
const variants = new Map<string, (text: string) => Root>();

/** The lines of the text being parsed where a table may be (`remarkTableLines`): set around each parse that keeps tables. */
const tables: TableLines = { lines: null };

function withoutConstructs(constructs: readonly OptionalConstruct[]): (text: string) => Root {
  const name = constructs.join(' ');
  let parse = variants.get(name);
  if (!parse) {
    const variant = unified()
      .use(remarkParse)
      .use(readingPlugins())
      .use(remarkWithoutConstructs, constructs)
      .use(constructs.includes('table') ? [] : [[remarkTableLines, tables]])
      .freeze();
    parse = (text) => variant.parse(text);
    variants.set(name, parse);
  }
  return parse;
}

/**
 * `processor.parse`, faster. micromark tries a table at the start of every flow line (and reads
 * the line to its end before it can fail), and an email at every word. A text with no line a
 * delimiter row could be is parsed without tables; one with such lines is parsed with tables
 * tried only on the line before each (the head row) and on the lines after it up to a blank
 * line (the body rows), where one can be (`tableLines`). A text with no `@`, `www.` or `://`
 * is parsed without autolink literals; so is one that has them only where that parse leaves no
 * text (a link's address, code, HTML): an autolink literal begins where micromark is reading
 * text, so the parse without them has each one's `@`, `www.` or `://` in a text (or an image's
 * description); with none, the two parses are the same, and only a text that has one is parsed
 * again, with autolink literals.
 * `tests/parse-markdown.test.ts` compares the result with `processor.parse` on generated
 * Markdown. Messages (the links' addresses are not in them) and articles whose addresses are all
 * in links take the short way; in a one-thread profile of the bench's cold job, parsing the
 * translations took 3.2 s instead of 8.1 s.
 */
export function parseMarkdown(text: string): Root {
  const table = delimiterRowLike.test(text);
  const parse = (constructs: OptionalConstruct[]): Root => {
    if (!table) return withoutConstructs(['table', ...constructs])(text);
    tables.lines = tableLines(text);
    try {
      return withoutConstructs(constructs)(text);
    } finally {
      tables.lines = null;
    }
  };
  const tree = parse(['autolinkLiteral']);
  if (!autolinkLiteralLike.test(text) || !readsAutolinkLike(tree)) return tree;
  return parse([]);
}

/** `delimiterRowLike` for one line, and a blank line. */
const delimiterRowLine = new RegExp(delimiterRowLike.source);
const blankLine = /^[ \t]*$/;

/**
 * The lines of `text`, numbered as micromark numbers them, where a GFM table may be tried: the
 * line before a line a delimiter row could be (a head row), and every line after such a line
 * up to the next blank one (body rows; a table ends at a blank line, and a row after a blank
 * line needs a head and a delimiter row of its own).
 */
function tableLines(text: string): Uint8Array {
  const lines = text.split(/\r\n|\r|\n/);
  const allowed = new Uint8Array(lines.length + 2);
  let inTable = false;
  for (const [index, line] of lines.entries()) {
    if (blankLine.test(line)) inTable = false;
    else if (inTable) allowed[index + 1] = 1;
    if (delimiterRowLine.test(line)) {
      allowed[index] = 1;
      inTable = true;
    }
  }
  return allowed;
}

/** Whether a text of the tree, or an image's description, has an `@`, `www.` or `://`. */
function readsAutolinkLike(node: Node): boolean {
  if (node.type === 'text') return autolinkLiteralLike.test((node as Text).value);
  if (node.type === 'image' || node.type === 'imageReference') return autolinkLiteralLike.test((node as Image).alt ?? '');
  const children = (node as Parent).children as Node[] | undefined;
  return children !== undefined && children.some(readsAutolinkLike);
}
