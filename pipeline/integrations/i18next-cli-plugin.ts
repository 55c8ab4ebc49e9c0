import { readdir } from 'node:fs/promises';
import { loadCatalog } from '../catalog/load-catalog.js';
import { defaultConfig } from '../config/config.js';
import { projectPaths, type ProjectPaths } from '../project/project-paths.js';
import { pluralCategories, pluralKey } from '../rules/plurals.js';
import { slugPattern } from '../util/slug-pattern.js';
import { TarjamaError } from '../util/tarjama-error.js';

export { i18nextCliLocales } from './i18next-cli-locales.js';

/** Where the plugin finds tarjama's catalogs, relative to the folder i18next-cli runs in. */
export interface TarjamaPluginOptions {
  /** The catalogs' folder, tarjama's `localesDir` (default `locales`). */
  localesDir?: string;
  /** The locale whose catalogs hold every key with its English text (default `en`). */
  sourceLocale?: string;
}

/** A key as i18next-cli's `onEnd` receives it: the fields of its `ExtractedKey` that tarjama sets. */
export interface CliKey {
  key: string;
  /** `false` when the app's i18next-cli config has `defaultNS: false`; tarjama's keys always have one. */
  ns?: string | false;
  defaultValue?: string;
  hasCount?: boolean;
}

/**
 * The part of i18next-cli's `Plugin` that tarjama implements. Declared here rather than imported:
 * under NodeNext the package's own declarations resolve to `any` (their relative imports have no
 * extension), and dist/ must not load i18next-cli at run time. A test checks it against the real type.
 */
export interface CliPlugin {
  name: string;
  onEnd: (keys: Map<string, CliKey>) => Promise<void>;
}

/**
 * An i18next-cli plugin that adds the keys of tarjama's source-locale catalogs to the keys found in
 * code: `status` counts them, and `extract` and `sync` treat them as used.
 */
export function tarjamaPlugin(options: TarjamaPluginOptions = {}): CliPlugin {
  // The folder i18next-cli runs in stands for the project root: the catalogs are where tarjama keeps them from there.
  const paths = projectPaths(process.cwd(), { ...defaultConfig, localesDir: options.localesDir ?? defaultConfig.localesDir });
  const sourceLocale = options.sourceLocale ?? defaultConfig.sourceLocale;
  // i18next-cli's own defaults still rewrite the catalogs (sorted, keys no code uses deleted):
  // the repository's i18next.config.mjs sets `sort: false` and `removeUnusedKeys: false`.
  return {
    name: 'tarjama',
    // onEnd runs after the code scan and before the keys are compared with the catalogs.
    async onEnd(keys) {
      const entries = await readdir(paths.catalogFolder(sourceLocale), { withFileTypes: true });
      for (const entry of entries.filter((item) => item.isFile() && item.name.endsWith('.json')).sort((a, b) => a.name.localeCompare(b.name))) {
        const ns = entry.name.slice(0, -'.json'.length);
        // tarjama's own namespace rule: a catalog named otherwise is not one of its namespaces.
        if (!slugPattern.test(ns)) continue;
        const catalog = await catalogStrings(paths, sourceLocale, ns);
        for (const [key, text] of Object.entries(catalog)) {
          // A plural goes in as its base with hasCount, so that status asks each locale for the
          // forms Intl.PluralRules gives it (ar: six), as tarjama's `plurals` rule does.
          const plural = pluralKey(key);
          const found: CliKey = plural
            ? { key: plural.base, ns, defaultValue: catalog[`${plural.base}_other`] ?? text, hasCount: true }
            : { key, ns, defaultValue: text };
          // i18next-cli's own identity for a key, so that a key also used in code counts once; a
          // plural used in code is there as its forms (`reading-time_one`…), each with hasCount.
          const id = `${ns}:${found.key}`;
          const inCode = keys.has(id) || (plural !== null && pluralCategories.some((category) => keys.get(`${id}_${category}`)?.hasCount));
          if (!inCode) keys.set(id, found);
        }
      }
    },
  };
}

/**
 * A source-locale catalog's strings by key, loaded as every command loads a catalog (the store,
 * then `readCatalog`), without the run's guard: the folder is wherever the plugin's options lead,
 * not inside a tarjama project. Keys come in the order `JSON.parse` gives them, a repeated key
 * with its last value; a catalog tarjama cannot use, or a value that is not a string, fails at
 * its place.
 */
async function catalogStrings(paths: ProjectPaths, locale: string, namespace: string): Promise<Record<string, string>> {
  const file = paths.catalogFile(locale, namespace);
  const shown = paths.relative(file);
  try {
    const { catalog } = await loadCatalog(locale, file, shown, null);
    const problem = catalog.problems.find((item) => item.kind !== 'duplicate');
    if (problem) throw new TarjamaError(`${problem.message} (run tarjama check)`, { file: shown, ...problem.position });
    return Object.fromEntries(catalog.values);
  } catch (error) {
    // i18next-cli prints an error's message: the place goes into it.
    throw error instanceof TarjamaError ? new Error(error.located(), { cause: error }) : error;
  }
}
