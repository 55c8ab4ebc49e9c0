import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { article, random } from '../bench/corpus.js';
import { articleBody, messageRuns, messagesOf, messagesOrNone, repeatedLater } from './helpers/generated-messages.js';

describe('messageChildren: a block message taken from the article’s parse', () => {
  it('gives exactly what parsing the message gives, positions and key order included', () => {
    const bodies = [
      'The **Council** met on *Monday*.',
      'See [the report](https://example.org/r "The report") and ![a chart](https://example.org/c.png) today.',
      '**RABAT** – [a *strong* word](https://example.org/a) then [![logo](https://example.org/l.png)](https://example.org/home).',
      'A [reference][ref] and a note[^n] and `code` and ~~gone~~.\n\n[ref]: https://example.org\n\n[^n]: The note.',
      'First line with *emphasis*\nsecond line with [a link](https://example.org/x) at the end.',
      '## A *heading* with [a link](/x)',
      '- an item with **bold**\n- another with [a link](/y "t")',
      '> a quote with *emphasis*\nlazily continued [here](/z).',
      'Empty [](https://example.org/e) link and ![](https://example.org/e.png) image.',
      'Escapes \\* and a <b>tag</b> that keeps no attribute.',
    ];
    for (const body of bodies) {
      for (const message of messagesOf(body)) {
        expect(message.derived, `${JSON.stringify(message.text)} is taken from the article's parse`).not.toBeNull();
        expect(JSON.stringify(message.derived)).toBe(JSON.stringify(message.parsed));
      }
    }
  });

  it('leaves to the parser what it cannot be sure of', () => {
    const refused = [
      // a table cell: its `\|` is read by the table first
      '| a *b* |\n| --- |\n| c `d\\|e` |',
      // a tab: micromark counts columns to tab stops
      'a\t*tab*',
      // an autolink and a literal one are written as references of another shape
      'Mail <press@example.org> *now*',
      'Visit www.example.org *now*',
      // an HTML tag with attributes is written without them
      'An <abbr title="x">ABC</abbr> *tag*',
      // a bracket in a text where the message appends numbered labels
      'Text \\[1] and [a link](/l)',
      // a continuation line's indent is not in the message
      'First *line*\n   indented continuation',
      // a heading whose text reads as a definition when it stands alone (a message tarjama cannot read back, as before)
      '## [2]: /x *y*\n\n> [2]: /x',
      // a character reference is written as the character
      'Fish &amp; *chips*',
      // a hard break of two spaces is written as a backslash
      'Hard  \nbreak *here*',
      // a title over two lines
      '[a](/u "two\nlines") *x*',
    ];
    for (const body of refused) {
      const messages = messagesOf(body);
      expect(messages.length, JSON.stringify(body)).toBeGreaterThan(0);
      for (const message of messages) expect(message.derived, JSON.stringify(message.text)).toBeNull();
    }
  });

  it.skipIf(repeatedLater)('agrees with the parser on generated articles, and takes a share of their messages from the article’s parse', () => {
    let derived = 0;
    let withSyntax = 0;
    fc.assert(
      fc.property(articleBody, (text) => {
        for (const message of messagesOrNone(text)) {
          withSyntax += 1;
          if (message.derived === null) continue;
          derived += 1;
          expect(JSON.stringify(message.derived)).toBe(JSON.stringify(message.parsed));
        }
      }),
      { numRuns: messageRuns },
    );
    // Random fragments make many messages it refuses (brackets, tabs, autolinks…): still, a good share is compared.
    expect(derived).toBeGreaterThan(withSyntax / 20);
    // With MESSAGE_RUNS in the thousands (`npm run fuzz`), the property takes minutes: its timeout says so.
  }, 600_000);

  it('takes every message of the bench’s newsroom articles from their parse, as parsing would give it', () => {
    const next = random(7);
    let derived = 0;
    for (let index = 0; index < 40; index += 1) {
      const text = article(next, index);
      for (const message of messagesOf(text.slice(text.indexOf('\n---\n') + 5))) {
        expect(message.derived, JSON.stringify(message.text)).not.toBeNull();
        expect(JSON.stringify(message.derived)).toBe(JSON.stringify(message.parsed));
        derived += 1;
      }
    }
    expect(derived).toBeGreaterThan(200);
  });
});
