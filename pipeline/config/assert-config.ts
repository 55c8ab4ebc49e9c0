import path from 'node:path';
import { isRuleId } from '../rules/rule-ids.js';
import { TarjamaError, type Place } from '../util/tarjama-error.js';
import { assertFallbacks } from './assert-fallbacks.js';
import { assertFolders } from './assert-folders.js';
import { assertLocale } from './assert-locale.js';
import { assertSiteUrl } from './assert-site-url.js';
import { defaultConfig, type UserConfig } from './config.js';

/** Where a setting is: its path in the config (`["locales", 2]`) to a file, line and column (called only for an error). */
export type Locate = (path: ReadonlyArray<string | number>) => Place;

/** Asserts that one setting, present in the config, is valid; `config` is the whole config, for a setting checked against others. */
type Validator = (value: unknown, locate: Locate, config: Readonly<Record<string, unknown>>) => void;

const severities = new Set(['error', 'warning', 'off']);

/** One validator per setting, in the order an unknown setting's error lists them (`$schema`, for editors, has none). */
const validators: Record<keyof UserConfig, Validator> = {
  sourceLocale: (value, locate) => {
    if (typeof value !== 'string') fail('"sourceLocale" must be a string such as "en"', locate, ['sourceLocale']);
    assertLocale(value as string, () => locate(['sourceLocale']), 'sourceLocale');
  },
  locales: (value, locate) => {
    if (!isStringArray(value) || value.length === 0) fail('"locales" must be a non-empty array of BCP 47 tags, e.g. ["en", "fr", "ar"]', locate, ['locales']);
    const seen = new Set<string>();
    for (const [index, locale] of (value as string[]).entries()) {
      assertLocale(locale, () => locate(['locales', index]), 'locales');
      if (seen.has(locale)) fail(`"locales" lists "${locale}" twice`, locate, ['locales', index]);
      seen.add(locale);
    }
  },
  sourceDir: (value, locate) => assertDir('sourceDir', value, locate),
  localesDir: (value, locate) => assertDir('localesDir', value, locate),
  outputDir: (value, locate) => assertDir('outputDir', value, locate),
  frontMatterFields: (value, locate) => {
    if (!isStringArray(value)) fail('"frontMatterFields" must be an array of field names, e.g. ["title", "description"]', locate, ['frontMatterFields']);
  },
  rules: (value, locate) => {
    if (!isObject(value)) fail('"rules" must map rule ids to "error", "warning" or "off"', locate, ['rules']);
    for (const [id, severity] of Object.entries(value as Record<string, unknown>)) {
      if (!isRuleId(id)) fail(`"rules": unknown rule "${id}"; see the README's table of rules`, locate, ['rules', id]);
      // An unreadable catalog stops check and build (exit 2) whatever its severity: a quieter one would hide why.
      if (id === 'parse') fail('"rules": "parse" cannot be changed: a catalog that is not valid JSON cannot be checked at all, and always stops check and build (exit 2)', locate, ['rules', id]);
      if (typeof severity !== 'string' || !severities.has(severity)) fail(`"rules": "${id}" must be "error", "warning" or "off"`, locate, ['rules', id]);
    }
  },
  localeOptions: (value, locate) => {
    if (!isObject(value)) fail('"localeOptions" must map locales to options, e.g. {"ar": {"numberingSystem": "latn"}}', locate, ['localeOptions']);
    for (const [locale, options] of Object.entries(value as Record<string, unknown>)) assertLocaleOptions(locale, options, locate);
  },
  localizedUrls: (value, locate) => {
    const valid = (entry: unknown): boolean => isObject(entry) && typeof entry.source === 'string' && typeof entry.translated === 'string' && entry.translated.includes('{{lng}}');
    const invalid = Array.isArray(value) ? value.findIndex((entry) => !valid(entry)) : -2;
    if (invalid !== -1) {
      fail('"localizedUrls" must be an array of {"source": "https://site/en/", "translated": "https://site/{{lng}}/"}', locate, invalid >= 0 ? ['localizedUrls', invalid] : ['localizedUrls']);
    }
  },
  fallbacks: (value, locate, config) => {
    assertFallbacks(value, (config.locales as string[] | undefined) ?? defaultConfig.locales, (config.sourceLocale as string | undefined) ?? defaultConfig.sourceLocale, locate);
  },
  markdownFooter: (value, locate) => {
    if (typeof value !== 'boolean') fail('"markdownFooter" must be true (the Markdown edition ends with the footer line) or false (it does not: the theme renders the front matter\'s `strings`)', locate, ['markdownFooter']);
  },
  siteUrl: (value, locate) => assertSiteUrl(value, () => locate(['siteUrl'])),
};

/** The settings checked before the folders are checked against one another, then those checked after: the first error found is the one reported. */
const checkedFirst = ['sourceLocale', 'locales', 'sourceDir', 'localesDir', 'outputDir'] as const;
const checkedLast = ['frontMatterFields', 'rules', 'localeOptions', 'fallbacks', 'localizedUrls', 'markdownFooter', 'siteUrl'] as const;
const knownKeys = ['$schema', ...Object.keys(validators)];

/** Asserts that a parsed `tarjama.config.json` has the shape of `UserConfig`; an error names the setting's line. */
export function assertConfig(value: unknown, locate: Locate): asserts value is UserConfig {
  if (!isObject(value)) fail('the config must be a JSON object', locate, []);
  const config = value as Record<string, unknown>;
  for (const key of Object.keys(config)) {
    if (!knownKeys.includes(key)) fail(`unknown setting "${key}"; expected one of ${knownKeys.slice(1).join(', ')}`, locate, [key]);
  }
  for (const key of checkedFirst) if (config[key] !== undefined) validators[key](config[key], locate, config);
  assertFolders(config, locate);
  for (const key of checkedLast) if (config[key] !== undefined) validators[key](config[key], locate, config);
}

/** A config error at `at`. */
function fail(message: string, locate: Locate, at: ReadonlyArray<string | number>): never {
  throw new TarjamaError(message, locate(at));
}

/** `sourceDir`, `localesDir` or `outputDir`: a non-empty path to a folder inside the project. */
function assertDir(key: 'sourceDir' | 'localesDir' | 'outputDir', dir: unknown, locate: Locate): void {
  if (typeof dir !== 'string' || dir === '') fail(`"${key}" must be a non-empty relative path`, locate, [key]);
  const normal = path.posix.normalize((dir as string).replaceAll('\\', '/'));
  if (path.isAbsolute(dir as string) || normal === '..' || normal.startsWith('../')) {
    fail(`"${key}" must be a folder inside the project, got "${dir as string}"`, locate, [key]);
  }
}

/** One locale's entry of `localeOptions`: a numbering system and calendar ICU supports, a positive reading speed, nothing else. */
function assertLocaleOptions(locale: string, options: unknown, locate: Locate): void {
  assertLocale(locale, () => locate(['localeOptions', locale]), 'localeOptions');
  if (!isObject(options)) fail(`"localeOptions": "${locale}" must be an object`, locate, ['localeOptions', locale]);
  // Listing what ICU supports takes milliseconds (the first use of ICU in the process): only for
  // a value to check, and not for CLDR's defaults, Latin digits and the Gregorian calendar, which
  // every ICU has (a run that finds nothing to do uses ICU for nothing else).
  const defaults = { numberingSystem: 'latn', calendar: 'gregory' };
  const supported = (kind: 'numberingSystem' | 'calendar', value: string): boolean => value === defaults[kind] || Intl.supportedValuesOf(kind).includes(value);
  const { numberingSystem, calendar, wordsPerMinute, ...rest } = options as Record<string, unknown>;
  const [unknown] = Object.keys(rest);
  if (unknown !== undefined) fail(`"localeOptions": "${locale}" has an unknown option "${unknown}"`, locate, ['localeOptions', locale, unknown]);
  if (numberingSystem !== undefined && (typeof numberingSystem !== 'string' || !supported('numberingSystem', numberingSystem))) {
    fail(`"localeOptions": "${locale}".numberingSystem must be a CLDR numbering system such as "latn" or "arab"`, locate, ['localeOptions', locale, 'numberingSystem']);
  }
  if (calendar !== undefined && (typeof calendar !== 'string' || !supported('calendar', calendar))) {
    fail(`"localeOptions": "${locale}".calendar must be a CLDR calendar such as "gregory" or "islamic-umalqura"`, locate, ['localeOptions', locale, 'calendar']);
  }
  if (wordsPerMinute !== undefined && (typeof wordsPerMinute !== 'number' || !(wordsPerMinute > 0))) {
    fail(`"localeOptions": "${locale}".wordsPerMinute must be a positive number`, locate, ['localeOptions', locale, 'wordsPerMinute']);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
