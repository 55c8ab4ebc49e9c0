import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { transformMessages } from '../pipeline/pseudo/pseudo-locales.js';
import { TarjamaError } from '../pipeline/util/tarjama-error.js';
import { processor } from '../pipeline/markdown/processor.js';
import { longRunsFollow } from './helpers/long-runs.js';
import { extractInMemory, identityValues, renderMarkdown, translateInMemory, withoutFrontMatter } from './helpers/translate-in-memory.js';

/**
 * Random Markdown documents — every CommonMark and GFM construct, Arabic and mixed-direction
 * text, odd Unicode — through extraction and translation, in memory. Invariants: no exception
 * but a TarjamaError; the identity translation (published: the rules that refuse a copy of the
 * English are off) renders to the source's HTML; a translation that
 * only changes words renders to the source's HTML structure. FUZZ_RUNS sets the count:
 * `npm test` runs 500 (a new random sample each run), `npm run test:long` 2,000 and `npm run fuzz`
 * 20,000; the short run is skipped when the long one follows in the same job (`longRunsFollow`).
 */
const runs = Number(process.env.FUZZ_RUNS ?? 500);
/** `npm test` when `test:long` follows in the same job: every case below is run there, and more. */
const repeatedLater = process.env.FUZZ_RUNS === undefined && longRunsFollow;
/** How many documents the reference-label property reads (`npm run fuzz` reads 5,000). */
const labelRuns = Number(process.env.FUZZ_LABEL_RUNS ?? 150);

const words = fc.constantFrom(
  'court', 'Rabat', 'judges', 'مرحبا', 'المحكمة', 'שלום', 'MA-JUST', 'CyberSouth', '2025', '25%', '+212', 'é', 'e\u0301', '🇲🇦', 'a\u200Fb', 'x\u200Dy',
  '{{name}}', '$t(key)', '<', '&amp;', '\\*', 'snake_case', 'C++', '—', '«quote»', '1.', '#', 'a|b',
);
const phrase = fc.array(words, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));
const inline = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: phrase },
      { weight: 1, arbitrary: phrase.map((text) => `*${text.replace(/[*_\\]/g, '')}*`) },
      { weight: 1, arbitrary: phrase.map((text) => `**${text.replace(/[*_\\]/g, '')}**`) },
      { weight: 1, arbitrary: phrase.map((text) => `~~${text.replace(/[~\\]/g, '')}~~`) },
      { weight: 1, arbitrary: fc.constantFrom('`npm ci`', '`a|b`', '`` x`y ``') },
      { weight: 1, arbitrary: phrase.map((text) => `[${text.replace(/[[\]\\]/g, '')}](https://news.example.ma/a?b=1 "Title")`) },
      { weight: 1, arbitrary: fc.constantFrom('![a map](map.png)', '![](empty.png)', '<https://auto.example>', 'www.example.com', 'press@example.ma') },
      { weight: 1, arbitrary: fc.constantFrom('<abbr title="x">ISM</abbr>', '<br>', '$$x^2$$') },
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((parts) => parts.join(' ').trim())
  .filter((text) => /\p{L}/u.test(text));

const block = fc.oneof(
  { weight: 5, arbitrary: inline },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), inline).map(([depth, text]) => `${'#'.repeat(depth)} ${text.replace(/\n/g, ' ')}`) },
  { weight: 2, arbitrary: fc.array(inline, { minLength: 1, maxLength: 3 }).map((items) => items.map((item) => `- ${item.replace(/\n/g, ' ')}`).join('\n')) },
  { weight: 1, arbitrary: fc.array(inline, { minLength: 1, maxLength: 3 }).map((items) => items.map((item, index) => `${index + 3}. ${item.replace(/\n/g, ' ')}`).join('\n')) },
  { weight: 1, arbitrary: inline.map((text) => `> ${text.replace(/\n/g, ' ')}`) },
  { weight: 1, arbitrary: fc.constantFrom('```js\nconst x = 1;\n```', '    indented code', '<div class="box">\nraw html\n</div>', '---', '$$\nx = 1\n$$') },
  {
    weight: 1,
    arbitrary: fc.tuple(phrase, phrase, inline).map(([a, b, c]) => `| ${a.replace(/\|/g, '')} | ${b.replace(/\|/g, '')} |\n| :-- | --: |\n| ${c.replace(/[|\n]/g, ' ')} | 42 |`),
  },
);

const documentText = fc
  .tuple(phrase, fc.array(block, { minLength: 1, maxLength: 8 }), fc.boolean())
  // micromark-extension-frontmatter misreads a document that opens with `---` and has no front
  // matter (an upstream quirk, shared by the parser and the reference renderer): not generated.
  .filter(([, blocks]) => !/^(---|\*\*\*)/.test(blocks[0] ?? ''))
  .map(([title, blocks, footnote]) => {
    // Every article has a title (extract refuses one without).
    const front = `---\ntitle: ${JSON.stringify(title.trim() === '' ? 'Fuzz' : title)}\n---\n\n`;
    const body = blocks.join('\n\n');
    return footnote ? `${front}${body}\n\nSee the note[^n].\n\n[^n]: A footnote.\n` : `${front}${body}\n`;
  });

const structure = (html: string): string => html.replace(/>[^<]*</g, '><').replace(/\s(alt|title)="[^"]*"/g, '');

describe.skipIf(repeatedLater)('fuzzing', () => {
  it(`keeps the rendered HTML under the identity translation, and the structure under word changes (${runs} documents)`, () => {
    fc.assert(
      fc.property(documentText, fc.constantFrom('reverse', 'upper', 'arabic'), (text, kind) => {
        try {
          const document = extractInMemory(text);
          const source = renderMarkdown(withoutFrontMatter(text));
          expect(renderMarkdown(translateInMemory(document, identityValues, true))).toBe(source);
          const change = { reverse: (value: string) => value.split(' ').reverse().join(' '), upper: (value: string) => value.toUpperCase(), arabic: (value: string) => value.replace(/[a-z]/g, 'ب') }[kind];
          const words = translateInMemory(document, (read) => {
            const [texts = []] = transformMessages(read, [change]);
            return new Map(read.segments.map((segment, index) => [segment.key, texts[index] ?? segment.text]));
          });
          expect(structure(renderMarkdown(words))).toBe(structure(source));
        } catch (error) {
          if (!(error instanceof TarjamaError)) throw error;
        }
      }),
      { numRuns: runs },
    );
  }, 600_000);
});

/**
 * Reference labels as authors and converters write them: escaped and bare brackets,
 * backslashes (escaping or not), character references (named, decimal, hexadecimal, of a
 * bracket or a digit), emphasis marks, digits that look like tarjama's numbered references,
 * case and white space that label matching folds.
 */
const labelPiece = fc.constantFrom('a', 'Foo', 'bar', 'ref', 'المحكمة', ' ', '  ', '\n', '1', '2', '*', '_', '\\[', '\\]', '\\\\', '\\', '\\*', '[', ']', '&amp;', '&#49;', '&#x5D;', '&#91;', '&lt;', '&copy;', '&#32;', '&nbsp;', '&bogus;', '&');
const label = fc.array(labelPiece, { minLength: 1, maxLength: 6 }).map((pieces) => pieces.join(''));
const labelledDocument = fc.array(label, { minLength: 1, maxLength: 3 }).map((labels) => {
  const uses = labels.map((name, index) => `the [text ${index}][${name}], [${name}][], [${name}] and ![photo ${index}][${name}]`).join(', ');
  const definitions = labels.map((name, index) => `[${name}]: /target-${index} "Title ${index}"`).join('\n');
  // The footnote's label without `&`: remark writes a footnote label decoded (`[^&amp;]` as
  // `[^&]`), which changes its id, so every document whose first label held a character
  // reference was left out below, two in three of those drawn.
  const note = labels[0]?.replace(/[\s\\[\]^&]/g, '') || 'n';
  return `---\ntitle: Labels\n---\n\nSee [a link](/inline) and ${uses}.\n\n> Quoted: [${labels[0] ?? ''}] and the note[^${note}].\n\n${definitions}\n\n[^${note}]: A note.\n`;
});
/**
 * Whether remark alone (parse, then write) keeps the document's rendering. mdast keeps a label
 * decoded (`label`) and mdast-util-to-markdown writes it back decoded, so a label that decodes
 * to white space (`[&#32;]`) or two that decode alike (`[&#49;]` and `[1]`) are written
 * otherwise, as is a footnote label with a character reference: a limit of the Markdown
 * writer, not of tarjama (the source locale's edition shows it as well), left out here.
 */
const remarkKeeps = (text: string): boolean => renderMarkdown(processor.stringify(processor.parse(text))) === renderMarkdown(text);

describe.skipIf(repeatedLater)('reference labels with brackets, backslashes and entities', () => {
  it(`render the same after extract, an identical translation and build (${labelRuns} documents)`, () => {
    fc.assert(
      fc.property(labelledDocument.filter(remarkKeeps), (text) => {
        expect(renderMarkdown(translateInMemory(extractInMemory(text), identityValues, true))).toBe(renderMarkdown(withoutFrontMatter(text)));
      }),
      { numRuns: labelRuns },
    );
  }, 600_000);
});

describe.skipIf(repeatedLater)('fuzzing through the real CLI', () => {
  it('writes nothing outside output/ and locales/ for random documents and translations', async () => {
    const { mkdtemp, mkdir, readdir, readFile, writeFile, stat } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { runCliInProcess } = await import('./helpers/run-cli.js');
    const samples = fc.sample(fc.tuple(documentText, fc.constantFrom('reverse', 'upper')), { numRuns: Number(process.env.FUZZ_CLI_RUNS ?? 12), seed: 42 });
    for (const [text] of samples) {
      const root = await mkdtemp(path.join(tmpdir(), 'tarjama-fuzz-'));
      await mkdir(path.join(root, 'source'));
      await writeFile(path.join(root, 'source', 'fuzz.md'), text);
      await writeFile(path.join(root, 'tarjama.config.json'), JSON.stringify({ locales: ['en', 'ar'], rules: { untranslated: 'off', bidi: 'off' } }));
      const listing = async (): Promise<string[]> => (await readdir(root)).sort();
      const before = await listing();
      const sourceBefore = await readFile(path.join(root, 'source', 'fuzz.md'), 'utf8');
      const extract = await runCliInProcess(root, ['extract']);
      expect(extract.code, extract.stderr).toBeLessThan(2);
      const english = JSON.parse(await readFile(path.join(root, 'locales', 'en', 'fuzz.json'), 'utf8')) as Record<string, string>;
      await mkdir(path.join(root, 'locales', 'ar'), { recursive: true });
      await writeFile(path.join(root, 'locales', 'ar', 'fuzz.json'), JSON.stringify(english));
      const build = await runCliInProcess(root, ['build', '--allow-incomplete']);
      expect(build.code, build.stderr).toBeLessThan(2);
      expect(await listing()).toEqual([...new Set([...before, 'locales', 'output'])].sort());
      expect(await readFile(path.join(root, 'source', 'fuzz.md'), 'utf8')).toBe(sourceBefore);
      expect((await readdir(path.join(root, 'output'))).sort()).toEqual(['ar', 'en']);
      expect((await stat(path.join(root, 'output', 'ar', 'fuzz.md'))).isFile()).toBe(true);
    }
  }, 120_000);
});
