import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config/config.js';
import { listSources } from './list-sources.js';
import type { ProjectPaths } from './project-paths.js';

/** A namespace of the project: an article from `source/`, or site strings written as a catalog. */
export interface NamespaceEntry {
  namespace: string;
  kind: 'article' | 'strings';
}

/** Every namespace, without reading any content: articles sorted, then site-string namespaces sorted. */
export async function listNamespaces(paths: ProjectPaths, config: Config): Promise<NamespaceEntry[]> {
  const articles = await listSources(paths);
  const known = new Set(articles);
  let names: string[];
  try {
    names = await readdir(path.dirname(paths.catalogFile(config.sourceLocale, 'x')));
  } catch {
    names = [];
  }
  const strings = names
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .filter((namespace) => !known.has(namespace) && /^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(namespace))
    .sort();
  return [...articles.map((namespace) => ({ namespace, kind: 'article' as const })), ...strings.map((namespace) => ({ namespace, kind: 'strings' as const }))];
}
