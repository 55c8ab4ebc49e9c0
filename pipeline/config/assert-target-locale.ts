import { TarjamaError } from '../io/tarjama-error.js';
import { isPseudoLocale } from '../pseudo/pseudo-locales.js';
import type { Config } from './config.js';

/** Asserts that `locale` is one of the configured locales that translators translate. */
export function assertTargetLocale(config: Config, locale: string): void {
  if (isPseudoLocale(locale)) throw new TarjamaError(`${locale} is a pseudo-locale: it is generated from the source and never translated`);
  const targets = config.locales.filter((candidate) => candidate !== config.sourceLocale && !isPseudoLocale(candidate));
  if (!targets.includes(locale)) throw new TarjamaError(`--locale must be one of the target locales (${targets.join(', ')}), not "${locale}"`);
}
