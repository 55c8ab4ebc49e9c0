import { describe, expect, it } from 'vitest';
import { fallbackCounts, fillFromFallbacks } from '../pipeline/catalog/fill-from-fallbacks.js';
import type { LocaleCatalog } from '../pipeline/catalog/locale-catalog.js';
import { readCatalog } from '../pipeline/catalog/read-catalog.js';
import { sourceHash, textHash, type NamespaceState } from '../pipeline/catalog/translation-state.js';
import { defaultConfig, type Config } from '../pipeline/config/config.js';
import { readSource } from '../pipeline/extract/read-source.js';
import { readStrings } from '../pipeline/extract/read-strings.js';

function catalog(locale: string, values: Record<string, unknown> | string, namespace = 'a'): LocaleCatalog {
  const text = typeof values === 'string' ? values : `${JSON.stringify(values, null, 2)}\n`;
  return { locale, file: `locales/${locale}/${namespace}.json`, catalog: readCatalog(text), text };
}

const config: Config = { ...defaultConfig, locales: ['en', 'fr', 'ar', 'ar-MA'], fallbacks: { 'ar-MA': 'ar', ar: 'fr' } };
const article = readSource('a', 'source/a.md', '---\ntitle: A\n---\n\n# Title\n\nFirst paragraph here.\n\nSecond paragraph here.\n', []);
const keys = article.segments.map((segment) => segment.key);

describe('fillFromFallbacks', () => {
  it('fills only the keys a file lacks, from the nearest fallback that has them, and says from where', () => {
    expect(keys).toEqual(['h-title', 'p-first-paragraph-here', 'p-second-paragraph-here']);
    const catalogs = new Map([
      ['fr', catalog('fr', { 'h-title': 'Titre', 'p-first-paragraph-here': 'Premier.', 'p-second-paragraph-here': 'Second.' })],
      ['ar', catalog('ar', { 'h-title': 'عنوان', 'p-first-paragraph-here': 'الأول.' })],
      ['ar-MA', catalog('ar-MA', { 'h-title': '' })],
    ]);
    const filled = fillFromFallbacks(config, article, catalogs, new Map(), false);
    const regional = filled.get('ar-MA') as LocaleCatalog;
    // An empty translation is the locale's own (reported as empty), never filled over.
    expect([...regional.catalog.values]).toEqual([
      ['h-title', ''],
      ['p-first-paragraph-here', 'الأول.'],
      ['p-second-paragraph-here', 'Second.'],
    ]);
    expect([...(regional.borrowed ?? [])].map(([key, from]) => [key, from.file])).toEqual([
      ['p-first-paragraph-here', 'locales/ar/a.json'],
      ['p-second-paragraph-here', 'locales/fr/a.json'],
    ]);
    // The borrowed entries keep the fallback's positions, so findings point into its file.
    expect(regional.catalog.entries.map((entry) => [entry.key, entry.position.line])).toEqual([
      ['h-title', 2],
      ['p-first-paragraph-here', 3],
      ['p-second-paragraph-here', 4],
    ]);
    expect(fallbackCounts(article, regional)).toEqual({ ar: 1, fr: 1 });
    expect(filled.get('fr')).toBe(catalogs.get('fr'));
    expect(fallbackCounts(article, filled.get('fr') as LocaleCatalog)).toBeNull();
  });

  it('leaves a key missing when the nearest fallback cannot vouch for its translation, rather than go farther', () => {
    const catalogs = new Map([
      ['fr', catalog('fr', { 'p-first-paragraph-here': 'Premier.' })],
      ['ar', catalog('ar', { 'p-first-paragraph-here': 'الأول.' })],
      ['ar-MA', catalog('ar-MA', {})],
    ]);
    const outdated: NamespaceState = new Map([['ar', new Map([['p-first-paragraph-here', { source: sourceHash('First paragraph.'), sourceText: 'First paragraph.', translation: textHash('الأول.'), origin: 'source-change' as const }]])]]);
    expect(fillFromFallbacks(config, article, catalogs, outdated, false).get('ar-MA')?.borrowed).toBeUndefined();
    // A lost state vouches for nothing.
    expect(fillFromFallbacks(config, article, catalogs, new Map(), true).get('ar-MA')?.borrowed).toBeUndefined();
    expect([...(fillFromFallbacks(config, article, catalogs, new Map(), false).get('ar-MA')?.borrowed?.keys() ?? [])]).toEqual(['p-first-paragraph-here']);
  });

  it('leaves a catalog that cannot be read as it is, and takes nothing from one', () => {
    const broken = catalog('ar-MA', '{"h-title": }');
    const filled = fillFromFallbacks(config, article, new Map([['ar', catalog('ar', { 'h-title': 'عنوان' })], ['ar-MA', broken]]), new Map(), false);
    expect(filled.get('ar-MA')).toBe(broken);
    const fromBroken = fillFromFallbacks({ ...config, fallbacks: { 'ar-MA': 'ar' } }, article, new Map([['ar', catalog('ar', '{')], ['ar-MA', catalog('ar-MA', {})]]), new Map(), false);
    expect(fromBroken.get('ar-MA')?.borrowed).toBeUndefined();
  });

  it('takes a plural of site strings whole, or not at all', () => {
    const strings = readStrings('common', catalog('en', { categories: 'Categories', 'min-read_one': '{{count}} min', 'min-read_other': '{{count}} min' }, 'common'));
    const arabic = { categories: 'التصنيفات', 'min-read_zero': 'صفر', 'min-read_one': 'واحدة', 'min-read_two': 'دقيقتان', 'min-read_few': 'دقائق', 'min-read_many': 'دقيقة', 'min-read_other': 'دقيقة' };
    const whole = fillFromFallbacks(config, strings, new Map([['ar', catalog('ar', arabic, 'common')], ['ar-MA', catalog('ar-MA', {}, 'common')]]), new Map(), false);
    expect([...(whole.get('ar-MA')?.borrowed?.keys() ?? [])]).toEqual(['categories', 'min-read_zero', 'min-read_one', 'min-read_two', 'min-read_few', 'min-read_many', 'min-read_other']);
    const { 'min-read_few': _few, ...lacking } = arabic;
    const partial = fillFromFallbacks(config, strings, new Map([['ar', catalog('ar', lacking, 'common')], ['ar-MA', catalog('ar-MA', {}, 'common')]]), new Map(), false);
    expect([...(partial.get('ar-MA')?.borrowed?.keys() ?? [])]).toEqual(['categories']);
    // A plural the locale has any form of is its own.
    const own = fillFromFallbacks(config, strings, new Map([['ar', catalog('ar', arabic, 'common')], ['ar-MA', catalog('ar-MA', { 'min-read_one': 'وحدة' }, 'common')]]), new Map(), false);
    expect([...(own.get('ar-MA')?.borrowed?.keys() ?? [])]).toEqual(['categories']);
  });
});
