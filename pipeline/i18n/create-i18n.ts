import i18next, { type i18n as I18n, type Resource } from 'i18next';

/**
 * A real i18next instance holding every catalog: `resources[lng][ns]`, flat keys.
 * No fallback language: a missing Arabic key must stay missing, never become English, and a
 * missing `ar-MA` key must not become the `ar` text either (what `load: 'all'` would do). A
 * fallback the config declares is filled into the locale's catalog before it gets here.
 */
export function createI18n(resources: Resource, sourceLocale: string, namespaces: readonly string[]): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: sourceLocale,
    fallbackLng: false,
    load: 'currentOnly',
    ns: [...namespaces],
    defaultNS: namespaces[0] ?? 'translation',
    keySeparator: false,
    nsSeparator: false,
    initAsync: false,
    returnEmptyString: true,
    interpolation: { escapeValue: false },
  });
  return instance;
}

/**
 * Looks a message up by key with `t()`. Article text is never re-interpreted: no
 * `{{interpolation}}`, no `$t(nesting)`, no HTML escaping. The instance's own `t` with the
 * language and namespace, which is what a `getFixedT` function calls: that function also copies
 * every option of the instance on each call, which made a lookup seven times slower.
 */
export function lookupFor(instance: I18n, locale: string, namespace: string): (key: string) => string | undefined {
  const options = { lng: locale, ns: namespace, skipInterpolation: true, nest: false, defaultValue: absent };
  return (key) => {
    const found = instance.t(key, options);
    // One lookup, not `exists` and then `t`: only a text that reads as the stand-in is asked about again.
    return found === absent && !instance.exists(key, { lng: locale, ns: namespace }) ? undefined : found;
  };
}

/** What `t` gives for a key the catalog lacks (no translation reads so: it holds NUL). */
const absent = '\u0000tarjama: no such key\u0000';
