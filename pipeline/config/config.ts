import type { RuleId } from '../report/finding.js';
import type { RuleSeverity } from '../rules/rule.js';

/** Per-locale conventions. */
export interface LocaleOptions {
  /** The digits the locale writes numbers with: `latn` (0–9), `arab` (٠–٩)… Default: CLDR's for the locale. */
  numberingSystem?: string;
  /** The calendar dates are written in: `gregory`, `islamic-umalqura`… Default: CLDR's for the locale. */
  calendar?: string;
  /** Reading speed for the "N min read" estimate. Default: 200. */
  wordsPerMinute?: number;
}

/** A link target that a translation may localise: `https://site/en/…` → `https://site/{{lng}}/…`. */
export interface LocalizedUrl {
  source: string;
  translated: string;
}

/** What a project may set in `tarjama.config.json`; every field is optional. */
export interface UserConfig {
  sourceLocale?: string;
  locales?: string[];
  sourceDir?: string;
  localesDir?: string;
  outputDir?: string;
  /** Front-matter fields whose text is translated (others pass through). */
  frontMatterFields?: string[];
  /** Rule severities that differ from the defaults: `{"bidi": "error", "whitespace": "off"}`. */
  rules?: Partial<Record<RuleId, RuleSeverity>>;
  localeOptions?: Record<string, LocaleOptions>;
  localizedUrls?: LocalizedUrl[];
  /** Where a locale's missing keys are looked up, declared per locale: `{"ar-MA": "ar"}`. Default: nowhere. */
  fallbacks?: Record<string, string>;
  /** Whether the Markdown edition ends with the footer line (translation notice, reading time, date). Default: true; `false` for themes that render `strings` themselves. */
  markdownFooter?: boolean;
  /** The address the output folder is published at, for absolute `hreflang` and canonical links in the preview. Default: none (relative links). */
  siteUrl?: string;
}

/** The configuration with every default applied, as the core uses it. */
export interface Config {
  sourceLocale: string;
  locales: string[];
  sourceDir: string;
  localesDir: string;
  outputDir: string;
  frontMatterFields: string[];
  rules: Partial<Record<RuleId, RuleSeverity>>;
  localeOptions: Record<string, LocaleOptions>;
  localizedUrls: LocalizedUrl[];
  fallbacks: Record<string, string>;
  markdownFooter: boolean;
  siteUrl: string | null;
}

/** The defaults named in the README. */
export const defaultConfig: Readonly<Config> = Object.freeze({
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

/** Typed identity helper for configs written in TypeScript or checked by an editor. */
export function defineConfig(config: UserConfig): UserConfig {
  return config;
}
