import type { Text } from 'mdast';

/**
 * The inline content of a message that cannot hold any Markdown syntax, built without a
 * parse: the one text node remark gives it, positions included; null when the message might
 * hold syntax (then it must be parsed). Most sentences of a news article are such messages,
 * and micromark's start-up costs more than the text itself.
 *
 * A message qualifies when it is one line with no space at either end (a paragraph trims
 * them), no character any construct of tarjama's processor starts or ends with (escapes,
 * character references, code, emphasis, strikethrough, links, images, footnotes, autolinks,
 * HTML, math, table pipes; `:` and `@` and `www.` for GFM's autolink literals), no control
 * character (NUL becomes U+FFFD), and no start that opens a block (a heading, a list item,
 * a thematic break). `tests/parse-messages.test.ts` compares it with remark on generated text.
 */
export function plainMessage(text: string): [Text] | null {
  if (text === '' || syntax.test(text) || blockOpening.test(text) || /www\./i.test(text)) return null;
  const end = { line: 1, column: text.length + 1, offset: text.length };
  return [{ type: 'text', value: text, position: { start: { line: 1, column: 1, offset: 0 }, end } }];
}

const syntax = /[\\`*_[\]<>&~$|:@\u0000-\u001F\u007F]|^ | $/;
const blockOpening = /^(?:[#+\-=]|\d{1,9}[.)])/;
