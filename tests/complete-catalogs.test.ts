import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyToTemp, repoRoot, runCliInProcess } from './helpers/run-cli.js';

const fixture = path.join(repoRoot, 'tests', 'fixtures', 'cli', 'complete', 'project');
const read = async (root: string, file: string) => JSON.parse(await readFile(path.join(root, file), 'utf8')) as Record<string, string>;
const findings = async (root: string) => (JSON.parse((await runCliInProcess(root, ['check', '--format', 'json'])).stdout) as { findings: Array<{ rule: string; locale: string; key: string; line: number }> }).findings;

describe('catalogs ready to fill', () => {
  it('gives a new article every key in every locale, empty and in the article’s order; each is one missing finding, on its line', async () => {
    const root = await copyToTemp(fixture);
    await writeFile(path.join(root, 'source', 'brief.md'), '---\ntitle: Court rules on appeal\n---\n\n# The ruling\n\nThe court ruled on Monday.\n\n- First point.\n- Second point.\n');
    expect((await runCliInProcess(root, ['extract'])).code).toBe(0);
    const english = await read(root, 'locales/en/brief.json');
    expect(Object.keys(english)).toHaveLength(5);
    for (const locale of ['fr', 'ar']) {
      const catalog = await read(root, `locales/${locale}/brief.json`);
      expect(Object.entries(catalog)).toEqual(Object.keys(english).map((key) => [key, '']));
      const own = (await findings(root)).filter((finding) => finding.locale === locale && finding.key in english);
      expect(own.map((finding) => [finding.rule, finding.key, finding.line])).toEqual(Object.keys(english).map((key, index) => ['missing', key, index + 2]));
    }
  });

  it('gives a locale added to the config its files at the next extract, without touching the others', async () => {
    const root = await copyToTemp(fixture);
    expect((await runCliInProcess(root, ['extract'])).code).toBe(0);
    const french = await readFile(path.join(root, 'locales/fr/article.json'), 'utf8');
    await writeFile(path.join(root, 'tarjama.config.json'), JSON.stringify({ locales: ['en', 'fr', 'ar', 'es'] }));
    const run = await runCliInProcess(root, ['extract']);
    expect(run.stdout).toContain('written    locales/es/article.json');
    const english = await read(root, 'locales/en/article.json');
    expect(Object.entries(await read(root, 'locales/es/article.json'))).toEqual(Object.keys(english).map((key) => [key, '']));
    expect(await readFile(path.join(root, 'locales/fr/article.json'), 'utf8')).toBe(french);
    // Filled in, a value is a translation like any other.
    const spanish = await read(root, 'locales/es/article.json');
    spanish['th-funding'] = 'Financiación';
    await writeFile(path.join(root, 'locales/es/article.json'), `${JSON.stringify(spanish, null, 2)}\n`);
    const left = (await findings(root)).filter((finding) => finding.locale === 'es');
    expect(left).toHaveLength(Object.keys(english).length - 1);
    expect(left.every((finding) => finding.rule === 'missing' && finding.key !== 'th-funding')).toBe(true);
  });

  it('leaves out of a locale with a fallback the keys it does not override, so that the fallback fills them', async () => {
    const root = await copyToTemp(fixture);
    await writeFile(path.join(root, 'tarjama.config.json'), JSON.stringify({ locales: ['en', 'fr', 'ar', 'ar-MA'], fallbacks: { 'ar-MA': 'ar' } }));
    expect((await runCliInProcess(root, ['extract'])).code).toBe(0);
    expect((await runCliInProcess(root, ['check'])).code).toBe(0);
  });
});
