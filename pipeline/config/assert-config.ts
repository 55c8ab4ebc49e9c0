import path from 'node:path';
import { isRuleId } from '../rules/rule-ids.js';
import { TarjamaError, type Place } from '../util/tarjama-error.js';
import { assertFallbacks } from './assert-fallbacks.js';
import { assertFolders } from './assert-folders.js';
import { assertLocale } from './assert-locale.js';
import { defaultConfig, type UserConfig } from './config.js';

const knownKeys = new Set(['$schema', 'sourceLocale', 'locales', 'sourceDir', 'localesDir', 'outputDir', 'frontMatterFields', 'rules', 'localeOptions', 'localizedUrls', 'fallbacks']);
const severities = new Set(['error', 'warning', 'off']);
const dirKeys = ['sourceDir', 'localesDir', 'outputDir'] as const;

/** Where a setting is: its path in the config (`["locales", 2]`) to a file, line and column (called only for an error). */
export type Locate = (path: ReadonlyArray<string | number>) => Place;

/** Asserts that a parsed `tarjama.config.json` has the shape of `UserConfig`; an error names the setting's line. */
export function assertConfig(value: unknown, locate: Locate): asserts value is UserConfig {
  const fail = (message: string, path: ReadonlyArray<string | number> = []): never => {
    throw new TarjamaError(message, locate(path));
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('the config must be a JSON object');
  const config = value as Record<string, unknown>;
  for (const key of Object.keys(config)) {
    if (!knownKeys.has(key)) fail(`unknown setting "${key}"; expected one of ${[...knownKeys].slice(1).join(', ')}`, [key]);
  }
  if (config.sourceLocale !== undefined) {
    if (typeof config.sourceLocale !== 'string') fail('"sourceLocale" must be a string such as "en"', ['sourceLocale']);
    assertLocale(config.sourceLocale as string, () => locate(['sourceLocale']), 'sourceLocale');
  }
  if (config.locales !== undefined) {
    if (!isStringArray(config.locales) || config.locales.length === 0) fail('"locales" must be a non-empty array of BCP 47 tags, e.g. ["en", "fr", "ar"]', ['locales']);
    const seen = new Set<string>();
    for (const [index, locale] of (config.locales as string[]).entries()) {
      assertLocale(locale, () => locate(['locales', index]), 'locales');
      if (seen.has(locale)) fail(`"locales" lists "${locale}" twice`, ['locales', index]);
      seen.add(locale);
    }
  }
  for (const key of dirKeys) {
    const dir = config[key];
    if (dir === undefined) continue;
    if (typeof dir !== 'string' || dir === '') fail(`"${key}" must be a non-empty relative path`, [key]);
    const normal = path.posix.normalize((dir as string).replaceAll('\\', '/'));
    if (path.isAbsolute(dir as string) || normal === '..' || normal.startsWith('../')) {
      fail(`"${key}" must be a folder inside the project, got "${dir as string}"`, [key]);
    }
  }
  assertFolders(config, locate);
  if (config.frontMatterFields !== undefined && !isStringArray(config.frontMatterFields)) {
    fail('"frontMatterFields" must be an array of field names, e.g. ["title", "description"]', ['frontMatterFields']);
  }
  if (config.rules !== undefined) {
    if (!isObject(config.rules)) fail('"rules" must map rule ids to "error", "warning" or "off"', ['rules']);
    for (const [id, severity] of Object.entries(config.rules as Record<string, unknown>)) {
      if (!isRuleId(id)) fail(`"rules": unknown rule "${id}"; see the README's table of rules`, ['rules', id]);
      // An unreadable catalog stops check and build (exit 2) whatever its severity: a quieter one would hide why.
      if (id === 'parse') fail('"rules": "parse" cannot be changed: a catalog that is not valid JSON cannot be checked at all, and always stops check and build (exit 2)', ['rules', id]);
      if (typeof severity !== 'string' || !severities.has(severity)) fail(`"rules": "${id}" must be "error", "warning" or "off"`, ['rules', id]);
    }
  }
  if (config.localeOptions !== undefined) {
    if (!isObject(config.localeOptions)) fail('"localeOptions" must map locales to options, e.g. {"ar": {"numberingSystem": "latn"}}', ['localeOptions']);
    // Listing what ICU supports takes milliseconds: only for a value to check.
    const supported = (kind: 'numberingSystem' | 'calendar', value: string): boolean => Intl.supportedValuesOf(kind).includes(value);
    for (const [locale, options] of Object.entries(config.localeOptions as Record<string, unknown>)) {
      assertLocale(locale, () => locate(['localeOptions', locale]), 'localeOptions');
      if (!isObject(options)) fail(`"localeOptions": "${locale}" must be an object`, ['localeOptions', locale]);
      const { numberingSystem, calendar, wordsPerMinute, ...rest } = options as Record<string, unknown>;
      const [unknown] = Object.keys(rest);
      if (unknown !== undefined) fail(`"localeOptions": "${locale}" has an unknown option "${unknown}"`, ['localeOptions', locale, unknown]);
      if (numberingSystem !== undefined && (typeof numberingSystem !== 'string' || !supported('numberingSystem', numberingSystem))) {
        fail(`"localeOptions": "${locale}".numberingSystem must be a CLDR numbering system such as "latn" or "arab"`, ['localeOptions', locale, 'numberingSystem']);
      }
      if (calendar !== undefined && (typeof calendar !== 'string' || !supported('calendar', calendar))) {
        fail(`"localeOptions": "${locale}".calendar must be a CLDR calendar such as "gregory" or "islamic-umalqura"`, ['localeOptions', locale, 'calendar']);
      }
      if (wordsPerMinute !== undefined && (typeof wordsPerMinute !== 'number' || !(wordsPerMinute > 0))) {
        fail(`"localeOptions": "${locale}".wordsPerMinute must be a positive number`, ['localeOptions', locale, 'wordsPerMinute']);
      }
    }
  }
  if (config.fallbacks !== undefined) {
    assertFallbacks(config.fallbacks, (config.locales as string[] | undefined) ?? defaultConfig.locales, (config.sourceLocale as string | undefined) ?? defaultConfig.sourceLocale, locate);
  }
  if (config.localizedUrls !== undefined) {
    const valid = (entry: unknown): boolean =>
      isObject(entry) && typeof entry.source === 'string' && typeof entry.translated === 'string' && entry.translated.includes('{{lng}}');
    const invalid = Array.isArray(config.localizedUrls) ? config.localizedUrls.findIndex((entry) => !valid(entry)) : -2;
    if (invalid !== -1) {
      fail('"localizedUrls" must be an array of {"source": "https://site/en/", "translated": "https://site/{{lng}}/"}', invalid >= 0 ? ['localizedUrls', invalid] : ['localizedUrls']);
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
