import { readFile } from 'node:fs/promises';
import type { Config } from '../config/config.js';
import { readSource, type SourceDocument } from '../extract/read-source.js';
import { TarjamaError } from '../io/tarjama-error.js';
import { listSources } from './list-sources.js';
import { projectPaths, type ProjectPaths } from './project-paths.js';

/** A project's config, paths and parsed sources. */
export interface Project {
  config: Config;
  paths: ProjectPaths;
  documents: SourceDocument[];
}

/** Reads and parses every source article of the project at `root`. */
export async function loadProject(root: string, config: Config): Promise<Project> {
  const paths = projectPaths(root, config);
  const documents: SourceDocument[] = [];
  for (const namespace of await listSources(paths)) {
    const file = paths.sourceFile(namespace);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new TarjamaError(`cannot read the source: ${(error as Error).message}`, { file: paths.relative(file) });
    }
    documents.push(readSource(namespace, paths.relative(file), text, config.frontMatterFields));
  }
  return { config, paths, documents };
}
