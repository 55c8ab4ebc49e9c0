import { rmSync } from 'node:fs';
import type { ProjectGuard } from './project-guard.js';
import { writeFailure } from './write-file-atomic.js';

/**
 * Removes a file of the project if it is there, through the run's guard: a file found by
 * listing a folder (reached through a link, perhaps) is refused before anything is removed.
 * A failure is the write error the user can act on.
 */
export function removeFile(file: string, guard: ProjectGuard): void {
  guard.stat(file);
  try {
    rmSync(file, { force: true });
  } catch (error) {
    throw writeFailure(error, file, guard.root);
  }
}
