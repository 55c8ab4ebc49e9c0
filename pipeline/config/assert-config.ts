import path from 'node:path';
import { TarjamaError } from '../io/tarjama-error.js';
import { isRuleId } from '../rules/rule-ids.js';
import { assertLocale } from './assert-locale.js';
import type { UserConfig } from './config.js';

const knownKeys = new Set(['$schema', 'sourceLocale', 'locales', 'sourceDir', 'localesDir', 'outputDir', 'frontMatterFields', 'rules', 'localeOptions', 'localizedUrls']);
const severities = new Set(['error', 'warning', 'off']);
const dirKeys = ['sourceDir', 'localesDir', 'outputDir'] as const;

/** Asserts that a parsed `tarjama.config.json` has the shape of `UserConfig`. */
export function assertConfig(value: unknown, file: string): asserts value is UserConfig {
  const fail = (message: string): never => {
    throw new TarjamaError(message, { file });
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('the config must be a JSON object');
  const config = value as Record<string, unknown>;
  for (const key of Object.keys(config)) {
    if (!knownKeys.has(key)) fail(`unknown setting "${key}"; expected one of ${[...knownKeys].slice(1).join(', ')}`);
  }
  if (config.sourceLocale !== undefined) {
    if (typeof config.sourceLocale !== 'string') fail('"sourceLocale" must be a string such as "en"');
    assertLocale(config.sourceLocale as string, file, 'sourceLocale');
  }
  if (config.locales !== undefined) {
    if (!isStringArray(config.locales) || config.locales.length === 0) fail('"locales" must be a non-empty array of BCP 47 tags, e.g. ["en", "fr", "ar"]');
    const seen = new Set<string>();
    for (const locale of config.locales as string[]) {
      assertLocale(locale, file, 'locales');
      if (seen.has(locale)) fail(`"locales" lists "${locale}" twice`);
      seen.add(locale);
    }
  }
  for (const key of dirKeys) {
    const dir = config[key];
    if (dir === undefined) continue;
    if (typeof dir !== 'string' || dir === '') fail(`"${key}" must be a non-empty relative path`);
    const normal = path.posix.normalize((dir as string).replaceAll('\\', '/'));
    if (path.isAbsolute(dir as string) || normal === '..' || normal.startsWith('../') || normal === '.') {
      fail(`"${key}" must be a folder inside the project, got "${dir as string}"`);
    }
  }
  if (config.frontMatterFields !== undefined && !isStringArray(config.frontMatterFields)) {
    fail('"frontMatterFields" must be an array of field names, e.g. ["title", "description"]');
  }
  if (config.rules !== undefined) {
    if (!isObject(config.rules)) fail('"rules" must map rule ids to "error", "warning" or "off"');
    for (const [id, severity] of Object.entries(config.rules as Record<string, unknown>)) {
      if (!isRuleId(id)) fail(`"rules": unknown rule "${id}"; see the README's table of rules`);
      if (typeof severity !== 'string' || !severities.has(severity)) fail(`"rules": "${id}" must be "error", "warning" or "off"`);
    }
  }
  if (config.localeOptions !== undefined) {
    if (!isObject(config.localeOptions)) fail('"localeOptions" must map locales to options, e.g. {"ar": {"numberingSystem": "latn"}}');
    // Listing what ICU supports takes milliseconds: only for a value to check.
    const supported = (kind: 'numberingSystem' | 'calendar', value: string): boolean => Intl.supportedValuesOf(kind).includes(value);
    for (const [locale, options] of Object.entries(config.localeOptions as Record<string, unknown>)) {
      assertLocale(locale, file, 'localeOptions');
      if (!isObject(options)) fail(`"localeOptions": "${locale}" must be an object`);
      const { numberingSystem, calendar, wordsPerMinute, ...rest } = options as Record<string, unknown>;
      const [unknown] = Object.keys(rest);
      if (unknown !== undefined) fail(`"localeOptions": "${locale}" has an unknown option "${unknown}"`);
      if (numberingSystem !== undefined && (typeof numberingSystem !== 'string' || !supported('numberingSystem', numberingSystem))) {
        fail(`"localeOptions": "${locale}".numberingSystem must be a CLDR numbering system such as "latn" or "arab"`);
      }
      if (calendar !== undefined && (typeof calendar !== 'string' || !supported('calendar', calendar))) {
        fail(`"localeOptions": "${locale}".calendar must be a CLDR calendar such as "gregory" or "islamic-umalqura"`);
      }
      if (wordsPerMinute !== undefined && (typeof wordsPerMinute !== 'number' || !(wordsPerMinute > 0))) {
        fail(`"localeOptions": "${locale}".wordsPerMinute must be a positive number`);
      }
    }
  }
  if (config.localizedUrls !== undefined) {
    const valid = (entry: unknown): boolean =>
      isObject(entry) && typeof entry.source === 'string' && typeof entry.translated === 'string' && entry.translated.includes('{{lng}}');
    if (!Array.isArray(config.localizedUrls) || !config.localizedUrls.every(valid)) {
      fail('"localizedUrls" must be an array of {"source": "https://site/en/", "translated": "https://site/{{lng}}/"}');
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
