import fc from 'fast-check';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { messageContext } from '../pipeline/markdown/message-context.js';
import { parseMessage } from '../pipeline/markdown/parse-message.js';
import { parseMessages, type MessageToParse } from '../pipeline/markdown/parse-messages.js';
import { plainMessage } from '../pipeline/markdown/plain-message.js';
import { processor } from '../pipeline/markdown/processor.js';
import type { Reference } from '../pipeline/markdown/to-message.js';

const context = messageContext(processor.parse('Text [x][ref] and a note[^n].\n\n[ref]: https://example.org\n\n[^n]: The note.\n') as Root);
const references = (...labels: string[]) => labels.map((label): Reference => ({ label, kind: 'link', url: `https://example.org/${label}`, title: null }));

/** What each message gives when parsed alone: the batch must give exactly that. */
const alone = (messages: readonly MessageToParse[]) => messages.map((message) => parseMessage(message.text, message.references, context, message.oneLine ?? false));

describe('parseMessages', () => {
  it('parses a document’s messages in one pass exactly as one by one, positions included', () => {
    const messages: MessageToParse[] = [
      { text: 'Le *Conseil* a publié [le rapport][1] le `18/02`.', references: references('1') },
      { text: 'Deuxième ligne\navec un saut et [une note][ref][^n].', references: [] },
      { text: 'Cellule | de tableau', references: [], oneLine: true },
      { text: '', references: [] },
      { text: '**المجلس** [الرابط][2]', references: references('2') },
    ];
    const batch = parseMessages(messages, context);
    expect(batch).toEqual(alone(messages));
    expect(batch[1]?.ok && batch[1].children[0]?.position?.start).toEqual({ line: 1, column: 1, offset: 0 });
  });

  it('falls back to parsing alone whatever could leak into a neighbour or borrow from one', () => {
    const cases: MessageToParse[][] = [
      // an unclosed fence swallows the rest
      [{ text: '```js', references: [] }, { text: 'after', references: [] }],
      // an HTML comment runs past blank lines
      [{ text: '<!-- open', references: [] }, { text: 'after -->', references: [] }],
      // an indented paragraph continues the list before it
      [{ text: '- item', references: [] }, { text: '  continued', references: [] }],
      // a definition in one message would resolve another's reference
      [{ text: '[foo]: https://evil.example', references: [] }, { text: 'see [this][foo]', references: [] }],
      // a label only the other message brings
      [{ text: 'one [a][1]', references: references('1') }, { text: 'two [b][1]', references: [] }],
      // blocks and breaks the translation must not add
      [{ text: '# Heading', references: [] }, { text: 'a\n\nb', references: [] }, { text: 'cell\nbreak', references: [], oneLine: true }],
      [{ text: 'line\r\nwith CRLF', references: [] }, { text: '---\ntitle: x\n---', references: [] }],
    ];
    for (const messages of cases) expect(parseMessages(messages, context)).toEqual(alone(messages));
  });

  it('agrees with one-by-one parsing on random Markdown fragments', () => {
    const fragment = fc.constantFrom(
      'word', ' ', '\n', '\n\n', '*', '**', '_', '`', '[', ']', '(', ')', '[a][1]', '[b][ref]', '[^n]', '[^x]', '<b>', '</b>', '<!--', '-->',
      '# ', '- ', '1. ', '> ', '    ', '```', '$$', '|', '---', '===', '\\', 'https://example.org', '[1]: /u', 'é', 'ال',
      // What starts a block only when followed by a space or repeated, and what looks like it.
      '#', '-', '+', '+ ', '* ', '1)', '1) ', '1.5', '$', '~', '~~', '~~~', '***', '___', '* * *', '\t', '=', '**RABAT**',
    );
    const message = fc.record({
      text: fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join('')),
      references: fc.constantFrom(references(), references('1'), references('1', '2')),
      oneLine: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(message, { minLength: 2, maxLength: 6 }), (messages) => {
        expect(parseMessages(messages, context)).toEqual(alone(messages));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('plainMessage', () => {
  /** What remark gives a message: its one paragraph's children, or null when it is anything else. */
  const parsed = (text: string) => {
    const tree = processor.parse(text) as Root;
    const [first] = tree.children;
    return tree.children.length === 1 && first?.type === 'paragraph' ? first.children : null;
  };

  it('gives exactly what remark parses, positions included, whenever it takes a message without parsing, and such a text is written back as it is', () => {
    const piece = fc.constantFrom(
      'word', 'Rabat', 'https://example.ma', 'example.ma', ' ', '  ', '\u00A0', '\t', '\n', '\r', '\u0000', '.', ',', '!', '?', '«', '»', "'", '"', '(', ')', '-', '+', '=', '#', '1.', '2)', '12', '%',
      '*', '_', '`', '~', '$', '|', '[', ']', '<', '>', '&', '&amp;', ':', '@', '\\', 'www.', 'WWW.', 'http', 'é', 'المغرب', '😀', '{', '}', '^',
    );
    // Half the texts are drawn from prose alone, so that every run takes many messages: drawn from
    // every piece, about one text in ten is plain (284 of 3,000 in one CI run, under the old bound
    // of 300); with the prose half, six runs took 1,351–1,406.
    const prose = fc.constantFrom('word', 'Rabat', ' ', '.', ',', '«', '»', "'", '(', ')', '-', '12', '%', 'é', 'المغرب', '😀');
    const text = fc.oneof(fc.array(piece, { minLength: 1, maxLength: 10 }), fc.array(prose, { minLength: 1, maxLength: 10 })).map((parts) => parts.join(''));
    let taken = 0;
    fc.assert(
      fc.property(text, (text) => {
        const plain = plainMessage(text);
        if (plain === null) return;
        taken += 1;
        expect(plain).toEqual(parsed(text));
        // And remark-stringify writes such a text back as it is (`writeMessages` relies on it).
        expect(processor.stringify({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] })).toBe(`${text}\n`);
      }),
      { numRuns: 3000 },
    );
    // The property proves something only if it took messages.
    expect(taken).toBeGreaterThan(1000);
  });

  it('takes a news sentence and leaves to the parser what could be syntax', () => {
    expect(plainMessage('Le Conseil supérieur du pouvoir judiciaire a tenu sa session à Rabat.')).not.toBeNull();
    expect(plainMessage('عقد المجلس الأعلى للسلطة القضائية دورته بالرباط.')).not.toBeNull();
    for (const text of ['See www.example.ma today', 'press@example.ma', 'Note: read', '1. First', '- item', '# Title', ' lead', 'trail ', 'a &amp; b', 'two\nlines', 'x\u0000y', '']) {
      expect(plainMessage(text), text).toBeNull();
    }
  });
});
