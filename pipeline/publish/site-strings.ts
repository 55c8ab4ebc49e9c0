import type { i18n as I18n } from 'i18next';
import { siteNamespace } from '../project/site-namespace.js';

/** The site strings of one edition, in its language, as the `common` namespace words them. */
export interface SiteStrings {
  readingTime: string;
  published?: string;
  translatedFrom?: string;
  categories: string;
  shareThis: string;
  languages: string;
  footnotes: string;
  /** "Back to reference 2", in the edition's digits. */
  footnoteBack(reference: number): string;
}

/** What an edition's site strings say, before they are put into words. */
export interface SiteFacts {
  locale: string;
  /** The locale with its digits and calendar (`ar-u-ca-gregory-nu-latn`). */
  formatLocale: string;
  minutes: number;
  date: Date | null;
  /** The language the edition was translated from; null for the source edition. */
  sourceLocale: string | null;
}

const keys = ['reading-time', 'published', 'translated-from', 'categories', 'share-this', 'languages', 'footnotes', 'footnote-back'] as const;

/**
 * Words an edition's site strings through i18next: plurals for the reading time
 * (`reading-time_one`, `_few`…), `{{date, datetime}}` and `{{count, number}}` through `Intl`
 * in the edition's digits and calendar. Returns the keys the locale lacks instead when any is missing.
 */
export function siteStrings(i18n: Pick<I18n, 'exists' | 't'>, facts: SiteFacts): { strings: SiteStrings } | { missing: string[] } {
  // The instance's `t` with the language and namespace, as a `getFixedT` function calls it (without its copy of every option).
  const t = (key: string, options: Record<string, unknown> = {}): string => i18n.t(key, { ...options, lng: facts.locale, ns: siteNamespace });
  const missing = keys.filter((key) => !i18n.exists(key, { lng: facts.locale, ns: siteNamespace, count: key === 'reading-time' ? facts.minutes : undefined }));
  if (missing.length > 0) return { missing };
  const number = { locale: facts.formatLocale };
  const language = new Intl.DisplayNames([facts.locale], { type: 'language' });
  return {
    strings: {
      readingTime: t('reading-time', { count: facts.minutes, formatParams: { count: number } }),
      ...(facts.date ? { published: t('published', { date: facts.date, formatParams: { date: { locale: facts.formatLocale, dateStyle: 'long', timeZone: 'UTC' } } }) } : {}),
      ...(facts.sourceLocale ? { translatedFrom: t('translated-from', { language: language.of(facts.sourceLocale) ?? facts.sourceLocale }) } : {}),
      categories: t('categories'),
      shareThis: t('share-this'),
      languages: t('languages'),
      footnotes: t('footnotes'),
      footnoteBack: (reference) => t('footnote-back', { n: reference, formatParams: { n: number } }),
    },
  };
}
