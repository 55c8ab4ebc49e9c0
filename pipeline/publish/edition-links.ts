import type { Alternate } from './render-html.js';

/**
 * The pages of an article's editions in `locales`, as each page links to the others: relative
 * (`../fr/<slug>.html`) for the language switcher, and for `hreflang` and canonical links
 * absolute under `siteUrl` (with or without its final slash) when the project sets one.
 */
export function editionLinks(siteUrl: string | null, locales: readonly string[], namespace: string): Alternate[] {
  const base = siteUrl === null ? null : new URL(siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`);
  return locales.map((locale) => {
    const page = `${locale}/${namespace}.html`;
    return { locale, href: `../${page}`, url: base ? new URL(page, base).href : `../${page}` };
  });
}
