import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { micromark } from 'micromark';
import { frontmatter, frontmatterHtml } from 'micromark-extension-frontmatter';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { copyToTemp, repoRoot, runCliInProcess } from './helpers/run-cli.js';

/** The element structure of rendered Markdown: tags and attributes, without the text (in-page links point at each edition's own heading ids). */
function structure(markdown: string): string {
  const html = micromark(markdown, { extensions: [gfm(), frontmatter()], htmlExtensions: [gfmHtml(), frontmatterHtml()], allowDangerousHtml: true });
  return html.replace(/>[^<]*</g, '><').replace(/\s(alt|title)="[^"]*"/g, '').replace(/href="#(?!user-content-)[^"]*"/g, 'href="#heading"');
}

describe('pseudo-locales', () => {
  it.each([
    ['seed article', repoRoot, 'morocco-online-child-exploitation'],
    ['html-preview fixture', path.join(repoRoot, 'tests', 'fixtures', 'cli', 'html-preview', 'project'), 'report'],
  ])('render the %s with the same HTML structure as the English edition', async (_name, source, slug) => {
    const project = await copyToTemp(source, (file) => !/^(node_modules|\.git|dist|output|tests)([/\\]|$)/.test(path.relative(source, file)) || path.relative(source, file) === '');
    const configFile = path.join(project, 'tarjama.config.json');
    const config = JSON.parse(await readFile(configFile, 'utf8').catch(() => '{}')) as { locales?: string[] };
    await writeFile(configFile, JSON.stringify({ ...config, locales: [...(config.locales ?? ['en', 'fr', 'ar']), 'en-XA', 'ar-XB'] }));
    const check = await runCliInProcess(project, ['check']);
    expect(check.code, check.stdout).toBe(0);
    expect((await runCliInProcess(project, ['build', '--no-html'])).code).toBe(0);
    const english = await readFile(path.join(project, 'output', 'en', `${slug}.md`), 'utf8');
    for (const locale of ['en-XA', 'ar-XB']) {
      const pseudo = await readFile(path.join(project, 'output', locale, `${slug}.md`), 'utf8');
      expect(structure(pseudo), locale).toBe(structure(english));
      expect(pseudo).toMatch(locale === 'ar-XB' ? /^dir: rtl$/m : /^dir: ltr$/m);
    }
    const accented = await readFile(path.join(project, 'output', 'en-XA', `${slug}.md`), 'utf8');
    expect(accented).toMatch(/\\\[[^\n]*[åéîöû][^\n]* one/);
  });

  it('cannot be confirmed, suggested or exported: they are generated, never translated', async () => {
    const project = await copyToTemp(path.join(repoRoot, 'tests', 'fixtures', 'cli', 'complete', 'project'));
    await writeFile(path.join(project, 'tarjama.config.json'), JSON.stringify({ locales: ['en', 'fr', 'en-XA'] }));
    const result = await runCliInProcess(project, ['xliff', 'export', '--locale', 'en-XA']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('tarjama: --locale: "en-XA" is a pseudo-locale: it is generated from the source, never translated; expected one of the target locales fr\n');
  });
});
