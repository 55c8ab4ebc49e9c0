import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { editionLinks } from '../pipeline/publish/edition-links.js';
import { copyToTemp, repoRoot, runCliInProcess } from './helpers/run-cli.js';

const rich = path.join(repoRoot, 'tests', 'fixtures', 'tools', 'rich');

/** The `<link>` elements of a page's head. */
function links(html: string): string[] {
  return [...html.matchAll(/<link [^>]*>/g)].map((match) => match[0]);
}

/** A copy of the rich fixture whose config gains `settings`. */
async function richWith(settings: Record<string, unknown>): Promise<string> {
  const project = await copyToTemp(rich);
  const file = path.join(project, 'tarjama.config.json');
  await writeFile(file, `${JSON.stringify({ ...JSON.parse(await readFile(file, 'utf8')), ...settings }, null, 2)}\n`);
  return project;
}

describe('editionLinks', () => {
  it('links relatively without a site URL', () => {
    expect(editionLinks(null, ['en', 'ar'], 'court-report')).toEqual([
      { locale: 'en', href: '../en/court-report.html', url: '../en/court-report.html' },
      { locale: 'ar', href: '../ar/court-report.html', url: '../ar/court-report.html' },
    ]);
  });

  it('resolves the url under the site URL, with or without its final slash; the switcher’s href stays relative', () => {
    for (const siteUrl of ['https://news.example.org/articles/', 'https://news.example.org/articles']) {
      expect(editionLinks(siteUrl, ['pt-BR'], 'court-report')).toEqual([{ locale: 'pt-BR', href: '../pt-BR/court-report.html', url: 'https://news.example.org/articles/pt-BR/court-report.html' }]);
    }
  });
});

describe('the preview’s hreflang and canonical links, through build', () => {
  const relative: Record<string, string> = {};
  const absolute: Record<string, string> = {};
  beforeAll(async () => {
    const plain = await copyToTemp(rich);
    const site = await richWith({ siteUrl: 'https://news.example.org/articles' });
    expect((await runCliInProcess(plain, ['build'])).code).toBe(0);
    expect((await runCliInProcess(site, ['build'])).code).toBe(0);
    for (const locale of ['en', 'fr', 'ar']) {
      relative[locale] = await readFile(path.join(plain, 'output', locale, 'court-report.html'), 'utf8');
      absolute[locale] = await readFile(path.join(site, 'output', locale, 'court-report.html'), 'utf8');
    }
  });

  it('without siteUrl: a canonical link to the page itself and the alternates, relative', () => {
    expect(links(relative.fr as string)).toEqual([
      '<link rel="canonical" href="../fr/court-report.html">',
      '<link rel="alternate" hreflang="en" href="../en/court-report.html">',
      '<link rel="alternate" hreflang="fr" href="../fr/court-report.html">',
      '<link rel="alternate" hreflang="ar" href="../ar/court-report.html">',
      '<link rel="alternate" hreflang="x-default" href="../en/court-report.html">',
    ]);
  });

  it('with siteUrl: the canonical link, every alternate and x-default absolute under it', () => {
    const base = 'https://news.example.org/articles';
    expect(links(absolute.ar as string)).toEqual([
      `<link rel="canonical" href="${base}/ar/court-report.html">`,
      `<link rel="alternate" hreflang="en" href="${base}/en/court-report.html">`,
      `<link rel="alternate" hreflang="fr" href="${base}/fr/court-report.html">`,
      `<link rel="alternate" hreflang="ar" href="${base}/ar/court-report.html">`,
      `<link rel="alternate" hreflang="x-default" href="${base}/en/court-report.html">`,
    ]);
    expect(links(absolute.en as string)[0]).toBe(`<link rel="canonical" href="${base}/en/court-report.html">`);
  });

  it('with siteUrl: the language switcher still links relatively, so the preview works where it is opened', () => {
    expect(absolute.ar).toContain('<a href="../fr/court-report.html" hreflang="fr" lang="fr">Français</a>');
  });

  it('stops build with exit 2 at the setting’s line when siteUrl is not an http(s) address, and writes nothing', async () => {
    const project = await richWith({ siteUrl: 'news.example.org' });
    const result = await runCliInProcess(project, ['build']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('tarjama: tarjama.config.json:18:3: "siteUrl": "news.example.org" is not an absolute URL; write it with its scheme and host, e.g. "https://news.example.org/articles/"\n');
    expect(existsSync(path.join(project, 'output'))).toBe(false);
  });
});
