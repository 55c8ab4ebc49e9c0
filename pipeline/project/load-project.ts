import type { LocaleCatalog } from '../catalog/locale-catalog.js';
import type { StateRecord } from '../catalog/state-file.js';
import type { Config } from '../config/config.js';
import type { SourceDocument } from '../extract/read-source.js';
import { loadHtmlParser } from '../markdown/html-parser.js';
import { listNamespaces } from './list-namespaces.js';
import { loadDocument } from './load-document.js';
import { projectPaths, type ProjectPaths } from './project-paths.js';

/** A project's config, paths, parsed sources and source-locale catalogs. */
export interface Project {
  config: Config;
  paths: ProjectPaths;
  documents: SourceDocument[];
  /** `locales/<sourceLocale>/<ns>.json` by namespace: as last extracted for articles, as written for site strings. */
  sourceCatalogs: Map<string, LocaleCatalog>;
  /** Each namespace's state file as read. */
  states: Map<string, StateRecord>;
  /** Orphans: namespaces whose source is gone (see `listNamespaces`). */
  orphans: string[];
}

/**
 * Reads and parses every namespace of the project at `root` (articles, then site strings), for
 * the commands that exchange translations with other tools (XLIFF, PO, po4a), `confirm` and
 * `suggest`. Their translations come from files of every kind, so the HTML parser is loaded
 * whatever the sources hold: they are run by hand, and its 15 ms are not worth a path that forgets it.
 */
export async function loadProject(root: string, config: Config): Promise<Project> {
  await loadHtmlParser();
  const paths = projectPaths(root, config);
  const documents: SourceDocument[] = [];
  const sourceCatalogs = new Map<string, LocaleCatalog>();
  const states = new Map<string, StateRecord>();
  const { entries, orphans } = await listNamespaces(paths, config);
  for (const entry of entries) {
    const loaded = await loadDocument(paths, config, entry);
    documents.push(loaded.document);
    sourceCatalogs.set(entry.namespace, loaded.sourceCatalog);
    states.set(entry.namespace, loaded.state);
  }
  return { config, paths, documents, sourceCatalogs, states, orphans };
}
