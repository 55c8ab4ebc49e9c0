import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';
import { nestingLimits } from '../util/nesting-limits.js';
import { remarkNestingLimit } from './remark-nesting-limit.js';
import { remarkWrittenAutolinks } from './remark-written-autolinks.js';
import { textHandler } from './text-handler.js';

/** How tarjama writes Markdown: `-` bullets, `*` emphasis, fenced code; texts escaped as mdast-util-to-markdown does, faster (`text-handler.ts`). */
export const stringifyOptions: StringifyOptions = {
  bullet: '-',
  emphasis: '*',
  strong: '*',
  fence: '`',
  fences: true,
  rule: '-',
  listItemIndent: 'one',
  handlers: { text: textHandler },
};

/**
 * The one frozen processor that parses sources and messages and writes outputs:
 * CommonMark + GFM + YAML front matter + `$$` math. GFM autolink literals are the ones the
 * parser finds (`remark-written-autolinks.ts`). Single-dollar math is off so that
 * prices such as "$5 and $10" in news copy stay text. Markdown nested deeper than
 * `nestingLimits.markdown` is refused (a `NestingError`) before any transform walks it.
 */
export const processor = unified()
  .use(remarkParse)
  // Before remark-gfm: its transforms recurse over the tree, and must only see a bounded one.
  .use(remarkNestingLimit, { maximum: nestingLimits.markdown })
  .use(remarkGfm)
  .use(remarkWrittenAutolinks)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkMath, { singleDollarTextMath: false })
  .use(remarkStringify, stringifyOptions)
  .freeze();
