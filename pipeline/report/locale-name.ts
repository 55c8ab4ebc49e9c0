import { perLocale } from '../util/per-locale.js';

/** Made when first asked for: loading ICU's display names takes 13–21 ms, a tenth of a no-change run that names no locale. */
let names: Intl.DisplayNames | undefined;

/**
 * The English name of a locale for messages ("Arabic", "French"), or the tag itself. Once per
 * locale: a report names it in every finding, and `Intl.DisplayNames.of` took 338 ms of a check
 * with 155,100 findings.
 */
export const localeName = perLocale((locale: string): string => {
  try {
    names ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
    return names.of(locale) ?? locale;
  } catch {
    return locale;
  }
});
