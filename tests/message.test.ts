import fc from 'fast-check';
import type { PhrasingContent, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { compareSkeletons, inlineSkeleton } from '../pipeline/markdown/inline-skeleton.js';
import { messageContext } from '../pipeline/markdown/message-context.js';
import { parseMessage } from '../pipeline/markdown/parse-message.js';
import { processor } from '../pipeline/markdown/processor.js';
import { protectMessage, toMessage, writeMessages } from '../pipeline/markdown/to-message.js';

function firstParagraph(markdown: string) {
  const tree = processor.parse(markdown) as Root;
  const paragraph = tree.children.find((node) => node.type === 'paragraph');
  if (paragraph?.type !== 'paragraph') throw new Error('no paragraph');
  return { tree, children: paragraph.children, context: messageContext(tree) };
}

function skeletonFor(references: ReturnType<typeof toMessage>['references'], context: ReturnType<typeof messageContext>) {
  return (message: string) => {
    const parsed = parseMessage(message, references, context);
    if (!parsed.ok) throw new Error(parsed.problem);
    return inlineSkeleton(parsed.children, references);
  };
}

describe('toMessage', () => {
  it('replaces link and image URLs by numbered references and keeps the rest readable', () => {
    const { children, context } = firstParagraph('See *the* [Council](https://coe.int "Council of Europe") and ![a map](map.png) with `npm ci`.\n');
    const message = toMessage(children, context);
    expect(message.text).toBe('See *the* [Council][1] and ![a map][2] with `npm ci`.');
    expect(message.references).toEqual([
      { label: '1', kind: 'link', url: 'https://coe.int', title: 'Council of Europe' },
      { label: '2', kind: 'image', url: 'map.png', title: null },
    ]);
  });

  it('skips numeric labels that the document already defines', () => {
    const { children, context } = firstParagraph('A [x](http://a) and [y][1].\n\n[1]: http://b\n');
    expect(toMessage(children, context).text).toBe('A [x][2] and [y][1].');
  });
});

describe('parseMessage', () => {
  const { children, context } = firstParagraph('Go to [the site](http://a.example) now[^n].\n\n[^n]: Note.\n');
  const { references } = toMessage(children, context);

  it('resolves the message’s references and the document’s footnotes', () => {
    const parsed = parseMessage('Allez sur [le site][1] maintenant[^n].', references, context);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.children.map((node) => node.type)).toEqual(['text', 'linkReference', 'text', 'footnoteReference', 'text']);
  });

  it('refuses a translation that adds a block', () => {
    const parsed = parseMessage('Allez.\n\n# Titre', references, context);
    expect(parsed).toEqual({ ok: false, problem: expect.stringContaining('it parses as: a paragraph, a heading') });
  });

  it('refuses a line break in a table cell', () => {
    expect(parseMessage('une\nligne', [], context, true)).toEqual({ ok: false, problem: 'a table cell must stay on one line; remove the line break' });
  });
});

describe('reference labels with escapes and character references', () => {
  const { children, context } = firstParagraph('See [Foo*bar\\]], [x][ref\\[], [bar\\\\], [y][&#49;] and [z](/z).\n\n[Foo*bar\\]]: /a\n[ref\\[]: /b\n[bar\\\\]: /c\n[&#49;]: /d\n');
  const message = toMessage(children, context);

  it('are written as mdast-util-to-markdown writes them, a numbered reference avoiding a label that reads as a number', () => {
    expect(message.text).toBe('See [Foo\\*bar\\]][Foo*bar\\]], [x][ref\\[], [bar\\\\], [y][1] and [z][2].');
    expect(message.references.map((reference) => reference.label)).toEqual(['2']);
  });

  it('resolve in a message parsed alone, and map back to the source definition', () => {
    const parsed = parseMessage(message.text, message.references, context);
    if (!parsed.ok) throw new Error(parsed.problem);
    const references = parsed.children.filter((node) => node.type === 'linkReference');
    expect(references.map((node) => context.labels.get(node.identifier)?.identifier ?? node.identifier)).toEqual(['foo*bar\\]', 'ref\\[', 'bar\\\\', '&#49;', '2']);
  });
});

describe('GFM autolink literals', () => {
  const links = (markdown: string): string[] => firstParagraph(markdown).children.flatMap((node) => (node.type === 'link' ? [node.url] : []));

  it('are the ones micromark parses; an escape or a character reference keeps the text plain, as micromark renders it', () => {
    expect(links('Write to press@court.example, www.court.example or https://court.example.\n')).toEqual(['mailto:press@court.example', 'http://www.court.example', 'https://court.example']);
    expect(links('Not <foo\\+@bar.example.com>, foo&#64;bar.example.com or www\\.court.example.\n')).toEqual([]);
  });

  it('leave such a text as the parser made it: one text node, with its place', () => {
    const line = 'Not <foo\\+@bar.example.com>, foo&#64;bar.example.com or www\\.court.example.';
    expect(firstParagraph(`${line}\n`).children).toEqual([
      {
        type: 'text',
        value: 'Not <foo+@bar.example.com>, foo@bar.example.com or www.court.example.',
        position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: line.length + 1, offset: line.length } },
      },
    ]);
  });
});

describe('compareSkeletons', () => {
  const { children, context } = firstParagraph('Use `npm ci`, **read** [the guide](http://g.example) and <kbd>Ctrl</kbd>.\n');
  const { text, references } = toMessage(children, context);
  const skeletonOf = skeletonFor(references, context);
  const source = skeletonOf(text);

  it('accepts a translation that keeps every element, in any order', () => {
    expect(compareSkeletons(source, skeletonOf('Lisez [le guide][1] **attentivement**, utilisez `npm ci` et <kbd>Ctrl</kbd>.'))).toEqual([]);
  });

  it('reports changed inline code under the code rule', () => {
    expect(compareSkeletons(source, skeletonOf('Utilisez `npm install`, **lisez** [le guide][1] et <kbd>Ctrl</kbd>.'))).toEqual([
      { rule: 'code', missing: ['inline code `npm ci`'], extra: ['inline code `npm install`'] },
    ]);
  });

  it('reports a URL written into the translation under the links rule and the lost reference under markup', () => {
    const differences = compareSkeletons(source, skeletonOf('Utilisez `npm ci`, **lisez** [le guide](http://evil.example) et <kbd>Ctrl</kbd>.'));
    expect(differences).toEqual([
      { rule: 'markup', missing: ['the link […][1]'], extra: [] },
      { rule: 'links', missing: [], extra: ['a link to http://evil.example'] },
    ]);
  });

  it('reports a broken link bracket under markup', () => {
    expect(compareSkeletons(source, skeletonOf('Utilisez `npm ci`, **lisez** [le guide[1] et <kbd>Ctrl</kbd>.'))).toEqual([
      { rule: 'markup', missing: ['the link […][1]'], extra: ['a bare [1] without link text (a lost "]"?)'] },
    ]);
  });

  it('reports changed inline HTML under the html rule', () => {
    expect(compareSkeletons(source, skeletonOf('Utilisez `npm ci`, **lisez** [le guide][1] et <kbd onclick="x()">Ctrl</kbd>.'))).toEqual([
      { rule: 'html', missing: ['inline HTML <kbd>'], extra: ['inline HTML <kbd onclick="x()">'] },
    ]);
  });
});

describe('autolinks', () => {
  const { children, context } = firstParagraph('Statement at <https://bank.example/s> or <press@bank.example> or www.bank.example.\n');
  const { text, references } = toMessage(children, context);
  const skeletonOf = skeletonFor(references, context);
  const differences = (message: string) => compareSkeletons(skeletonOf(text), skeletonOf(message));

  it('shows the address as the link text, with the URL behind a reference', () => {
    expect(text).toBe('Statement at [https://bank.example/s][1] or [press@bank.example][2] or [www.bank.example][3].');
    expect(references.map((reference) => [reference.url, reference.locked])).toEqual([
      ['https://bank.example/s', 'https://bank.example/s'],
      ['mailto:press@bank.example', 'press@bank.example'],
      ['http://www.bank.example', 'www.bank.example'],
    ]);
  });

  it('accepts a translation that keeps each address as written', () => {
    expect(differences('Communiqué sur [https://bank.example/s][1], [press@bank.example][2] ou [www.bank.example][3].')).toEqual([]);
  });

  it('rejects a translation that changes the address readers see', () => {
    expect(differences('Communiqué sur [https://other.example/s][1], [press@bank.example][2] ou [www.bank.example][3].')).toEqual([
      {
        rule: 'links',
        missing: ['the address [https://bank.example/s][1] (an address shown as the link text stays as written)'],
        extra: ['the address [https://other.example/s][1] (an address shown as the link text stays as written)'],
      },
    ]);
  });
});

describe('writeMessages', () => {
  it('writes a document’s messages in one pass exactly as one by one', () => {
    const fragment = fc.constantFrom(
      'word', ' ', '\n', '*em*', '**strong**', '`code`', '[link](https://example.org "T")', '![alt](a.png)', '<https://example.org>', 'www.example.org',
      '[ref][ref]', '[^n]', '<b>x</b>', '~~del~~', '\\*', '#', '-', '1.', '>', '|', '$$x$$', '&amp;', 'é', 'ال', '  \n', '\\\n',
    );
    const paragraph = fc.array(fragment, { minLength: 1, maxLength: 10 }).map((parts) => parts.join('').trim()).filter((text) => /\p{L}/u.test(text));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 2, maxLength: 6 }), (texts) => {
        const tree = processor.parse(`${texts.join('\n\n')}\n\n[ref]: https://example.org\n\n[^n]: Note.\n`) as Root;
        const blocks = tree.children.flatMap((node): PhrasingContent[][] => (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' ? [node.children] : []));
        const blockContext = messageContext(tree);
        const paragraphs = blocks.map((children) => protectMessage(children, blockContext).paragraph);
        expect(writeMessages(paragraphs)).toEqual(paragraphs.map((paragraph) => writeMessages([paragraph])[0]));
      }),
      { numRuns: 300 },
    );
  });
});
