import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fallbackChain } from '../pipeline/config/fallback-chain.js';
import { loadConfig } from '../pipeline/config/load-config.js';
import type { TarjamaError } from '../pipeline/io/tarjama-error.js';

async function projectWith(config: unknown): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'tarjama-config-'));
  await writeFile(path.join(root, 'tarjama.config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return root;
}

describe('loadConfig', () => {
  it('applies the defaults when there is no config file', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'tarjama-config-'));
    expect(await loadConfig(root)).toEqual({
      sourceLocale: 'en',
      locales: ['en', 'fr', 'ar'],
      sourceDir: 'source',
      localesDir: 'locales',
      outputDir: 'output',
      frontMatterFields: ['title', 'description'],
      rules: {},
      localeOptions: {},
      localizedUrls: [],
      fallbacks: {},
    });
  });

  it.each([
    [{ locales: ['../../etc'] }, '"locales": "../../etc" is not a BCP 47 language tag'],
    [{ locales: ['fr', 'ar', 'fr'] }, '"locales" lists "fr" twice'],
    [{ locales: ['pt-br'] }, '"locales": "pt-br" is not in canonical form; write "pt-BR"'],
    [{ outputDir: '../elsewhere' }, '"outputDir" must be a folder inside the project'],
    [{ localesDir: '/etc' }, '"localesDir" must be a folder inside the project'],
    [{ locale: ['fr'] }, 'unknown setting "locale"'],
    ['{"locales": [', 'the config is not valid JSON'],
    [{ rules: { bidy: 'error' } }, '"rules": unknown rule "bidy"'],
    [{ rules: { bidi: 'fatal' } }, '"rules": "bidi" must be "error", "warning" or "off"'],
    [{ rules: { parse: 'off' } }, '"rules": "parse" cannot be changed: a catalog that is not valid JSON cannot be checked at all, and always stops check and build (exit 2)'],
    [{ localeOptions: { ar: { numberingSystem: 'roman' } } }, '"localeOptions": "ar".numberingSystem must be a CLDR numbering system'],
    [{ localizedUrls: [{ source: 'https://a/en/', translated: 'https://a/fr/' }] }, '"localizedUrls" must be an array of'],
    [{ locales: ['en', 'ar', 'ar-MA'], fallbacks: ['ar'] }, '"fallbacks": must map a locale to the locale that fills its gaps, e.g. {"ar-MA": "ar"}'],
    [{ fallbacks: { 'ar-MA': 'ar' } }, '"fallbacks": "ar-MA" is not one of "locales" (en, fr, ar)'],
    [{ locales: ['en', 'ar', 'ar-MA'], fallbacks: { 'ar-ma': 'ar' } }, '"fallbacks": "ar-ma" is not in canonical form; write "ar-MA"'],
    [{ locales: ['en', 'ar', 'ar-MA'], fallbacks: { 'ar-MA': 'AR' } }, '"fallbacks": "AR" is not in canonical form; write "ar"'],
    [{ locales: ['en', 'ar', 'ar-MA'], fallbacks: { 'ar-MA': 'es' } }, '"fallbacks": "ar-MA" falls back to "es", which is not one of "locales" (en, ar, ar-MA)'],
    [{ locales: ['en', 'ar', 'ar-MA'], fallbacks: { 'ar-MA': ['ar'] } }, '"fallbacks": "ar-MA" must fall back to one locale, e.g. "ar"'],
    [{ locales: ['en', 'ar', 'ar-MA'], fallbacks: { 'ar-MA': 'ar-MA' } }, '"fallbacks": "ar-MA" cannot fall back to itself'],
    [
      { locales: ['en', 'ar', 'ar-MA'], fallbacks: { 'ar-MA': 'en' } },
      '"fallbacks": "ar-MA" cannot fall back to the source locale "en": a missing translation is reported, never published in the source language (build --allow-incomplete does that, and says so)',
    ],
    [{ locales: ['en', 'fr', 'ar'], fallbacks: { en: 'fr' } }, '"fallbacks": "en" is the source locale; it has no gaps to fill'],
    [{ locales: ['en', 'ar', 'ar-XB'], fallbacks: { 'ar-XB': 'ar' } }, '"fallbacks": "ar-XB" is a pseudo-locale, generated whole from the source; it has no gaps to fill'],
    [{ locales: ['en', 'ar', 'ar-XB'], fallbacks: { ar: 'ar-XB' } }, '"fallbacks": "ar" cannot fall back to the pseudo-locale "ar-XB"'],
    [
      { locales: ['en', 'fr', 'ar', 'ar-MA'], fallbacks: { 'ar-MA': 'ar', ar: 'fr', fr: 'ar' } },
      '"fallbacks": "ar-MA" → "ar" → "fr" → "ar" is a cycle; a chain of fallbacks must end with a locale that has none',
    ],
  ])('rejects %j with a message that says what is wrong', async (config, message) => {
    await expect(loadConfig(await projectWith(config))).rejects.toThrow(message);
  });

  it('reads declared fallbacks, which may form a chain', async () => {
    const config = await loadConfig(await projectWith({ locales: ['en', 'fr', 'ar', 'ar-MA'], fallbacks: { 'ar-MA': 'ar', ar: 'fr' } }));
    expect(config.fallbacks).toEqual({ 'ar-MA': 'ar', ar: 'fr' });
    expect(fallbackChain(config, 'ar-MA')).toEqual(['ar', 'fr']);
    expect(fallbackChain(config, 'fr')).toEqual([]);
  });

  it.each([
    // The item of an array.
    ['{\n  "sourceLocale": "en",\n  "locales": ["en", "fr",\n    "pt-br"]\n}\n', 4, 5, 'not in canonical form'],
    // The key of a setting inside an object.
    ['{\n  "rules": {\n    "bidi": "error",\n      "fr-quotes": "fatal"\n  }\n}\n', 4, 7, '"fr-quotes" must be'],
    ['{\n  "locales": ["en"],\n  "outputDir": "../out"\n}\n', 3, 3, 'must be a folder inside the project'],
    ['{\n  "locales": ["en", "ar", "ar-MA"],\n  "fallbacks": {\n    "ar-MA": "en"\n  }\n}\n', 4, 5, '"ar-MA" cannot fall back to the source locale "en"'],
    ['{\n  "localizedUrls": [\n    {"source": "https://a/en/", "translated": "https://a/{{lng}}/"},\n    {"source": "https://b/en/"}\n  ]\n}\n', 4, 5, '"localizedUrls" must be'],
    // Invalid JSON: where the parser stopped.
    ['{\n  "locales": ["en", "fr",]\n}\n', 2, 26, 'the config is not valid JSON: value expected'],
  ])('names the line and column of the setting at fault in %j', async (config, line, column, message) => {
    const failure = await loadConfig(await projectWith(config)).then(
      () => null,
      (error: unknown) => error as TarjamaError,
    );
    expect(failure?.message).toContain(message);
    expect(failure?.place).toEqual({ file: 'tarjama.config.json', line, column });
  });
});
