/**
 * A function of a locale worked out once per locale and then kept: creating an `Intl` object
 * (`Intl.Locale`, `Intl.NumberFormat`, `Intl.DisplayNames`) costs more than the rest of a
 * short call, and a build asks the same few locales thousands of times.
 */
export function perLocale<T>(make: (locale: string) => T): (locale: string) => T {
  const made = new Map<string, T>();
  return (locale) => {
    if (made.has(locale)) return made.get(locale) as T;
    const value = make(locale);
    made.set(locale, value);
    return value;
  };
}
