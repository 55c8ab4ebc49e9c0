import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { localizeTableFigures } from '../pipeline/publish/localize-table-figures.js';
import { copyToTemp, repoRoot, runCliInProcess } from './helpers/run-cli.js';

/** A one-column table whose cells hold these texts, as remark parses it. */
const table = (cells: readonly string[]): Root => ({
  type: 'root',
  children: [{ type: 'table', children: cells.map((value) => ({ type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'text', value }] }] })) }],
});
const cellsOf = (tree: Root): string[] =>
  (tree.children[0] as { children: Array<{ children: Array<{ children: Array<{ value: string }> }> }> }).children.map((row) => row.children[0]?.children[0]?.value ?? '');

describe('localizeTableFigures', () => {
  it('writes each figure in the locale’s format, keeping its precision and grouping, and leaves years and words alone', () => {
    const source = ['40,000', '1,250,000', '12.5%', '3 %', '-7.25', '2024', '+3.4', 'CyberSouth', '40,000 children', '1,2,3'];
    const french = table(source);
    localizeTableFigures(french, 'fr');
    expect(cellsOf(french)).toEqual(['40\u202F000', '1\u202F250\u202F000', '12,5\u00A0%', '3\u00A0%', '-7,25', '2024', '+3,4', 'CyberSouth', '40,000 children', '1,2,3']);
    const arabic = table(source);
    localizeTableFigures(arabic, 'ar-u-nu-arab');
    expect(cellsOf(arabic).slice(0, 7)).toEqual(['٤٠٬٠٠٠', '١٬٢٥٠٬٠٠٠', '١٢٫٥٪', '٣٪', '-٧٫٢٥', '٢٠٢٤', '+٣٫٤']);
    // No invisible bidi mark: the HTML preview isolates left-to-right runs itself.
    expect(cellsOf(arabic).join('')).not.toMatch(/[\u200E\u200F\u061C]/);
  });
});

describe('a table of figures through build', () => {
  it('publishes the French table with French figures and the English one as written', async () => {
    const root = await copyToTemp(path.join(repoRoot, 'tests', 'fixtures', 'cli', 'complete', 'project'));
    const source = path.join(root, 'source', 'article.md');
    await writeFile(source, `${await readFile(source, 'utf8')}\n| Year | Children |\n|---|---|\n| 2024 | 40,000 |\n`);
    expect((await runCliInProcess(root, ['extract'])).code).toBe(0);
    for (const [locale, year, children] of [
      ['fr', 'Année', 'Enfants'],
      ['ar', 'السنة', 'الأطفال'],
    ]) {
      const file = path.join(root, 'locales', locale as string, 'article.json');
      await writeFile(file, `${JSON.stringify({ ...JSON.parse(await readFile(file, 'utf8')), 'th-year': year, 'th-children': children }, null, 2)}\n`);
    }
    expect((await runCliInProcess(root, ['build'])).code).toBe(0);
    expect(await readFile(path.join(root, 'output', 'fr', 'article.md'), 'utf8')).toMatch(/\| 2024 +\| 40\u202F000 +\|/);
    expect(await readFile(path.join(root, 'output', 'en', 'article.md'), 'utf8')).toMatch(/\| 2024 +\| 40,000 +\|/);
    expect(await readFile(path.join(root, 'output', 'fr', 'article.html'), 'utf8')).toContain('<td>40\u202F000</td>');
  });
});
