import type { i18n as I18n } from 'i18next';
import { createI18n, lookupFor } from './create-i18n.js';

/** What the rest of tarjama may do with the instance: read it (look up, word site strings, tell a direction). */
export type I18nReader = Pick<I18n, 'dir' | 'exists' | 't'>;

/** One namespace's catalogs while they are loaded. */
export interface LoadedNamespace {
  /** Looks a key of the namespace up in a locale (see `lookupFor`). */
  lookup(locale: string): (key: string) => string | undefined;
  /** Whether a locale's catalog has the key. */
  has(locale: string, key: string): boolean;
  /** Puts `value` in place of a locale's string for the key (a site string with an error, withheld). */
  replace(locale: string, key: string, value: string): void;
}

/**
 * The one i18next instance that every namespace of a run (or of an XLIFF import) is looked up
 * through, and the only code that changes its resources: a namespace's catalogs are loaded for
 * the time of the work on it and removed after, so memory stays bounded; the site strings,
 * which every edition shows, stay loaded (`keep`).
 */
export class SharedI18n {
  readonly #instance: I18n;

  constructor(sourceLocale: string, namespaces: readonly string[]) {
    this.#instance = createI18n({}, sourceLocale, namespaces);
  }

  /** The instance, to read through. */
  get reader(): I18nReader {
    return this.#instance;
  }

  /** Loads `catalogs` (each locale's values) as `namespace`, runs `work` with them, then removes them unless `keep`. */
  async withNamespace<T>(namespace: string, catalogs: ReadonlyMap<string, Readonly<Record<string, string>>>, work: (loaded: LoadedNamespace) => Promise<T> | T, { keep = false } = {}): Promise<T> {
    const instance = this.#instance;
    for (const [locale, values] of catalogs) instance.addResourceBundle(locale, namespace, values, false, true);
    try {
      return await work({
        lookup: (locale) => lookupFor(instance, locale, namespace),
        has: (locale, key) => instance.getResource(locale, namespace, key) !== undefined,
        replace: (locale, key, value) => void instance.addResource(locale, namespace, key, value),
      });
    } finally {
      if (!keep) for (const locale of catalogs.keys()) instance.removeResourceBundle(locale, namespace);
    }
  }
}
