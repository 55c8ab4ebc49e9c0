import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { ProjectGuard } from './project-guard.js';
import { temporaryName } from './write-file-atomic.js';

/**
 * Removes the temporary files (`.<name>.<hex>.tmp`) that runs killed between writing one and
 * renaming it left in `folders` and below; returns how many. Called under the project's lock,
 * so no other run is writing one.
 */
export function removeTemporaries(guard: ProjectGuard, folders: readonly string[]): number {
  let removed = 0;
  const visit = (folder: string): void => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      // Joined only for a folder or a temporary file: a project holds thousands of other files.
      if (entry.isDirectory()) visit(path.join(folder, entry.name));
      else if (entry.isFile() && temporaryName.test(entry.name)) {
        const file = path.join(folder, entry.name);
        // A folder listed through a link out of the project is refused before anything in it is removed.
        guard.stat(file);
        try {
          rmSync(file);
          removed += 1;
        } catch {
          // Left for the next run: a temporary file is never read.
        }
      }
    }
  };
  for (const folder of folders) visit(folder);
  return removed;
}
