import type { i18n as I18n } from 'i18next';
import type { Root } from 'mdast';
import type { Config } from '../config/config.js';
import { formatLocale } from './format-locale.js';
import { readingTime } from './reading-time.js';
import { siteStrings, type SiteStrings } from './site-strings.js';

/** What an edition says about itself: its formatting locale, reading time and site strings. */
export interface EditionSite {
  locale: string;
  minutes: number;
  /** null when the project has no `common` namespace, or the locale lacks some of its strings. */
  strings: SiteStrings | null;
  missing: string[];
}

/** The publication date of a front matter's `date: YYYY-MM-DD`, or null. */
export function publicationDate(frontMatter: Readonly<Record<string, unknown>> | null): Date | null {
  const value = frontMatter?.date;
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value : '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const date = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Works out an edition's reading time (from its own text) and words its site strings. */
export function editionSite(config: Config, i18n: Pick<I18n, 'exists' | 't'>, hasSiteStrings: boolean, locale: string, tree: Root, frontMatter: Readonly<Record<string, unknown>> | null): EditionSite {
  const format = formatLocale(config, locale);
  const minutes = readingTime(tree, locale, config.localeOptions[locale]?.wordsPerMinute);
  if (!hasSiteStrings) return { locale: format, minutes, strings: null, missing: [] };
  const result = siteStrings(i18n, {
    locale,
    formatLocale: format,
    minutes,
    date: publicationDate(frontMatter),
    sourceLocale: locale === config.sourceLocale ? null : config.sourceLocale,
  });
  return 'strings' in result ? { locale: format, minutes, strings: result.strings, missing: [] } : { locale: format, minutes, strings: null, missing: result.missing };
}

/** The site strings an edition's front matter carries, by field name. */
export function frontMatterStrings(strings: SiteStrings): Record<string, string> {
  const { footnoteBack: _back, footnotes: _label, ...fields } = strings;
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** The one-line footer of the Markdown edition: translation notice, reading time, date. */
export function footerLine(strings: SiteStrings): string {
  return [strings.translatedFrom, strings.readingTime, strings.published].filter((part): part is string => Boolean(part)).join(' · ');
}
