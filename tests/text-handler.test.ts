import fc from 'fast-check';
import type { PhrasingContent, Root, RootContent, TableCell } from 'mdast';
import { toMarkdown, type Handle, type Options } from 'mdast-util-to-markdown';
import { describe, expect, it } from 'vitest';
import { processor, stringifyOptions } from '../pipeline/markdown/processor.js';
import { textHandler } from '../pipeline/markdown/text-handler.js';

/** The processor's writing with mdast-util-to-markdown's own `text` handler: what tarjama's must equal. */
const reference = (tree: Root): string =>
  toMarkdown(tree, { ...stringifyOptions, handlers: {}, extensions: processor.data('toMarkdownExtensions') as Options[] });

// With FUZZ_RUNS in the thousands (`npm run fuzz`), a property test takes minutes: its timeout says so.
const runs = Number(process.env.FUZZ_RUNS ?? 300);

// Every character some unsafe pattern starts from, and what sits beside them in news copy.
const character = fc.constantFrom(
  ...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'.split(''),
  ' ', ' ', '\t', '\n', '\r', 'a', 'W', 'w', 'x', '1', '9', 'é', 'ال', '\u0000', '\u007F', '\u00A0',
);
// Short texts, and texts longer than the 16 characters the handler's \`peek\` writes.
const textValue = fc.oneof(fc.array(character, { minLength: 1, maxLength: 14 }), fc.array(character, { minLength: 15, maxLength: 40 })).map((parts) => parts.join(''));

const referenceType = fc.constantFrom<'full' | 'collapsed' | 'shortcut'>('full', 'collapsed', 'shortcut');

const phrasing: fc.Memo<PhrasingContent> = fc.memo((depth) =>
  depth <= 1
    ? fc.oneof(
        textValue.map((value): PhrasingContent => ({ type: 'text', value })),
        textValue.map((value): PhrasingContent => ({ type: 'inlineCode', value })),
        fc.constant<PhrasingContent>({ type: 'break' }),
      )
    : fc.oneof(
        { weight: 4, arbitrary: textValue.map((value): PhrasingContent => ({ type: 'text', value })) },
        { weight: 1, arbitrary: fc.array(phrasing(depth - 1), { minLength: 1, maxLength: 3 }).map((children): PhrasingContent => ({ type: 'emphasis', children })) },
        { weight: 1, arbitrary: fc.array(phrasing(depth - 1), { minLength: 1, maxLength: 3 }).map((children): PhrasingContent => ({ type: 'strong', children })) },
        { weight: 1, arbitrary: fc.array(phrasing(depth - 1), { minLength: 1, maxLength: 3 }).map((children): PhrasingContent => ({ type: 'delete', children })) },
        {
          weight: 1,
          arbitrary: fc
            .tuple(fc.array(phrasing(depth - 1), { minLength: 1, maxLength: 3 }), textValue, fc.option(textValue, { nil: null }))
            .map(([children, url, title]): PhrasingContent => ({ type: 'link', url, title, children })),
        },
        { weight: 1, arbitrary: fc.tuple(textValue, textValue).map(([alt, url]): PhrasingContent => ({ type: 'image', alt, url })) },
        // References write their label through `safe` too (`narrow-safe.ts`), as links and images write their addresses.
        {
          weight: 1,
          arbitrary: fc
            .tuple(fc.array(phrasing(depth - 1), { minLength: 1, maxLength: 3 }), textValue, referenceType)
            .map(([children, label, kind]): PhrasingContent => ({ type: 'linkReference', identifier: label.toLowerCase(), label, referenceType: kind, children })),
        },
        {
          weight: 1,
          arbitrary: fc
            .tuple(textValue, textValue, referenceType)
            .map(([alt, label, kind]): PhrasingContent => ({ type: 'imageReference', identifier: label.toLowerCase(), label, referenceType: kind, alt })),
        },
      ),
);
const inline = fc.array(phrasing(3), { minLength: 1, maxLength: 5 });

const block: fc.Arbitrary<RootContent> = fc.oneof(
  inline.map((children): RootContent => ({ type: 'paragraph', children })),
  fc.tuple(fc.constantFrom(1, 2, 3, 4, 5, 6), inline).map(([depth, children]): RootContent => ({ type: 'heading', depth: depth as 1, children })),
  inline.map((children): RootContent => ({ type: 'blockquote', children: [{ type: 'paragraph', children }] })),
  fc.tuple(fc.boolean(), fc.array(inline, { minLength: 1, maxLength: 3 })).map(
    ([ordered, items]): RootContent => ({ type: 'list', ordered, spread: false, children: items.map((children) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] })) }),
  ),
  fc.array(fc.array(inline, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 3 }).map(
    (rows): RootContent => ({ type: 'table', children: rows.map((cells) => ({ type: 'tableRow', children: cells.map((children): TableCell => ({ type: 'tableCell', children })) })) }),
  ),
);

describe('textHandler', () => {
  it('writes every generated tree exactly as mdast-util-to-markdown’s own text handler and `safe` do', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 4 }), (children) => {
        const tree: Root = { type: 'root', children };
        expect(processor.stringify(tree)).toBe(reference(tree));
      }),
      { numRuns: runs },
    );
  }, 600_000);

  it('peeks, wherever a text stands, the first character the whole text writes', () => {
    let compared = 0;
    // The handler itself, asked for its peek too in every call, with the same state and info.
    const checking: Handle = (node, parent, state, info) => {
      const whole = textHandler(node, parent, state, info);
      expect(textHandler.peek?.(node, parent, state, info).charAt(0), JSON.stringify(node)).toBe(whole.charAt(0));
      compared += 1;
      return whole;
    };
    const write = (tree: Root): string => toMarkdown(tree, { ...stringifyOptions, handlers: { text: checking }, extensions: processor.data('toMarkdownExtensions') as Options[] });
    // First characters that an escape depends on the next one for: a hard break's spaces, `![`, `&#`, `#` at a heading's end, `1.`, `- `.
    const starts = [' \nx', '  \n', '![x', '&#1', '&a', '#', '# x', '1. x', '- x', '* x', '+ x', '_x', '__', '~~', '\\*', ':/'];
    for (const start of starts) {
      const value = `${start}${'y'.repeat(20)}`;
      for (const before of [{ type: 'emphasis', children: [{ type: 'text', value: 'e' }] }, { type: 'inlineCode', value: 'c' }, { type: 'break' }] as PhrasingContent[]) {
        write({ type: 'root', children: [{ type: 'paragraph', children: [before, { type: 'text', value }] }, { type: 'heading', depth: 2, children: [before, { type: 'text', value: start }] }] });
      }
    }
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 4 }), (children) => {
        write({ type: 'root', children });
      }),
      { numRuns: runs },
    );
    expect(compared).toBeGreaterThan(runs);
  }, 600_000);

  it('writes parsed Markdown full of escapes, autolink literals and entities as the library does', () => {
    const fragment = fc.constantFrom('word', 'www.', 'W.x', 'http://a.b', 'a@b.c', '\\*', '\\_', '\\[', '&amp;', '&#42;', '1.', '1)', '#', '- ', '+ ', '|', ':', '$$', '~~', '  \n', '\n', '`x`', '*e*', '[l](u)', ' ');
    fc.assert(
      fc.property(fc.array(fragment, { minLength: 1, maxLength: 12 }), (parts) => {
        const tree = processor.parse(parts.join('')) as Root;
        expect(processor.stringify(tree)).toBe(reference(tree));
      }),
      { numRuns: runs },
    );
  }, 600_000);
});
