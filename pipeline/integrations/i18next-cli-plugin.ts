import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pluralKey } from '../rules/plurals.js';

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
  ns?: string;
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

// tarjama's own namespace rule (a catalog named otherwise is not one of its namespaces).
const namespacePattern = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** An i18next-cli plugin that adds the keys of tarjama's source-locale catalogs to what `status` counts. */
export function tarjamaPlugin(options: TarjamaPluginOptions = {}): CliPlugin {
  const folder = path.join(options.localesDir ?? 'locales', options.sourceLocale ?? 'en');
  // For `status`. `i18next-cli extract` rewrites every catalog it knows (sorted, "" for missing
  // keys, plural forms cut to the source locale's), and empties them without this plugin: keep it off tarjama's.
  return {
    name: 'tarjama',
    // onEnd runs after the code scan and before the keys are compared with the catalogs.
    async onEnd(keys) {
      const entries = await readdir(folder, { withFileTypes: true });
      for (const entry of entries.filter((item) => item.isFile() && item.name.endsWith('.json')).sort((a, b) => a.name.localeCompare(b.name))) {
        const ns = entry.name.slice(0, -'.json'.length);
        if (!namespacePattern.test(ns)) continue;
        const catalog = await readStrings(path.join(folder, entry.name));
        for (const [key, text] of Object.entries(catalog)) {
          // A plural goes in as its base with hasCount, so that status asks each locale for the
          // forms Intl.PluralRules gives it (ar: six), as tarjama's `plurals` rule does.
          const plural = pluralKey(key);
          const found: CliKey = plural
            ? { key: plural.base, ns, defaultValue: catalog[`${plural.base}_other`] ?? text, hasCount: true }
            : { key, ns, defaultValue: text };
          // i18next-cli's own identity for a key, so that a key also used in code counts once.
          const id = `${ns}:${found.key}`;
          if (!keys.has(id)) keys.set(id, found);
        }
      }
    },
  };
}

/** Reads a flat catalog, failing with the file and key when it is not an object of strings. */
async function readStrings(file: string): Promise<Record<string, string>> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot read the catalog: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${file}: expected a JSON object of strings`);
  for (const [key, text] of Object.entries(value)) {
    if (typeof text !== 'string') throw new Error(`${file}: "${key}" is ${JSON.stringify(text).slice(0, 40)}; expected a string (run tarjama check)`);
  }
  return value as Record<string, string>;
}
