import { existsSync } from 'node:fs';
import { loadCatalog } from '../catalog/load-catalog.js';
import type { Config } from '../config/config.js';
import { kindOfKey } from '../extract/assign-keys.js';
import { folderNames } from '../store/folder-names.js';
import { slugPattern } from '../util/slug-pattern.js';
import { TarjamaError } from '../util/tarjama-error.js';
import { listSources } from './list-sources.js';
import type { ProjectPaths } from './project-paths.js';
import { siteNamespace } from './site-namespace.js';

/** A namespace of the project: an article from `source/`, or site strings written as a catalog. */
export interface NamespaceEntry {
  namespace: string;
  kind: 'article' | 'strings';
}

/** The project's namespaces, and what is left of articles whose source is gone. */
export interface Namespaces {
  /** Articles sorted, then site-string namespaces sorted. */
  entries: NamespaceEntry[];
  /** Namespaces with catalogs or a state file but no source (a deleted or renamed article), sorted. */
  orphans: string[];
}

/**
 * Every namespace, and the orphans. A source-locale catalog with no source is an article's
 * extraction left behind when it has a state file or only keys tarjama makes (`p-…`, `h-…`);
 * else it is a namespace of site strings written by hand. An article cannot take the name of
 * one: `common` (the site strings every edition shows) is refused, and so is a slug whose
 * source-locale catalog holds strings tarjama did not extract.
 */
export async function listNamespaces(paths: ProjectPaths, config: Config): Promise<Namespaces> {
  const articles = listSources(paths);
  const known = new Set(articles);
  const names = (folder: string): string[] =>
    folderNames(folder)
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length))
      .filter((namespace) => slugPattern.test(namespace));
  const stated = new Set(names(paths.stateFolder));

  for (const slug of articles) {
    const catalog = paths.catalogFile(config.sourceLocale, slug);
    if (slug === siteNamespace || (!stated.has(slug) && existsSync(catalog) && !(await isExtraction(paths, config, slug)))) {
      throw new TarjamaError(
        `"${slug}" is the name of a namespace of site strings (${paths.relative(catalog)}, written by hand${slug === siteNamespace ? ', shown by every edition' : ''}); an article cannot take it: rename the article (git mv ${paths.relative(paths.sourceFile(slug))} ${paths.relative(paths.sourceFile(`${slug}-article`))})`,
        { file: paths.relative(paths.sourceFile(slug)) },
      );
    }
  }

  const strings: string[] = [];
  const orphans = new Set<string>();
  for (const namespace of names(paths.catalogFolder(config.sourceLocale)).sort()) {
    if (known.has(namespace)) continue;
    if (stated.has(namespace) || (namespace !== siteNamespace && (await isExtraction(paths, config, namespace)))) orphans.add(namespace);
    else strings.push(namespace);
  }
  const taken = new Set([...known, ...strings]);
  for (const namespace of stated) if (!taken.has(namespace)) orphans.add(namespace);
  for (const locale of config.locales) {
    if (locale === config.sourceLocale) continue;
    for (const namespace of names(paths.catalogFolder(locale))) if (!taken.has(namespace)) orphans.add(namespace);
  }
  return {
    entries: [...articles.map((namespace) => ({ namespace, kind: 'article' as const })), ...strings.map((namespace) => ({ namespace, kind: 'strings' as const }))],
    orphans: [...orphans].sort(),
  };
}

/** Whether a source-locale catalog is an article's extraction: not empty, and every key one tarjama makes for an article. */
async function isExtraction(paths: ProjectPaths, config: Config, namespace: string): Promise<boolean> {
  const file = paths.catalogFile(config.sourceLocale, namespace);
  const { catalog } = await loadCatalog(config.sourceLocale, file, paths.relative(file), paths.guard);
  if (catalog.unreadable) return false;
  if (catalog.entries.length === 0) return catalog.exists;
  return catalog.entries.every(({ key }) => /^[a-z0-9-]+$/.test(key) && kindOfKey(key) !== undefined && kindOfKey(key) !== 'string');
}
