/** The built-in pseudo-locales: generated from the source, never edited. */
export const pseudoLocales = ['en-XA', 'ar-XB'] as const;

/** Whether a locale is generated rather than translated (kept apart from the generator, which the config check need not load). */
export function isPseudoLocale(locale: string): boolean {
  return (pseudoLocales as readonly string[]).includes(locale);
}
