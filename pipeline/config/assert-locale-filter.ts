import { isPseudoLocale } from '../pseudo/is-pseudo-locale.js';
import { TarjamaError } from '../util/tarjama-error.js';
import type { Config } from './config.js';

/**
 * Asserts that every `--locale` value is a configured locale, spelled as the config spells it;
 * with `targets`, one that translators translate (not the source locale, not a pseudo-locale).
 * A filter that matched nothing would report nothing, and nothing reads as publishable.
 */
export function assertLocaleFilter(config: Config, locales: readonly string[], targets: boolean): void {
  const allowed = targets ? config.locales.filter((locale) => locale !== config.sourceLocale && !isPseudoLocale(locale)) : config.locales;
  const expected = `expected one of ${targets ? 'the target locales ' : ''}${allowed.join(', ')}`;
  const problem = (locale: string): string | null => {
    if (allowed.includes(locale)) return null;
    if (isPseudoLocale(locale) && config.locales.includes(locale)) return 'is a pseudo-locale: it is generated from the source, never translated';
    if (locale === config.sourceLocale) return 'is the source locale: its catalogs are written by extract, never translated';
    return 'is not a configured locale (tarjama.config.json, "locales")';
  };
  for (const locale of locales) {
    const own = problem(locale);
    if (own === null) continue;
    const canonical = canonicalLocale(locale);
    if (canonical === null) throw new TarjamaError(`--locale: "${locale}" is not a BCP 47 language tag; ${expected}`);
    if (canonical === locale) throw new TarjamaError(`--locale: "${locale}" ${own}; ${expected}`);
    const other = problem(canonical);
    if (other === null) throw new TarjamaError(`--locale: "${locale}" is not in canonical form; write "${canonical}"`);
    throw new TarjamaError(`--locale: "${locale}" is not in canonical form ("${canonical}"), and "${canonical}" ${other}; ${expected}`);
  }
}

/** The canonical form of a BCP 47 tag (`pt-br` → `pt-BR`), or null when it is none. */
function canonicalLocale(locale: string): string | null {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? null;
  } catch {
    return null;
  }
}
