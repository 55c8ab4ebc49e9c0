import type { Config } from '../config/config.js';

/**
 * The locale that dates and numbers of an edition are written in: the edition's tag with
 * the configured digits and calendar as Unicode extensions (`ar-u-ca-gregory-nu-latn`), so
 * that `Intl` and i18next's formatters follow the newsroom's conventions.
 */
export function formatLocale(config: Config, locale: string): string {
  const { numberingSystem, calendar } = config.localeOptions[locale] ?? {};
  const asked = `${locale} ${numberingSystem ?? ''} ${calendar ?? ''}`;
  let tag = made.get(asked);
  if (tag === undefined) {
    tag = new Intl.Locale(locale, { ...(numberingSystem ? { numberingSystem } : {}), ...(calendar ? { calendar } : {}) }).toString();
    made.set(asked, tag);
  }
  return tag;
}

/** Tags made, by locale, digits and calendar: a build asks for the same few thousands of times, and an `Intl.Locale` costs more than the rest of an edition's site strings. */
const made = new Map<string, string>();
