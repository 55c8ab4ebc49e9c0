import { perLocale } from './per-locale.js';

/** The script a locale is written in, as `Intl.Locale#maximize` gives it (`ar` → `Arab`, `fr` → `Latn`; `Latn` when it says none). */
export const localeScript = perLocale((locale) => new Intl.Locale(locale).maximize().script ?? 'Latn');
