import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { alignBlocks } from '../pipeline/publish/align-blocks.js';
import { pageTitle } from '../pipeline/publish/page-title.js';
import { copyToTemp, repoRoot, runCliInProcess } from './helpers/run-cli.js';

/** html-validate's recommended rules, and nothing else: no `.htmlvalidate.json` is looked up. */
const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

/** Every finding html-validate makes on a page, as `file:line:column rule: message`. */
async function findings(file: string, html: string): Promise<string[]> {
  const report = await validator.validateString(html, file);
  return report.results.flatMap((result) => result.messages.map((message) => `${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`));
}

/** The HTML page of each edition of an article, by locale. */
async function pages(project: string, slug: string): Promise<Record<string, string>> {
  const entries = await Promise.all(['en', 'fr', 'ar'].map(async (locale) => [locale, await readFile(path.join(project, 'output', locale, `${slug}.html`), 'utf8')] as const));
  return Object.fromEntries(entries);
}

describe('html-validate (html-validate:recommended) on the HTML previews', () => {
  const seed: Record<string, string> = {};
  const rich: Record<string, string> = {};
  const stale: Record<string, string> = {};
  beforeAll(async () => {
    const repository = await copyToTemp(repoRoot, (file) => /^(|source|locales|tarjama\.config\.json)([/\\]|$)/.test(path.relative(repoRoot, file)));
    expect((await runCliInProcess(repository, ['build'])).code).toBe(0);
    Object.assign(seed, await pages(repository, 'morocco-online-child-exploitation'));

    const project = await copyToTemp(path.join(repoRoot, 'tests', 'fixtures', 'tools', 'rich'));
    expect((await runCliInProcess(project, ['build'])).code).toBe(0);
    Object.assign(rich, await pages(project, 'court-report'));
    // An edited source blocks the French and Arabic editions: their previous pages get the stale notice.
    const source = path.join(project, 'source', 'court-report.md');
    await writeFile(source, (await readFile(source, 'utf8')).replace('see [the background](#background) first.', 'see [the background](#background) first, in full.'));
    expect((await runCliInProcess(project, ['extract'])).code).toBe(0);
    expect((await runCliInProcess(project, ['build'])).code).toBe(1);
    Object.assign(stale, await pages(project, 'court-report'));
  });

  it('finds nothing in the pages of the repository’s article', async () => {
    for (const [locale, html] of Object.entries(seed)) expect(await findings(`output/${locale}/morocco-online-child-exploitation.html`, html)).toEqual([]);
  });

  it('finds nothing in the pages of the richer fixture (table alignment, footnote, inline HTML, image, code)', async () => {
    for (const [locale, html] of Object.entries(rich)) expect(await findings(`output/${locale}/court-report.html`, html)).toEqual([]);
    expect(rich.ar).toContain('<th class="align-end">');
  });

  it('finds nothing in the pages of the html-text fixture (figure and caption, embedded post, abbr, details)', async () => {
    for (const locale of ['en', 'fr', 'ar']) {
      const html = await readFile(path.join(repoRoot, 'tests', 'fixtures', 'cli', 'html-text', 'expected', 'files', 'output', locale, 'new-court.html'), 'utf8');
      expect(html).toMatch(/<figure>\n<img src="court\.jpg" alt="[^"]+">\n<figcaption>[^<]+<\/figcaption>\n<\/figure>/);
      expect(await findings(`output/${locale}/new-court.html`, html)).toEqual([]);
    }
  });

  it('finds nothing in a page marked stale', async () => {
    expect(stale.fr).toContain('<body><p class="stale-notice" role="note">');
    for (const [locale, html] of Object.entries(stale)) expect(await findings(`output/${locale}/court-report.html`, html)).toEqual([]);
  });

  it('would have found what the preview wrote before: a lower-case doctype, a long title, align and style attributes', async () => {
    const old = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Morocco, international player in fight against online child exploitation</title></head>'
      + '<body><p class="stale-notice" style="padding:1rem">Stale</p><table><tbody><tr><td align="right">1</td></tr></tbody></table></body></html>';
    expect((await findings('old.html', old)).map((finding) => finding.split(' ')[1])).toEqual(['doctype-style:', 'long-title:', 'no-inline-style:', 'no-deprecated-attr:']);
  });
});

describe('pageTitle', () => {
  it('keeps a title of 70 characters or fewer as it is', () => {
    expect(pageTitle('Courts publish their 2024 activity report', 'en')).toBe('Courts publish their 2024 activity report');
    expect(pageTitle('a'.repeat(70), 'en')).toBe('a'.repeat(70));
  });

  it('cuts a longer title after its last whole word that fits, and adds an ellipsis', () => {
    expect(pageTitle('Morocco, international player in fight against online child exploitation & sexual abuse', 'en')).toBe('Morocco, international player in fight against online child…');
    expect(pageTitle('المغرب فاعل دولي في مكافحة استغلال الأطفال والاعتداء الجنسي عليهم عبر الإنترنت (النيابة العامة)', 'ar')).toBe('المغرب فاعل دولي في مكافحة استغلال الأطفال والاعتداء الجنسي عليهم عبر…');
  });

  it('counts "&" as the page writes it (&#x26;), as html-validate does', () => {
    const title = `${'word '.repeat(12)}ab & cd ef`;
    expect(title.length).toBe(70);
    expect(pageTitle(title, 'en')).toBe(`${'word '.repeat(12)}ab…`);
  });

  it('cuts between words of a script without spaces, and between graphemes in one long word', () => {
    const japanese = pageTitle('東京都は今日、新しい子ども保護計画を発表しました。'.repeat(4), 'ja');
    expect(japanese.length).toBeLessThanOrEqual(70);
    expect(japanese.endsWith('…')).toBe(true);
    expect(pageTitle('x'.repeat(100), 'en')).toBe(`${'x'.repeat(69)}…`);
  });
});

describe('alignBlocks', () => {
  it('turns the align of table cells into a class aligned to the start or end of the line', () => {
    const table = h(null, [h('table', [h('tr', [h('th', { align: 'left' }, 'Court'), h('td', { align: 'right', className: ['figure'] }, '1'), h('td', { align: 'center' }, '2'), h('td', '3')])])]) as Root;
    alignBlocks(table);
    const cells = ((table.children[0] as Element).children[0] as Element).children as Element[];
    expect(cells.map((cell) => cell.properties)).toEqual([{ className: ['align-start'] }, { className: ['figure', 'align-end'] }, { className: ['align-center'] }, {}]);
  });

  it('does the same for the paragraphs, divisions and headings of raw HTML, and leaves an image’s align (a float) alone', () => {
    const tree = h(null, [h('div', { align: 'CENTER' }, [h('p', { align: 'right' }, [h('img', { src: 'a.png', alt: '', align: 'left' })])]), h('h2', { align: 'justify' }, 'T')]) as Root;
    alignBlocks(tree);
    const [div, heading] = tree.children as Element[];
    const paragraph = div?.children[0] as Element;
    expect([div?.properties, paragraph.properties, (paragraph.children[0] as Element).properties, heading?.properties]).toEqual([
      { className: ['align-center'] },
      { className: ['align-end'] },
      { src: 'a.png', alt: '', align: 'left' },
      { className: ['align-justify'] },
    ]);
  });
});
