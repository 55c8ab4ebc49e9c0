import type { Config } from '../config/config.js';
import { isPseudoLocale } from '../pseudo/is-pseudo-locale.js';

/**
 * The locales whose catalogs i18next-cli may read and fill: tarjama's, less the pseudo-locales
 * (generated in memory, never on disk) and the locales with a fallback (their files hold only what
 * they change: `extract` and `sync` would write "" for every other key, and "" hides the fallback).
 */
export function i18nextCliLocales(config: Pick<Config, 'locales' | 'fallbacks'>): string[] {
  return config.locales.filter((locale) => !isPseudoLocale(locale) && !Object.hasOwn(config.fallbacks, locale));
}
