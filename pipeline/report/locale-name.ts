const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** The English name of a locale for messages ("Arabic", "French"), or the tag itself. */
export function localeName(locale: string): string {
  try {
    return names.of(locale) ?? locale;
  } catch {
    return locale;
  }
}
