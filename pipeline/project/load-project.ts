import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadCatalog } from '../catalog/load-catalog.js';
import type { Config } from '../config/config.js';
import { readSource, type SourceDocument } from '../extract/read-source.js';
import { readStrings } from '../extract/read-strings.js';
import { TarjamaError } from '../io/tarjama-error.js';
import type { LocaleCatalog } from '../catalog/locale-catalog.js';
import { listSources } from './list-sources.js';
import { projectPaths, type ProjectPaths } from './project-paths.js';

/** A project's config, paths, parsed sources and source-locale catalogs. */
export interface Project {
  config: Config;
  paths: ProjectPaths;
  documents: SourceDocument[];
  /** `locales/<sourceLocale>/<ns>.json` by namespace: as last extracted for articles, as written for site strings. */
  sourceCatalogs: Map<string, LocaleCatalog>;
}

/**
 * Reads and parses every source article of the project at `root`, keyed by its previous
 * extraction so that keys survive edits, moves and insertions; then the namespaces of site
 * strings (source-locale catalogs without an article).
 */
export async function loadProject(root: string, config: Config): Promise<Project> {
  const paths = projectPaths(root, config);
  const documents: SourceDocument[] = [];
  const sourceCatalogs = new Map<string, LocaleCatalog>();
  for (const namespace of await listSources(paths)) {
    const file = paths.sourceFile(namespace);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new TarjamaError(`cannot read the source: ${(error as Error).message}`, { file: paths.relative(file) });
    }
    const catalogFile = paths.catalogFile(config.sourceLocale, namespace);
    const catalog = await loadCatalog(config.sourceLocale, catalogFile, paths.relative(catalogFile));
    sourceCatalogs.set(namespace, catalog);
    const previous = catalog.catalog.entries.flatMap((entry) => (typeof entry.value === 'string' ? [{ key: entry.key, text: entry.value }] : []));
    documents.push(readSource(namespace, paths.relative(file), text, config.frontMatterFields, previous));
  }
  for (const namespace of await listStringNamespaces(paths, config.sourceLocale, new Set(sourceCatalogs.keys()))) {
    const catalogFile = paths.catalogFile(config.sourceLocale, namespace);
    const catalog = await loadCatalog(config.sourceLocale, catalogFile, paths.relative(catalogFile));
    sourceCatalogs.set(namespace, catalog);
    documents.push(readStrings(namespace, catalog));
  }
  return { config, paths, documents, sourceCatalogs };
}

/** The source-locale catalogs with no article behind them: namespaces of site strings, written by hand. */
async function listStringNamespaces(paths: ProjectPaths, sourceLocale: string, articles: ReadonlySet<string>): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(path.dirname(paths.catalogFile(sourceLocale, 'x')));
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .filter((namespace) => !articles.has(namespace) && /^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(namespace))
    .sort();
}
