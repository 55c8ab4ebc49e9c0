import { readdirSync } from 'node:fs';
import { slugPattern } from '../util/slug-pattern.js';
import { TarjamaError } from '../util/tarjama-error.js';
import type { ProjectPaths } from './project-paths.js';

/** The namespaces of a project: one per `source/<slug>.md`, sorted. Synchronous: one listing, and no `fs/promises` to load for it. */
export function listSources(paths: ProjectPaths): string[] {
  let names: string[];
  try {
    names = readdirSync(paths.sourceDir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new TarjamaError(`there is no source folder in ${paths.root}: write the articles as ${paths.relative(paths.sourceFile('<slug>'))}, or set "sourceDir" in tarjama.config.json`, { file: paths.relative(paths.sourceDir) });
    }
    throw new TarjamaError(`cannot read the source folder: ${code ?? (error as Error).message}`, { file: paths.relative(paths.sourceDir) });
  }
  const slugs: string[] = [];
  for (const name of names.filter((entry) => entry.endsWith('.md')).sort()) {
    const slug = name.slice(0, -'.md'.length);
    if (!slugPattern.test(slug)) {
      throw new TarjamaError('a source file name must be a slug of letters, digits, "-" and "_" (it becomes the i18next namespace and the output file name)', {
        file: paths.relative(paths.sourceFile(slug)),
      });
    }
    slugs.push(slug);
  }
  if (slugs.length === 0) throw new TarjamaError('no Markdown sources (*.md) found', { file: paths.relative(paths.sourceDir) });
  return slugs;
}
