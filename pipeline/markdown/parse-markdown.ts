import type { Root } from 'mdast';
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
 * fail), and an email at every word; a text with no line a delimiter row could be, and no `@`,
 * `www.` or `://`, gives the same tree to the processor without those constructs
 * (`tests/parse-markdown.test.ts` compares the two on generated Markdown). That is most messages
 * (the links' addresses are not in them) and many articles; on the bench's translations, parsing
 * takes about 40 % less time.
 */
export function parseMarkdown(text: string): Root {
  const constructs: OptionalConstruct[] = [];
  if (!delimiterRowLike.test(text)) constructs.push('table');
  if (!autolinkLiteralLike.test(text)) constructs.push('autolinkLiteral');
  return constructs.length === 0 ? processor.parse(text) : withoutConstructs(constructs)(text);
}
