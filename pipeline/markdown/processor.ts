import { defaultHandlers } from 'mdast-util-to-markdown';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified, type PluggableList } from 'unified';
import { nestingLimits } from '../util/nesting-limits.js';
import { narrowSafe } from './narrow-safe.js';
import { remarkNestingLimit } from './remark-nesting-limit.js';
import { remarkWrittenAutolinks } from './remark-written-autolinks.js';
import { textHandler } from './text-handler.js';

/** How tarjama writes Markdown: `-` bullets, `*` emphasis, fenced code; texts, addresses and titles escaped as mdast-util-to-markdown does, faster (`text-handler.ts`, `narrow-safe.ts`). */
export const stringifyOptions: StringifyOptions = {
  bullet: '-',
  emphasis: '*',
  strong: '*',
  fence: '`',
  fences: true,
  rule: '-',
  listItemIndent: 'one',
  handlers: {
    text: textHandler,
    link: narrowSafe(defaultHandlers.link),
    image: narrowSafe(defaultHandlers.image),
    linkReference: narrowSafe(defaultHandlers.linkReference),
    imageReference: narrowSafe(defaultHandlers.imageReference),
  },
};

/**
 * The frozen processor that parses sources and messages (`parseMarkdown` takes the same one
 * without GFM tables for a text that cannot hold one) and writes outputs:
 * CommonMark + GFM + YAML front matter + `$$` math. GFM autolink literals are the ones the
 * parser finds (`remark-written-autolinks.ts`). Single-dollar math is off so that
 * prices such as "$5 and $10" in news copy stay text. Markdown nested deeper than
 * `nestingLimits.markdown` is refused (a `NestingError`) before any transform walks it.
 */
export const processor = unified().use(remarkParse).use(readingPlugins()).use(remarkStringify, stringifyOptions).freeze();

/** The plugins, after remark-parse, that read Markdown as tarjama does, in the order they must run (`processor`, and `parse-markdown.ts`'s processor without tables). */
export function readingPlugins(): PluggableList {
  return [
    // Before remark-gfm: its transforms recurse over the tree, and must only see a bounded one.
    [remarkNestingLimit, { maximum: nestingLimits.markdown }],
    remarkGfm,
    remarkWrittenAutolinks,
    [remarkFrontmatter, ['yaml']],
    [remarkMath, { singleDollarTextMath: false }],
  ];
}
