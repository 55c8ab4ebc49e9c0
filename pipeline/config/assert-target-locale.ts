import { TarjamaError } from '../io/tarjama-error.js';
import type { Config } from './config.js';

/** Asserts that `locale` is one of the configured locales other than the source locale. */
export function assertTargetLocale(config: Config, locale: string): void {
  const targets = config.locales.filter((candidate) => candidate !== config.sourceLocale);
  if (!targets.includes(locale)) throw new TarjamaError(`--locale must be one of the target locales (${targets.join(', ')}), not "${locale}"`);
}
