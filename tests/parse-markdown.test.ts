import fc from 'fast-check';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../pipeline/markdown/parse-markdown.js';
import { processor } from '../pipeline/markdown/processor.js';

// With FUZZ_RUNS in the thousands (`npm run fuzz`), a property test takes minutes: its timeout says so.
const runs = Number(process.env.FUZZ_RUNS ?? 400);

// What builds tables, containers and the lines around them, and what merely looks like them.
const fragment = fc.constantFrom(
  'a', 'word', ' ', '\t', '\n', '\n\n', '\r\n', '|', ' | ', '-', '--', '---', ':', ':-', '-:', ':-:', '| - |', '|---|', '| a | b |', '|-|-|',
  '> ', '>', '- ', '* ', '1. ', '  ', '    ', '[^1]: ', '```', '~~~', '<div>', '#', '# ', '===', '*', '_', '`', '\\|', '&#124;', ':x', 'x:', '$$',
  // Autolink literals, whole and in pieces.
  'https://a.b', 'HTTP://', 'http', ':/', '//', 'www.', 'WwW.', 'www', '.', 'w', 'h', '@', 'a@b.c', 'x.y', 'mailto:', '&#64;', '\\@', '(', ')', '[a](', '<', '>',
  // Where an address is no text: a link's, code, HTML, an autolink; and where it is: a link's text, an image's description.
  '[a](https://x.y)', '[www.a.b](u)', '![www.a.b](u)', '![a@b.c][r]', '[r]: https://r.s', '`a@b.c`', '<https://x.y>', '<a@b.c>', '<a href="http://x.y">', '[^www.x]', '[^www.x]: n', '$$', '](', '\\[',
);
const markdown = fc.array(fragment, { maxLength: 24 }).map((parts) => parts.join(''));

describe('parseMarkdown', () => {
  it('parses generated Markdown to the very tree processor.parse gives, tables included', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        expect(parseMarkdown(text)).toEqual(processor.parse(text) as Root);
      }),
      { numRuns: runs },
    );
  }, 600_000);

  it('still finds autolink literals, however they are written', () => {
    for (const text of ['see www.example.ma.', 'WWW.example.ma', 'at https://a.example/x', 'HTTPS://A.EXAMPLE', 'mail press@example.ma', '*a@b.co*']) {
      expect(JSON.stringify(parseMarkdown(text)), text).toContain('"link"');
      expect(parseMarkdown(text)).toEqual(processor.parse(text) as Root);
    }
  });

  it('still finds tables, in a blockquote, a list item and a footnote too, and every row of them', () => {
    for (const text of ['a | b\n-|-\nc | d\n', '> a\n> :-\n', '- x\n\n  | a |\n  | --- |\n', 'a\n:-']) {
      const tree = parseMarkdown(text);
      expect(JSON.stringify(tree)).toBe(JSON.stringify(processor.parse(text)));
    }
    // Tables are tried only on a head row's line and the rows after its delimiter row, up to a blank line.
    const around = [
      '---\ntitle: x\n---\n\nText before.\n| a | b |\n| - | - |\n| c | d |\ne | f\n\n| g |\n',
      '| a |\r\n| - |\r\n| b |\r\n \t\r\n| c |\r\n| - |\r\n',
      '> | a |\n> | - |\n> | b |\n>\n> | c |\n',
      '- item\n  | a |\n  | - |\n  | b |\n\n  | c |\n',
      '[^1]: | a |\n    | - |\n    | b |\n\n[^1]\n',
      'p\n| a |\n| - |\n| - |\n| b |\n',
      'a\n\n-|-\nb\n',
    ];
    for (const text of around) expect(parseMarkdown(text), JSON.stringify(text)).toEqual(processor.parse(text) as Root);
    expect(JSON.stringify(parseMarkdown(around[0] as string)).match(/"tableRow"/g)).toHaveLength(3);
    expect(JSON.stringify(parseMarkdown('| a | b |\n| - | - |\n'))).toContain('"table"');
    expect(JSON.stringify(parseMarkdown('> a\n> -:\n'))).toContain('"table"');
  });
});
