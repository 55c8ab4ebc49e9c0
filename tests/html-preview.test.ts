import fc from 'fast-check';
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

/** `ltrRuns` as it was written first, a regular expression per character: the reference its table must match. */
function referenceRuns(text: string): Array<{ value: string; ltr: boolean }> {
  const latinOrDigit = /[\p{Script=Latin}\p{Nd}]/u;
  const inner = /[\p{Script=Latin}\p{Nd}\-+%.,:/@_'’&\u00A0\u202F]/u;
  const parts: Array<{ value: string; ltr: boolean }> = [];
  let index = 0;
  let plain = '';
  while (index < text.length) {
    const character = text[index] as string;
    if (!latinOrDigit.test(character)) {
      plain += character;
      index += 1;
      continue;
    }
    let end = index + 1;
    while (end < text.length) {
      const next = text[end] as string;
      if (inner.test(next) || (next === ' ' && latinOrDigit.test(text[end + 1] ?? ''))) end += 1;
      else break;
    }
    while (end > index + 1 && /[.,:;]/.test(text[end - 1] as string)) end -= 1;
    let start = index;
    if (/\p{Nd}/u.test(character) && /(^|\s)[+\-−]$/u.test(plain)) {
      plain = plain.slice(0, -1);
      start -= 1;
    }
    if (plain.endsWith('(') && text[end] === ')') {
      plain = plain.slice(0, -1);
      start -= 1;
      end += 1;
    }
    if (plain) parts.push({ value: plain, ltr: false });
    plain = '';
    parts.push({ value: text.slice(start, end), ltr: true });
    index = end;
  }
  if (plain) parts.push({ value: plain, ltr: false });
  return parts;
}

describe('ltrRuns, against the reference', () => {
  it('splits generated text exactly as a regular expression per character does, outside the BMP too', () => {
    // Arabic and Latin letters, digits of three scripts and a mathematical one, signs, brackets, spaces, marks, a Latin letter and an emoji outside the BMP, lone surrogates.
    const piece = fc.constantFrom(...'ابتا ٠١٢٣ ۴۵ 0129 aZéß-+−%.,:;/@_\'’&()'.split(''), '\u00A0', '\u202F', '\u064E', '\u200F', '\u{1D7CE}', '\u{10780}', '\u{1F600}', '\uD835', '\uDFCE', 'MA-JUST', '+212 537', '(CyberSouth)');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(ltrRuns(text)).toEqual(referenceRuns(text));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
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
