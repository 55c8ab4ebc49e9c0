import type { Image, Node, Parent, Root, Text } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { processor, readingPlugins } from './processor.js';
import { remarkWithoutConstructs, type OptionalConstruct } from './remark-without-constructs.js';

/**
 * A line a GFM table's delimiter row could be, under any blockquote markers and indent: only
 * spaces, tabs, `>`, `|`, `:` and `-`, with a `-` and a `|` or `:` (a row of dashes alone is a
 * thematic break or a setext underline, micromark-extension-gfm-table's `seen`).
 */
const delimiterRowLike = /^(?=[ \t>|:-]*-)(?=[ \t>|:-]*[|:])[ \t>|:-]+$/m;

/** What every GFM autolink literal has: an email's `@`, `www.` (any case) or a protocol's `://`. */
const autolinkLiteralLike = /@|www\.|:\/\//i;

/** `processor`'s parse without some GFM constructs, made when first needed, by the constructs left out. */
const variants = new Map<string, (text: string) => Root>();

function withoutConstructs(constructs: readonly OptionalConstruct[]): (text: string) => Root {
  const name = constructs.join(' ');
  let parse = variants.get(name);
  if (!parse) {
    const variant = unified().use(remarkParse).use(readingPlugins()).use(remarkWithoutConstructs, constructs).freeze();
    parse = (text) => variant.parse(text);
    variants.set(name, parse);
  }
  return parse;
}

/**
 * `processor.parse`, faster for a text that cannot hold a table or an autolink literal. micromark
 * tries a table at the start of every flow line (and reads the line to its end before it can
 * fail), and an email at every word. A text with no line a delimiter row could be is parsed
 * without tables. A text with no `@`, `www.` or `://` is parsed without autolink literals; so is
 * one that has them only where that parse leaves no text (a link's address, code, HTML): an
 * autolink literal begins where micromark is reading text, so the parse without them has each
 * one's `@`, `www.` or `://` in a text (or an image's description); with none, the two parses
 * are the same, and only a text that has one is parsed again, with autolink literals.
 * `tests/parse-markdown.test.ts` compares the result with `processor.parse` on generated
 * Markdown. Messages (the links' addresses are not in them) and articles whose addresses are all
 * in links take the short way; in a one-thread profile of the bench's cold job, parsing the
 * translations took 3.2 s instead of 8.1 s.
 */
export function parseMarkdown(text: string): Root {
  const table = delimiterRowLike.test(text);
  const constructs: OptionalConstruct[] = table ? ['autolinkLiteral'] : ['table', 'autolinkLiteral'];
  const tree = withoutConstructs(constructs)(text);
  if (!autolinkLiteralLike.test(text) || !readsAutolinkLike(tree)) return tree;
  return table ? processor.parse(text) : withoutConstructs(['table'])(text);
}

/** Whether a text of the tree, or an image's description, has an `@`, `www.` or `://`. */
function readsAutolinkLike(node: Node): boolean {
  if (node.type === 'text') return autolinkLiteralLike.test((node as Text).value);
  if (node.type === 'image' || node.type === 'imageReference') return autolinkLiteralLike.test((node as Image).alt ?? '');
  const children = (node as Parent).children as Node[] | undefined;
  return children !== undefined && children.some(readsAutolinkLike);
}
