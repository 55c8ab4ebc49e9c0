import type { Config } from '../config/config.js';

/**
 * The locale that dates and numbers of an edition are written in: the edition's tag with
 * the configured digits and calendar as Unicode extensions (`ar-u-ca-gregory-nu-latn`), so
 * that `Intl` and i18next's formatters follow the newsroom's conventions.
 */
export function formatLocale(config: Config, locale: string): string {
  const options = config.localeOptions[locale] ?? {};
  return new Intl.Locale(locale, {
    ...(options.numberingSystem ? { numberingSystem: options.numberingSystem } : {}),
    ...(options.calendar ? { calendar: options.calendar } : {}),
  }).toString();
}
