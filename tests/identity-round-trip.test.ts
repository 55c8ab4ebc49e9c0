import { readdirSync } from 'node:fs';
import { copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Nodes, Root, Yaml } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { micromark, type Options as MicromarkOptions } from 'micromark';
import { frontmatter, frontmatterHtml } from 'micromark-extension-frontmatter';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { math, mathHtml } from 'micromark-extension-math';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processor } from '../pipeline/markdown/processor.js';
import { localizeTableFigures } from '../pipeline/publish/localize-table-figures.js';
import { copyToTemp, repoRoot, runCliInProcess, type CliResult } from './helpers/run-cli.js';

const fixturesDir = path.join(repoRoot, 'tests', 'fixtures', 'identity');
const cases = readdirSync(fixturesDir)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => name.slice(0, -'.md'.length));

// The same dialect tarjama parses (single-dollar math off), so the comparison measures the
// pipeline and not a difference of grammars; the front matter renders to nothing.
const renderOptions: MicromarkOptions = {
  extensions: [gfm(), frontmatter(), math({ singleDollarTextMath: false })],
  htmlExtensions: [gfmHtml(), frontmatterHtml(), mathHtml()],
  allowDangerousHtml: true,
};

/**
 * The French catalog is a copy of the English one, so the rules that exist to catch exactly
 * that (English left untranslated, English punctuation in French) are turned off here.
 */
const identityConfig = { locales: ['en', 'fr'], rules: { untranslated: 'off', 'fr-spacing': 'off', 'fr-quotes': 'off' } };

/** Renders Markdown to HTML with micromark, independently of remark. */
function render(markdown: string): string {
  return micromark(markdown, renderOptions);
}

/**
 * The destinations of the source's links, images and definitions, which must never reach a
 * catalog. An autolink (`<…>`, GFM literal) shows its address as its text: that text stays
 * visible to translators but locked (tests/message.test.ts), so its address is left out here.
 */
function sourceUrls(markdown: string): string[] {
  const urls = new Set<string>();
  const shown = new Set<string>();
  const visit = (node: Nodes): void => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const written = markdown.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
      if (node.type === 'link' && !written.startsWith('[')) shown.add(toString(node));
      else urls.add(node.url);
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(processor.parse(markdown) as Root);
  return [...urls].filter((url) => url !== '' && ![...shown].some((text) => text.includes(url) || url.endsWith(text)));
}

/** The lines of a Markdown file's YAML front matter, or none. */
function frontMatterLines(markdown: string): string[] {
  const [first] = (processor.parse(markdown) as Root).children;
  return first?.type === 'yaml' ? (first as Yaml).value.split('\n') : [];
}

describe('identity round trip (extract, copy en as fr, build)', () => {
  it('has fixtures to run', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  describe.each(cases)('%s.md', (name) => {
    let project = '';
    let source = '';
    let extracted: CliResult | undefined;
    let built: CliResult | undefined;
    const file = (...parts: string[]): string => path.join(project, ...parts);

    beforeAll(async () => {
      const fixture = path.join(fixturesDir, `${name}.md`);
      project = await copyToTemp(fixturesDir, (entry) => entry === fixturesDir || entry === fixture);
      await mkdir(file('source'));
      await rename(file(`${name}.md`), file('source', `${name}.md`));
      await writeFile(file('tarjama.config.json'), `${JSON.stringify(identityConfig)}\n`);
      source = await readFile(file('source', `${name}.md`), 'utf8');

      extracted = await runCliInProcess(project, ['extract']);
      if (extracted.code !== 0) return;
      await mkdir(file('locales', 'fr'), { recursive: true });
      await copyFile(file('locales', 'en', `${name}.json`), file('locales', 'fr', `${name}.json`));
      built = await runCliInProcess(project, ['build']);
    });

    afterAll(async () => {
      if (project !== '') await rm(project, { recursive: true, force: true });
    });

    it('extracts with exit code 0', () => {
      expect(extracted?.code, extracted?.stderr).toBe(0);
    });

    it('builds every locale with exit code 0 when the French catalog is the English one', () => {
      expect(built?.code, `${built?.stdout ?? ''}${built?.stderr ?? ''}`).toBe(0);
    });

    it('renders output/fr to the same HTML as the source, but for the figures of its tables, in French', async () => {
      const output = await readFile(file('output', 'fr', `${name}.md`), 'utf8');
      // The one change a French edition makes to an identity translation: `build` writes table figures in French.
      const french = processor.parse(source) as Root;
      const before = processor.stringify(french);
      localizeTableFigures(french, 'fr');
      const localized = processor.stringify(french);
      expect(render(output)).toBe(localized === before ? render(source) : render(localized));
    });

    it('renders output/en to the same HTML as the source', async () => {
      const output = await readFile(file('output', 'en', `${name}.md`), 'utf8');
      expect(render(output)).toBe(render(source));
    });

    it('writes "lang: fr" in the front matter of output/fr', async () => {
      const output = await readFile(file('output', 'fr', `${name}.md`), 'utf8');
      expect(frontMatterLines(output)).toContain('lang: fr');
    });

    it('keeps every link, image and definition URL of the source out of the values of the English catalog', async () => {
      const catalog = JSON.parse(await readFile(file('locales', 'en', `${name}.json`), 'utf8')) as Record<string, string>;
      const urls = sourceUrls(source);
      const leaks = Object.entries(catalog).flatMap(([key, value]) => urls.filter((url) => value.includes(url)).map((url) => ({ key, url })));
      expect(leaks).toEqual([]);
    });
  });
});
