import { describe, expect, it } from 'vitest';
import { createI18n, lookupFor } from '../pipeline/i18n/create-i18n.js';

describe('lookupFor', () => {
  const i18n = createI18n(
    {
      en: { article: { a: 'Use {{x}} and $t(b) with <b>bold</b> & "quotes"', b: 'nested', empty: '' } },
      ar: { article: { a: 'استخدم {{x}} و$t(b) مع <b>bold</b>' } },
    },
    'en',
    ['article'],
  );

  it('returns article text without interpolation, nesting or escaping', () => {
    expect(lookupFor(i18n, 'en', 'article')('a')).toBe('Use {{x}} and $t(b) with <b>bold</b> & "quotes"');
    expect(lookupFor(i18n, 'ar', 'article')('a')).toBe('استخدم {{x}} و$t(b) مع <b>bold</b>');
  });

  it('never falls back to the source language for a missing key', () => {
    expect(lookupFor(i18n, 'ar', 'article')('b')).toBeUndefined();
    expect(lookupFor(i18n, 'fr', 'article')('a')).toBeUndefined();
  });

  it('never falls back from a regional locale to its language', () => {
    const regional = createI18n({ ar: { article: { a: 'نص' } }, zh: { article: { a: '文本' } }, 'zh-Hant': { article: { a: '文本' } } }, 'en', ['article']);
    expect(lookupFor(regional, 'ar', 'article')('a')).toBe('نص');
    expect(lookupFor(regional, 'ar-MA', 'article')('a')).toBeUndefined();
    expect(lookupFor(regional, 'zh-Hant-TW', 'article')('a')).toBeUndefined();
    expect(regional.dir('ar-MA')).toBe('rtl');
  });

  it('returns an empty translation as an empty string, so it can be reported', () => {
    expect(lookupFor(i18n, 'en', 'article')('empty')).toBe('');
  });

  it('reads the direction from i18next', () => {
    expect(i18n.dir('ar')).toBe('rtl');
    expect(i18n.dir('fr')).toBe('ltr');
  });
});
