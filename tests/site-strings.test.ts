import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig, type Config } from '../pipeline/config/config.js';
import { createI18n } from '../pipeline/i18n/create-i18n.js';
import { formatLocale } from '../pipeline/publish/format-locale.js';
import { siteStrings } from '../pipeline/publish/site-strings.js';
import { repoRoot } from './helpers/run-cli.js';

/** The repository's own site strings (locales/<lng>/common.json), through a real i18next instance. */
async function common(locale: string): Promise<Record<string, string>> {
  return JSON.parse(await readFile(path.join(repoRoot, 'locales', locale, 'common.json'), 'utf8')) as Record<string, string>;
}

const resources = Object.fromEntries(await Promise.all(['en', 'fr', 'ar'].map(async (locale) => [locale, { common: await common(locale) }] as const)));
// i18next never falls back from ar-EG to ar: an ar-EG edition has its own strings (here, the Arabic ones).
resources['ar-EG'] = { common: await common('ar') };
const i18n = createI18n(resources, 'en', ['common']);
const config: Config = { ...defaultConfig, localeOptions: { ar: { numberingSystem: 'latn', calendar: 'gregory' } } };
const date = new Date('2025-02-18T00:00:00Z');

function words(locale: string, minutes: number, sourceLocale: string | null = 'en') {
  const result = siteStrings(i18n, { locale, formatLocale: formatLocale(config, locale), minutes, date, sourceLocale });
  if (!('strings' in result)) throw new Error(`missing ${result.missing.join(', ')}`);
  return result.strings;
}

describe('reading time in Arabic', () => {
  it.each([
    [0, 'أقل من دقيقة للقراءة'],
    [1, 'دقيقة واحدة للقراءة'],
    [2, 'دقيقتان للقراءة'],
    [3, '3 دقائق للقراءة'],
    [11, '11 دقيقة للقراءة'],
    [100, '100 دقيقة للقراءة'],
  ])('uses the CLDR form for %i minutes: %s', (minutes, expected) => {
    expect(new Intl.PluralRules('ar').select(minutes)).toBe(['zero', 'one', 'two', 'few', 'many', 'other'][[0, 1, 2, 3, 11, 100].indexOf(minutes)]);
    expect(words('ar', minutes).readingTime).toBe(expected);
  });
});

describe('site strings', () => {
  it('writes the Arabic date with Western digits and the Gregorian calendar, as configured', () => {
    expect(words('ar', 3).published).toBe('نُشر في 18 فبراير 2025');
    expect(formatLocale(config, 'ar')).toBe('ar-u-ca-gregory-nu-latn');
  });

  it('gives ar-EG, which sets no digits, the Arabic-Indic digits CLDR uses for it', () => {
    const egypt = siteStrings(i18n, { locale: 'ar-EG', formatLocale: formatLocale(config, 'ar-EG'), minutes: 3, date, sourceLocale: 'en' });
    expect('strings' in egypt && egypt.strings.readingTime).toBe('٣ دقائق للقراءة');
    expect('strings' in egypt && egypt.strings.published).toBe('نُشر في ١٨ فبراير ٢٠٢٥');
  });

  it('says which language an edition was translated from, in its own language', () => {
    expect(words('fr', 3).translatedFrom).toBe('Traduction de l’original en anglais');
    expect(words('ar', 3).translatedFrom).toBe('ترجمة عن الإنجليزية');
    expect(words('en', 3, null).translatedFrom).toBeUndefined();
  });

  it('uses French and English plural forms and dates', () => {
    expect(words('fr', 1).readingTime).toBe('1 min de lecture');
    expect(words('fr', 1_000_000).readingTime).toBe('1\u202F000\u202F000 min de lecture');
    expect(words('en', 1).readingTime).toBe('1 min read');
    expect(words('en', 3).published).toBe('Published on February 18, 2025');
  });

  it('names the keys a locale lacks instead of falling back to English', () => {
    expect(siteStrings(i18n, { locale: 'de', formatLocale: 'de', minutes: 3, date, sourceLocale: 'en' })).toEqual({
      missing: ['reading-time', 'published', 'translated-from', 'categories', 'share-this', 'languages', 'footnotes', 'footnote-back'],
    });
  });
});
