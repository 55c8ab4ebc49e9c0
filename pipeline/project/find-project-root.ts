import { existsSync } from 'node:fs';
import path from 'node:path';

/** What marks a project's root, by preference: the nearest folder upwards that passes the first test wins. */
const markers: ReadonlyArray<(folder: string) => boolean> = [
  // A project's own config, or the default layout of one without a config.
  (folder) => existsSync(path.join(folder, 'tarjama.config.json')) || (existsSync(path.join(folder, 'source')) && existsSync(path.join(folder, 'locales'))),
  (folder) => existsSync(path.join(folder, 'package.json')),
];

/**
 * The project that a folder is in, found as git and eslint find theirs: the nearest folder,
 * from `start` up, that holds `tarjama.config.json` (or `source/` and `locales/`, a project
 * with the default config); failing that, the nearest that holds `package.json`. Null when no
 * folder up to the file system's root holds any of them.
 */
export function findProjectRoot(start: string): string | null {
  for (const marks of markers) {
    for (let folder = path.resolve(start); ; folder = path.dirname(folder)) {
      if (marks(folder)) return folder;
      if (path.dirname(folder) === folder) break;
    }
  }
  return null;
}
