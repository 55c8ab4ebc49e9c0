import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ltrRuns } from '../pipeline/publish/isolate-ltr-runs.js';
import { copyToTemp, repoRoot, runCliInProcess } from './helpers/run-cli.js';

describe('ltrRuns', () => {
  it('finds Latin names, codes, numbers with their sign and percent, and bracketed names', () => {
    const runs = ltrRuns('برنامج MA-JUST (CyberSouth) بنسبة 25% على +212 537 000 000.')
      .filter((part) => part.ltr)
      .map((part) => part.value);
    expect(runs).toEqual(['MA-JUST', '(CyberSouth)', '25%', '+212 537 000 000']);
  });

  it('leaves sentence punctuation to the right-to-left sentence', () => {
    expect(ltrRuns('شركة Acme Ltd.').map((part) => [part.value, part.ltr])).toEqual([
      ['شركة ', false],
      ['Acme Ltd', true],
      ['.', false],
    ]);
  });
});

describe('HTML previews of tests/fixtures/cli/html-preview', () => {
  const pages: Record<string, string> = {};
  beforeAll(async () => {
    const project = await copyToTemp(path.join(repoRoot, 'tests', 'fixtures', 'cli', 'html-preview', 'project'));
    expect((await runCliInProcess(project, ['build'])).code).toBe(0);
    for (const locale of ['en', 'fr', 'ar']) pages[locale] = await readFile(path.join(project, 'output', locale, 'report.html'), 'utf8');
  });
  const page = (locale: string) => pages[locale] as string;
  const ids = (html: string) => [...html.matchAll(/<h[1-6][^>]* id="([^"]+)"/g)].map((match) => match[1]);

  it('sets lang and dir on <html>', () => {
    expect(page('ar')).toContain('<html lang="ar" dir="rtl">');
    expect(page('fr')).toContain('<html lang="fr" dir="ltr">');
  });

  it('gives headings the ids GitHub gives the edition’s own headings, and points in-page links at them', () => {
    expect(ids(page('en'))).toEqual(['background', 'figures', 'footnote-label']);
    expect(ids(page('fr'))).toEqual(['contexte', 'chiffres', 'footnote-label']);
    expect(ids(page('ar'))).toEqual(['السياق', 'أرقام', 'footnote-label']);
    expect(page('fr')).toContain('<a href="#contexte">le contexte</a>');
    for (const locale of ['en', 'fr', 'ar']) {
      for (const [, target] of page(locale).matchAll(/href="#([^"]+)"/g)) expect(page(locale)).toContain(`id="${decodeURIComponent(target as string)}"`);
    }
  });

  it('links every edition with hreflang and points x-default at the source', () => {
    for (const locale of ['en', 'fr', 'ar']) {
      for (const other of ['en', 'fr', 'ar']) expect(page(locale)).toContain(`<link rel="alternate" hreflang="${other}" href="../${other}/report.html">`);
      expect(page(locale)).toContain('<link rel="alternate" hreflang="x-default" href="../en/report.html">');
    }
    expect(page('ar')).toContain('<a href="../ar/report.html" hreflang="ar" lang="ar" aria-current="page">العربية</a>');
    expect(page('ar')).toContain('<a href="../fr/report.html" hreflang="fr" lang="fr">Français</a>');
  });

  it('isolates left-to-right runs in the Arabic page only', () => {
    expect(page('ar')).toContain('<bdi dir="ltr">MA-JUST</bdi> <bdi dir="ltr">(CyberSouth)</bdi>');
    expect(page('ar')).toContain('<code dir="ltr">tarjama check</code>');
    expect(page('fr')).not.toContain('<bdi');
  });

  it('keeps raw HTML scripts out of the page', () => {
    for (const locale of ['en', 'fr', 'ar']) expect(page(locale)).not.toMatch(/<script|alert\(/);
  });

  it('shows the localised date, reading time, footnote label and translation notice', () => {
    expect(page('ar')).toContain('<p class="meta">نُشر في <bdi dir="ltr">4</bdi> مارس <bdi dir="ltr">2025</bdi> · أقل من دقيقة للقراءة</p>');
    expect(page('ar')).toContain('<h2 class="sr-only" id="footnote-label">هوامش</h2>');
    expect(page('ar')).toContain('aria-label="العودة إلى الإحالة 1"');
    expect(page('ar')).toContain('<footer><p>ترجمة عن الإنجليزية</p></footer>');
    expect(page('en')).not.toContain('<footer>');
  });
});
