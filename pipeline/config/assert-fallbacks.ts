import { isPseudoLocale } from '../pseudo/is-pseudo-locale.js';
import { TarjamaError } from '../util/tarjama-error.js';
import type { Locate } from './assert-config.js';
import { assertLocale } from './assert-locale.js';

/**
 * Asserts that `fallbacks` maps translated locales to translated locales, without cycles.
 * The source locale is never a fallback: a missing translation is reported, never published
 * in the source language (that is `build --allow-incomplete`, which says so in the edition).
 */
export function assertFallbacks(value: unknown, locales: readonly string[], sourceLocale: string, locate: Locate): asserts value is Record<string, string> {
  const fail = (message: string, path: ReadonlyArray<string | number>): never => {
    throw new TarjamaError(`"fallbacks": ${message}`, locate(path));
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('must map a locale to the locale that fills its gaps, e.g. {"ar-MA": "ar"}', []);
  const fallbacks = value as Record<string, unknown>;
  const listed = `(${locales.join(', ')})`;
  for (const [locale, fallback] of Object.entries(fallbacks)) {
    const at = ['fallbacks', locale];
    assertLocale(locale, () => locate(at), 'fallbacks');
    if (!locales.includes(locale)) fail(`"${locale}" is not one of "locales" ${listed}`, at);
    if (locale === sourceLocale) fail(`"${locale}" is the source locale; it has no gaps to fill`, at);
    if (isPseudoLocale(locale)) fail(`"${locale}" is a pseudo-locale, generated whole from the source; it has no gaps to fill`, at);
    if (typeof fallback !== 'string') fail(`"${locale}" must fall back to one locale, e.g. "ar"`, at);
    const target = fallback as string;
    assertLocale(target, () => locate(at), 'fallbacks');
    if (target === locale) fail(`"${locale}" cannot fall back to itself`, at);
    if (!locales.includes(target)) fail(`"${locale}" falls back to "${target}", which is not one of "locales" ${listed}`, at);
    if (target === sourceLocale) {
      fail(`"${locale}" cannot fall back to the source locale "${sourceLocale}": a missing translation is reported, never published in the source language (build --allow-incomplete does that, and says so)`, at);
    }
    if (isPseudoLocale(target)) fail(`"${locale}" cannot fall back to the pseudo-locale "${target}"`, at);
  }
  for (const locale of Object.keys(fallbacks)) {
    const chain = [locale];
    for (let next = fallbacks[locale] as string | undefined; next !== undefined; next = fallbacks[next] as string | undefined) {
      if (chain.includes(next)) fail(`${[...chain, next].map((item) => `"${item}"`).join(' → ')} is a cycle; a chain of fallbacks must end with a locale that has none`, ['fallbacks', locale]);
      chain.push(next);
    }
  }
}
