import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Nodes } from 'hast';
import type { Html, Root } from 'mdast';
import type { HtmlTarget } from '../pipeline/extract/segment.js';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { readHtmlMessage, transformHtmlText } from '../pipeline/markdown/html-message.js';
import { bareTag, htmlParts, spliceHtml, writeAttribute } from '../pipeline/markdown/html-parts.js';
import { renderHtml } from '../pipeline/publish/render-html.js';
import { applyTreeEdits } from '../pipeline/translate/apply-tree-edits.js';
import { htmlFromInline, htmlToInline } from '../pipeline/xliff/html-inline.js';
import { hasTool } from './helpers/debian-tool.js';
import { copyToTemp, repoRoot, runCliInProcess } from './helpers/run-cli.js';

/**
 * The fixture tests/fixtures/cli/html-text: an article with a figure and its caption, an
 * embedded post, an `<abbr title>`, a `<details>` block, a titled reference link and a titled
 * image, translated into French and Arabic. tests/cli-fixtures.test.ts runs the real CLI on it
 * (extract, check, build, then a hostile translation refused with file:line) and holds its
 * editions to `expected/`; this file reads those editions as a reader would.
 */
const expected = path.join(repoRoot, 'tests', 'fixtures', 'cli', 'html-text', 'expected', 'files', 'output');

// The language switcher names each language in itself; the embedded post names its account.
const names = new Set(['English', 'Français', 'العربية', 'justice', '@justice']);
const readable = ['alt', 'title', 'ariaLabel', 'placeholder'];

/** Every text and readable attribute a reader sees or hears in a page: the body's and the page title. */
function readerTexts(node: Nodes, out: string[] = []): string[] {
  if (node.type === 'text' && /\p{L}/u.test(node.value)) out.push(node.value.trim());
  if (node.type === 'element') {
    if (['script', 'style', 'code', 'pre'].includes(node.tagName)) return out;
    if (node.tagName === 'meta' || node.tagName === 'link') return out;
    for (const name of readable) {
      const value = node.properties[name];
      if (typeof value === 'string' && /\p{L}/u.test(value)) out.push(value);
    }
  }
  if ('children' in node) for (const child of node.children) readerTexts(child, out);
  return out;
}

const page = async (locale: string): Promise<string[]> => readerTexts(fromHtml(await readFile(path.join(expected, locale, 'new-court.html'), 'utf8')));

describe('text inside HTML, link and image titles', () => {
  it('leaves no English but names in the French and Arabic previews', async () => {
    const english = await page('en');
    // The parts issue 20 is about are all there to be translated.
    for (const text of ['The court building in Rabat', 'The new court building in Rabat, seen from the avenue.', 'Ministry of Justice', 'How to reach the court', 'Trams stop in front of the main entrance.', 'The full text of the ruling', 'The main hall on opening day', 'See the photos']) {
      expect(english).toContain(text);
    }
    const source = new Set(english.filter((text) => !names.has(text)));
    for (const locale of ['fr', 'ar']) {
      const texts = await page(locale);
      expect(texts.length).toBeGreaterThanOrEqual(source.size);
      expect(texts.filter((text) => source.has(text)), locale).toEqual([]);
    }
  });

  it('finds the runs and readable attributes of an HTML block in reading order, not its code or comments', () => {
    const html = '<figure>\n<img src="a.jpg" alt="A court" class="wide">\n<figcaption>The <abbr title="Supreme Council">CSPJ</abbr> building.</figcaption>\n</figure>\n<!-- a note --><pre>code here</pre><script>var a = "text";</script><style>p { content: "text" }</style>\n<button aria-label="Close the gallery">×</button><input placeholder="Search the archive">';
    const parts = htmlParts(html).map((part) => (part.type === 'text' ? `${part.container}: ${part.message}` : `${part.name}: ${part.value}`));
    expect(parts).toEqual(['alt: A court', 'figcaption: The <abbr>CSPJ</abbr> building.', 'title: Supreme Council', 'aria-label: Close the gallery', 'placeholder: Search the archive']);
  });

  it('gives a translated run its source attributes, and refuses new elements, attributes and comments', () => {
    const [run] = htmlParts('<p>See <a href="https://example.org" class="x">the photos</a> and <a href="https://example.org/2">the video</a></p>');
    if (run?.type !== 'text') throw new Error('no run');
    const translated = readHtmlMessage('Voir <a>les photos</a> et <a>la vidéo</a>', run.nodes);
    expect(translated.ok).toBe(true);
    expect(spliceHtml('<p>x</p>', [{ start: 3, end: 4, text: translated.ok ? toHtml(translated.nodes) : '' }])).toBe(
      '<p>Voir <a href="https://example.org" class="x">les photos</a> et <a href="https://example.org/2">la vidéo</a></p>',
    );
    expect(readHtmlMessage('Voir <a>les photos</a>', run.nodes)).toEqual({ ok: false, missing: ['<a>'], extra: [] });
    expect(readHtmlMessage('<a>x</a><a>y</a><script>alert(1)</script>', run.nodes)).toEqual({ ok: false, missing: [], extra: ['<script>'] });
    expect(readHtmlMessage('<a onclick="x()">x</a><a href="https://evil.example">y</a><!-- -->', run.nodes)).toEqual({
      ok: false,
      missing: [],
      extra: ['the attribute onclick on <a> (attributes are kept from the source)', 'the attribute href on <a> (attributes are kept from the source)', 'an HTML comment <!--…-->'],
    });
  });

  it('transforms the text of a run only (pseudo-locales)', () => {
    expect(transformHtmlText('The <a>photos</a> <code>x</code>', (text) => text.toUpperCase())).toBe('THE <a>PHOTOS</a> <code>x</code>');
  });

  it('shows a paragraph’s inline tags without their attributes', () => {
    expect(bareTag('<a href="https://example.org" class="x">')).toBe('<a>');
    expect(bareTag('<img src="a.jpg" alt="A court" />')).toBe('<img />');
    for (const kept of ['</a>', '<sup>', '<br/>', '<!-- a note -->', '<body class="x">']) expect(bareTag(kept)).toBe(kept);
  });

  it('writes a translated attribute quoted, so that it stays one attribute', () => {
    expect(writeAttribute('alt', 'Le "palais" & <script>')).toBe('alt="Le &quot;palais&quot; &amp; <script>"');
  });
});

describe('text inside HTML published in English (build --allow-incomplete)', () => {
  it('is marked lang="en" (and dir="ltr" in Arabic) in the preview, like a Markdown block, and left as it is in the Markdown edition', async () => {
    const project = await copyToTemp(path.join(repoRoot, 'tests', 'fixtures', 'cli', 'html-text', 'project'));
    for (const locale of ['fr', 'ar']) {
      const file = path.join(project, 'locales', locale, 'new-court.json');
      const values = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
      delete values['caption-the-new-court-building-in-rabat'];
      delete values['p-ministry-of-justice-justice-on-march'];
      await writeFile(file, `${JSON.stringify(values, null, 2)}\n`);
    }
    expect((await runCliInProcess(project, ['extract'])).code).toBe(0);
    expect((await runCliInProcess(project, ['build', '--allow-incomplete'])).code).toBe(0);
    const output = (locale: string, extension: string): Promise<string> => readFile(path.join(project, 'output', locale, `new-court.${extension}`), 'utf8');
    const caption = 'The new court building in Rabat, seen from the avenue.';
    const post = 'Ministry of Justice (@justice) on <a href="https://example.org/posts/1/date">March 4, 2025</a>';
    for (const [locale, mark] of [['fr', ' lang="en"'], ['ar', ' lang="en" dir="ltr"']] as const) {
      const html = await output(locale, 'html');
      // On the element the run fills.
      expect(html).toContain(`<figcaption${mark}>${caption}</figcaption>`);
      expect(html).toContain(`<p${mark}>${post}</p>`);
      // Only the two runs left in English: the translated ones around them are not marked.
      expect(html.match(/ lang="en"/g)).toHaveLength(2 + 1); // and the language switcher's link to the English page
      const markdown = await output(locale, 'md');
      expect(markdown).toContain(`<figcaption>${caption}</figcaption>`);
      expect(markdown).not.toContain('<span lang=');
    }
  });
});

describe('applyTreeEdits', () => {
  it('marks a run left in the source language on the element it fills, else on a span, in the preview only', () => {
    const value = '<div>\n<p>Kept in <b>English</b>.</p>\nLoose text <i>too</i>\n<p>Translated.</p>\n</div>';
    const tree: Root = { type: 'root', children: [{ type: 'html', value }] };
    const target = (part: number): HtmlTarget => ({ type: 'html', path: [0], value, occurrence: 0, part, attribute: false });
    expect(htmlParts(value).map((part) => (part.type === 'text' ? part.message : ''))).toEqual(['Kept in <b>English</b>.', 'Loose text <i>too</i>', 'Translated.']);
    const properties = { lang: 'en', dir: 'ltr' };
    applyTreeEdits(tree, [{ target: target(2), text: 'Traduit.' }], [{ target: target(0), properties }, { target: target(1), properties }]);
    const html = tree.children[0] as Html;
    expect(html.value).toBe('<div>\n<p>Kept in <b>English</b>.</p>\nLoose text <i>too</i>\n<p>Traduit.</p>\n</div>');
    expect(html.data?.preview).toBe('<div>\n<p lang="en" dir="ltr">Kept in <b>English</b>.</p>\n<span lang="en" dir="ltr">Loose text <i>too</i></span>\n<p>Traduit.</p>\n</div>');
  });
});

describe('the preview’s sanitiser', () => {
  it('keeps a figure and its caption, details and summary, abbr and its title, and drops scripts, event handlers and styles', async () => {
    const html = [
      '<figure onclick="alert(1)"><img src="a.jpg" alt="A court" onerror="alert(2)"><figcaption style="color:red">A caption<script>alert(3)</script></figcaption></figure>',
      '<details open><summary onmouseover="alert(4)">More</summary><p>Text with <abbr title="Ministry of Justice">MoJ</abbr>, <time datetime="2025-03-04">4 March</time> and <cite>a source</cite>.</p></details>',
    ].join('\n');
    const page = await renderHtml({ type: 'root', children: [{ type: 'html', value: html }] }, { locale: 'en', dir: 'ltr', title: 'T', description: null, alternates: [], xDefault: null, strings: null });
    const article = /<article>[\s\S]*<\/article>/.exec(page)?.[0];
    expect(article).toBe(
      '<article><h1>T</h1><figure><img src="a.jpg" alt="A court"><figcaption>A caption</figcaption></figure>\n<details open><summary>More</summary><p>Text with <abbr title="Ministry of Justice">MoJ</abbr>, <time datetime="2025-03-04">4 March</time> and <cite>a source</cite>.</p></details></article>',
    );
  });
});

describe('a run of HTML as XLIFF inline content', () => {
  it('pairs an element around text, puts code and a void element alone, and takes every element back from the source', () => {
    const source = htmlToInline('Read <a>the <em>ruling</em></a><br> or run <code>tarjama <b>x</b></code>.');
    expect(source.inline).toEqual([
      'Read ',
      { id: '1', pair: 'element', children: ['the ', { id: '2', pair: 'element', children: ['ruling'], disp: { start: '<em>', end: '</em>' } }], disp: { start: '<a>', end: '</a>' } },
      { id: '3', single: 'html', native: '<br>' },
      ' or run ',
      { id: '4', single: 'html', native: '<code>tarjama <b>x</b></code>' },
      '.',
    ]);
    const target = htmlToInline('Lire <a>la <em>décision</em></a><br> ou lancer <code>tarjama <b>x</b></code>.', source.elements).inline;
    expect(htmlFromInline(target, source.elements)).toBe('Lire <a>la <em>décision</em></a><br> ou lancer <code>tarjama <b>x</b></code>.');
    expect(() => htmlToInline('Lire <a>la décision</a> <script>alert(1)</script>', source.elements)).toThrow('the translation has <script>, which the source does not');
    expect(() => htmlFromInline([{ id: '3', pair: 'element', children: ['x'] }], source.elements)).toThrow('inline element 3 is html in the source, not element');
  });
});

describe.skipIf(!hasTool('xmllint'))('the new segments in XLIFF', () => {
  it('export valid XLIFF 1.2 and 2.0 (OASIS schemas, xmllint) and come back unedited with no byte changed', async () => {
    const project = await copyToTemp(path.join(repoRoot, 'tests', 'fixtures', 'cli', 'html-text', 'project'));
    expect((await runCliInProcess(project, ['extract'])).code).toBe(0);
    const catalogs = async (): Promise<string[]> => Promise.all(['fr', 'ar'].map((locale) => readFile(path.join(project, 'locales', locale, 'new-court.json'), 'utf8')));
    const before = await catalogs();
    const schemas = path.join(repoRoot, 'tests', 'fixtures', 'xliff-schemas');
    for (const [version, schema] of [
      ['1.2', 'xliff-core-1.2-strict.xsd'],
      ['2.0', 'xliff-core-2.0.xsd'],
    ] as const) {
      for (const locale of ['fr', 'ar']) expect((await runCliInProcess(project, ['xliff', 'export', '--locale', locale, '--ns', 'new-court', '--version', version, '--out', `x${version}`])).code).toBe(0);
      const files = ['fr', 'ar'].map((locale) => path.join(project, `x${version}`, locale, 'new-court.xlf'));
      const french = await readFile(files[0] as string, 'utf8');
      expect(french).toContain('caption-the-new-court-building-in-rabat');
      // The tags of a run inside HTML are inline elements a CAT tool protects, not text to edit.
      const element = version === '1.2' ? ['<g id="1" ctype="x-html-element">', '</g>'] : ['<pc id="1" type="other" subType="tarjama:html-element" dispStart="&lt;a&gt;" dispEnd="&lt;/a&gt;">', '</pc>'];
      expect(french).toContain(`The doors of the new court open to the public on Monday. ${element.join('See the photos')}</source>`);
      expect(french).toContain(`Ministère de la Justice (@justice), le ${element.join('4 mars 2025')}</target>`);
      expect(french).not.toContain('&lt;a&gt;See the photos');
      expect(execFileSync('xmllint', ['--noout', '--schema', path.join(schemas, schema), ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })).toBe('');
      const imported = await runCliInProcess(project, ['xliff', 'import', ...files]);
      expect(imported.code, imported.stdout + imported.stderr).toBe(0);
      expect(imported.stdout).toContain('0 merged, 13 unchanged');
    }
    expect(await catalogs()).toEqual(before);
  });

  it('imports a run whose tag the translator moved, and refuses one with an element the source lacks', async () => {
    const project = await copyToTemp(path.join(repoRoot, 'tests', 'fixtures', 'cli', 'html-text', 'project'));
    expect((await runCliInProcess(project, ['extract'])).code).toBe(0);
    for (const [version, open, close] of [
      ['1.2', '<g id="1" ctype="x-html-element">', '</g>'],
      ['2.0', '<pc id="1" type="other" subType="tarjama:html-element" dispStart="&lt;a&gt;" dispEnd="&lt;/a&gt;">', '</pc>'],
    ] as const) {
      expect((await runCliInProcess(project, ['xliff', 'export', '--locale', 'fr', '--ns', 'new-court', '--version', version, '--out', `x${version}`])).code).toBe(0);
      const file = path.join(project, `x${version}`, 'fr', 'new-court.xlf');
      const xliff = await readFile(file, 'utf8');
      const doors = 'Les portes du nouveau palais de justice s’ouvrent au public lundi.';
      const post = /Ministère de la Justice \(@justice\), le .*?<\/(g|pc)>/.exec(xliff.split('<target').slice(1).join('<target'))?.[0] ?? '';
      const edited = xliff
        .replace(/Les portes du nouveau palais de justice s’ouvrent au public lundi\. .*?(?=<\/target>)/, `${doors} Voir ${open}les photos ${version}${close}`)
        .replace(post, `Ministère de la Justice (@justice), le ${open}4 mars 2025${close} ${open.replace('id="1"', 'id="9"')}ici${close}`);
      await writeFile(file, edited);
      const imported = await runCliInProcess(project, ['xliff', 'import', `x${version}/fr/new-court.xlf`]);
      expect(imported.stdout).toContain('  merged   p-the-doors-of-the-new-court');
      expect(imported.stdout).toMatch(/skipped +p-ministry-of-justice-justice-on-march: refused: the target has an inline element with id "9", which the source does not have/);
      const catalog = JSON.parse(await readFile(path.join(project, 'locales', 'fr', 'new-court.json'), 'utf8')) as Record<string, string>;
      expect(catalog['p-the-doors-of-the-new-court']).toBe(`${doors} Voir <a>les photos ${version}</a>`);
      expect(catalog['p-ministry-of-justice-justice-on-march']).toBe('Ministère de la Justice (@justice), le <a>4 mars 2025</a>');
    }
    expect((await runCliInProcess(project, ['check'])).code).toBe(0);
  });
});
