import { existsSync, lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { relativePath } from '../util/relative-path.js';
import { TarjamaError } from '../util/tarjama-error.js';

/**
 * Asserts that a file tarjama is about to read or write lies inside the project once every
 * symbolic link is resolved, and is not itself a link out of it: a catalog or an output folder
 * linked to /etc cannot make tarjama read or write there.
 */
export function assertInsideProject(root: string, file: string): void {
  // Resolved on every call, as the file is: `projectGuard` spares a run most calls.
  const realRoot = realpathSync(root);
  let existing = path.resolve(file);
  const tail: string[] = [];
  while (!existsSync(existing)) {
    tail.unshift(path.basename(existing));
    const parent = path.dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  const real = path.join(realpathSync(existing), ...tail);
  const relative = path.relative(realRoot, real);
  const shown = relativePath(root, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new TarjamaError(`resolves to ${real}, outside the project (a symbolic link?); tarjama only reads and writes inside the project`, { file: shown });
  }
  if (existsSync(file) && lstatSync(file).isSymbolicLink()) {
    throw new TarjamaError('is a symbolic link; tarjama does not read or write through links (replace it with the file itself)', { file: shown });
  }
}
