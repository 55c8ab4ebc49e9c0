import { completeJournal, type Completion } from '../store/journal.js';
import { removeTemporaries } from '../store/remove-temporaries.js';
import { diskOps, type FileOps } from '../store/write-file-atomic.js';
import type { ProjectPaths } from './project-paths.js';

/** What a run found left over by a run that was stopped, and put right. */
export interface Recovery {
  /** The stopped run's multi-file write, now completed. */
  completed: Completion | null;
  /** Temporary files removed. */
  temporaries: number;
}

/**
 * Puts right what a stopped run left (under the project's lock, before a command writes):
 * completes its journal, so that the project is as that run would have left it, and removes
 * its temporary files.
 */
export function recoverProject(paths: ProjectPaths, ops: FileOps = diskOps): Recovery {
  const completed = completeJournal(paths, ops);
  const temporaries = removeTemporaries(paths.guard, [paths.localesDir, paths.outputDir]);
  return { completed, temporaries };
}
