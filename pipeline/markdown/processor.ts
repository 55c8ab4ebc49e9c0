import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';

/** How tarjama writes Markdown: `-` bullets, `*` emphasis, fenced code. */
export const stringifyOptions: StringifyOptions = {
  bullet: '-',
  emphasis: '*',
  strong: '*',
  fence: '`',
  fences: true,
  rule: '-',
  listItemIndent: 'one',
};

/**
 * The one frozen processor that parses sources and messages and writes outputs:
 * CommonMark + GFM + YAML front matter + `$$` math. Single-dollar math is off so that
 * prices such as "$5 and $10" in news copy stay text.
 */
export const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkMath, { singleDollarTextMath: false })
  .use(remarkStringify, stringifyOptions)
  .freeze();
