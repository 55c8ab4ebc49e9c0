import { mkdir, mkdtemp, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fallbackChain } from '../pipeline/config/fallback-chain.js';
import { loadConfig } from '../pipeline/config/load-config.js';
import type { TarjamaError } from '../pipeline/util/tarjama-error.js';
import { copyToTemp, repoRoot, runCliInProcess } from './helpers/run-cli.js';

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
      markdownFooter: true,
      siteUrl: null,
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
    [{ localeOptions: { ar: { numberingSystem: 'Latn' } } }, '"localeOptions": "ar".numberingSystem must be a CLDR numbering system'],
    [{ localeOptions: { ar: { calendar: 'lunar' } } }, '"localeOptions": "ar".calendar must be a CLDR calendar'],
    [{ localeOptions: { ar: { calendar: 'gregorian' } } }, '"localeOptions": "ar".calendar must be a CLDR calendar'],
    [{ localizedUrls: [{ source: 'https://a/en/', translated: 'https://a/fr/' }] }, '"localizedUrls" must be an array of'],
    [{ locales: ['en', 'ar', 'ar-MA'], fallbacks: ['ar'] }, '"fallbacks": must map a locale to the locale that fills its gaps, e.g. {"ar-MA": "ar"}'],
    [{ fallbacks: { 'ar-MA': 'ar' } }, '"fallbacks": "ar-MA" is not one of "locales" (en, fr, ar)'],
    [{ markdownFooter: 'no' }, '"markdownFooter" must be true (the Markdown edition ends with the footer line) or false'],
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
    [{ siteUrl: 42 }, '"siteUrl" must be the address the output folder is published at, as a string, e.g. "https://news.example.org/articles/"'],
    [{ siteUrl: 'news.example.org' }, '"siteUrl": "news.example.org" is not an absolute URL; write it with its scheme and host, e.g. "https://news.example.org/articles/"'],
    [{ siteUrl: '/articles/' }, '"siteUrl": "/articles/" is not an absolute URL'],
    [{ siteUrl: 'ftp://news.example.org/' }, '"siteUrl": "ftp://news.example.org/" must be an http or https address'],
    [{ siteUrl: 'https://news.example.org/?lang=en' }, '"siteUrl": "https://news.example.org/?lang=en" must be a folder\'s address, without a user name, a query (?…) or a fragment (#…)'],
    [{ siteUrl: 'https://news.example.org/#top' }, 'without a user name, a query (?…) or a fragment (#…)'],
    [{ siteUrl: 'https://editor:secret@news.example.org/' }, 'without a user name, a query (?…) or a fragment (#…)'],
  ])('rejects %j with a message that says what is wrong', async (config, message) => {
    await expect(loadConfig(await projectWith(config))).rejects.toThrow(message);
  });

  it('accepts the numbering systems and calendars ICU has, CLDR\'s defaults among them', async () => {
    for (const options of [{ numberingSystem: 'latn', calendar: 'gregory' }, { numberingSystem: 'arab', calendar: 'islamic-umalqura' }, { numberingSystem: 'arabext', calendar: 'islamic-civil' }]) {
      expect((await loadConfig(await projectWith({ localeOptions: { ar: options } }))).localeOptions.ar, JSON.stringify(options)).toEqual(options);
    }
  });

  it('reads a site URL as it is written, with or without its final slash', async () => {
    expect((await loadConfig(await projectWith({ siteUrl: 'https://news.example.org/articles' }))).siteUrl).toBe('https://news.example.org/articles');
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
    ['{\n  "locales": ["en"],\n  "siteUrl": "example.org"\n}\n', 3, 3, '"siteUrl": "example.org" is not an absolute URL'],
    // Invalid JSON: where it went wrong (a trailing comma: the comma, not the bracket after it).
    ['{\n  "locales": ["en", "fr",]\n}\n', 2, 25, 'the config is not valid JSON: a trailing comma before "]": JSON allows none, delete it'],
  ])('names the line and column of the setting at fault in %j', async (config, line, column, message) => {
    const failure = await loadConfig(await projectWith(config)).then(
      () => null,
      (error: unknown) => error as TarjamaError,
    );
    expect(failure?.message).toContain(message);
    expect(failure?.place).toEqual({ file: 'tarjama.config.json', line, column });
  });
});

describe('folders', () => {
  // Each folder setting must be a folder of its own: build writes output/, extract writes
  // locales/ and locales/.tarjama/, and neither may land on the sources or on each other.
  it.each([
    // The newsroom's mistake: the English sources in source/en, and the editions in source/<lng>/.
    ['{\n  "sourceLocale": "en",\n  "locales": ["en", "fr"],\n  "sourceDir": "source/en",\n  "outputDir": "source"\n}\n', 5, 3,
      '"outputDir": "source" contains "sourceDir" ("source/en"); build would overwrite the sources: choose a folder of its own, e.g. "output"'],
    ['{\n  "outputDir": "locales"\n}\n', 2, 3,
      '"outputDir": "locales" is the same folder as "localesDir" ("locales", the default); build would write its editions among the catalogs and tarjama\'s state (locales/.tarjama): choose a folder of its own, e.g. "output"'],
    ['{\n  "localesDir": "i18n",\n  "outputDir": "./i18n/.tarjama/"\n}\n', 3, 3,
      '"outputDir": "./i18n/.tarjama/" is inside "localesDir" ("i18n"); build would write its editions among the catalogs and tarjama\'s state (i18n/.tarjama): choose a folder of its own, e.g. "output"'],
    // The root holds every folder: ".", "./", "x/.." and ".\\" are all the root.
    ['{\n  "outputDir": "."\n}\n', 2, 3,
      '"outputDir": "." is the project root, which contains "sourceDir" ("source", the default); build would overwrite the sources: choose a folder of its own, e.g. "output"'],
    ['{\n  "locales": ["en"],\n    "outputDir": "source/.."\n}\n', 3, 5, '"outputDir": "source/.." is the project root, which contains "sourceDir"'],
    ['{"sourceDir": "content", "outputDir": ".\\\\"}', 1, 26, '"outputDir": ".\\\\" is the project root, which contains "sourceDir" ("content")'],
    ['{\n  "sourceDir": "./"\n}\n', 2, 3,
      '"sourceDir": "./" is the project root, which contains "outputDir" ("output", the default); build would write its editions among the sources: choose a folder of its own, e.g. "source"'],
    // The setting that is written in the file is the one at fault, whichever it is.
    ['{\n  "sourceDir": "output/en"\n}\n', 2, 3, '"sourceDir": "output/en" is inside "outputDir" ("output", the default); build would overwrite the sources: choose a folder of its own, e.g. "source"'],
    ['{\n  "sourceDir": "locales"\n}\n', 2, 3,
      '"sourceDir": "locales" is the same folder as "localesDir" ("locales", the default); extract would write its catalogs among the sources: choose a folder of its own, e.g. "source"'],
    ['{\n  "sourceDir": "articles",\n  "localesDir": "articles/./locales"\n}\n', 3, 3,
      '"localesDir": "articles/./locales" is inside "sourceDir" ("articles"); extract would write its catalogs among the sources: choose a folder of its own, e.g. "locales"'],
    ['{\n  "sourceDir": "text",\n  "localesDir": "i18n",\n  "outputDir": "text/../i18n/../text/"\n}\n', 4, 3, '"outputDir": "text/../i18n/../text/" is the same folder as "sourceDir" ("text")'],
    // The folder suggested instead is one no other setting takes.
    ['{\n  "sourceDir": "output",\n  "outputDir": "output/web"\n}\n', 3, 3, '"outputDir": "output/web" is inside "sourceDir" ("output"); build would write its editions among the sources: choose a folder of its own, e.g. "public"'],
  ])('refuses overlapping folders in %j, at the setting at fault', async (config, line, column, message) => {
    const failure = await loadConfig(await projectWith(config)).then(
      () => null,
      (error: unknown) => error as TarjamaError,
    );
    expect(failure?.message).toContain(message);
    expect(failure?.place).toEqual({ file: 'tarjama.config.json', line, column });
  });

  it.each([
    { sourceDir: 'src', localesDir: 'loc', outputDir: 'out' },
    { sourceDir: 'news/source', localesDir: 'news/locales', outputDir: 'site/news' },
    // Names that share a prefix are not one inside the other.
    { sourceDir: 'source', outputDir: 'source-output', localesDir: 'sources' },
  ])('accepts folders that are apart: %j', async (config) => {
    await expect(loadConfig(await projectWith(config))).resolves.toMatchObject(config);
  });

  it('stops every command through the CLI with exit 2, before anything is read or written', async () => {
    const root = await copyToTemp(path.join(repoRoot, 'tests', 'fixtures', 'cli', 'complete', 'project'));
    await mkdir(path.join(root, 'source', 'en'));
    await rename(path.join(root, 'source', 'article.md'), path.join(root, 'source', 'en', 'article.md'));
    await writeFile(path.join(root, 'tarjama.config.json'), '{\n  "sourceLocale": "en",\n  "locales": ["en", "fr", "ar"],\n  "sourceDir": "source/en",\n  "outputDir": "source"\n}\n');
    const before = await tree(root);
    for (const command of [['build'], ['extract'], ['check'], ['build', '--allow-incomplete']]) {
      expect(await runCliInProcess(root, command)).toEqual({
        code: 2,
        stdout: '',
        stderr: 'tarjama: tarjama.config.json:5:3: "outputDir": "source" contains "sourceDir" ("source/en"); build would overwrite the sources: choose a folder of its own, e.g. "output"\n',
      });
    }
    expect(await tree(root)).toEqual(before);
  });
});

/** Every file under `root` with its content and modification time, so that a rewrite shows too. */
async function tree(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    const { mtimeMs } = await stat(file);
    files.set(path.relative(root, file), entry.isDirectory() ? `folder ${mtimeMs}` : `${mtimeMs} ${await readFile(file, 'utf8')}`);
  }
  return files;
}
