import { TarjamaError, type Place } from '../util/tarjama-error.js';

/** Asserts that `locale` is a canonical BCP 47 tag, safe to use as a folder name; `where` places the error. */
export function assertLocale(locale: string, where: () => Place, setting: string): void {
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(locale)[0];
  } catch {
    canonical = undefined;
  }
  if (canonical === undefined || !/^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/.test(locale)) {
    throw new TarjamaError(`"${setting}": "${locale}" is not a BCP 47 language tag (expected e.g. "fr", "ar", "pt-BR")`, where());
  }
  if (canonical !== locale) {
    throw new TarjamaError(`"${setting}": "${locale}" is not in canonical form; write "${canonical}"`, where());
  }
}
