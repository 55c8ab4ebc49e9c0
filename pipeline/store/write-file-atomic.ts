import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { relativePath } from '../util/relative-path.js';
import { TarjamaError } from '../util/tarjama-error.js';
import { failureReason } from './failure-reason.js';
import { assertInsideProject } from './inside-project.js';
import type { ProjectGuard } from './project-guard.js';
import { readProjectBytes } from './read-project-file.js';

/** What a write did: nothing when the file already had this content. */
export type WriteResult = 'written' | 'unchanged';

/**
 * The file-system calls a run changes files with. Tests pass their own, to fail a given
 * call (a full disk, a read-only folder) and see what the run leaves behind.
 */
export interface FileOps {
  /** Creates or replaces a file (the temporary one), making its folder when needed. */
  write(file: string, content: string): void;
  rename(from: string, to: string): void;
  /** Removes a file; an absent one is an ENOENT error. */
  remove(file: string): void;
}

/** The real file system. */
export const diskOps: FileOps = {
  write(file, content) {
    // The folder is made only when missing: a build writes thousands of files into a few folders.
    try {
      writeFileSync(file, content, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, content, 'utf8');
    }
  },
  rename: renameSync,
  remove: (file) => rmSync(file),
};

/** The name of a file's temporary sibling: `.<name>.<12 hex digits>.tmp`, cleaned up by the next run if left behind. */
export const temporaryName = /^\..+\.[0-9a-f]{12}\.tmp$/;

/**
 * Writes `content` to `file` through a temporary file in the same folder and a rename, so
 * that readers — and a run killed half-way — only ever see the old file or the new one; leaves
 * the file alone when unchanged. With `root`, refuses to write outside the project.
 * The calls are synchronous: a build writes thousands of small files, and a thread-pool hop
 * for each step costs more than the step. `within` is the project's root, or the run's guard,
 * which checks a file in a folder it has seen with one `lstat` (a build writes thousands).
 */
export async function writeFileAtomic(file: string, content: string, within?: string | ProjectGuard, ops: FileOps = diskOps): Promise<WriteResult> {
  if (holdsContent(file, content, within)) return 'unchanged';
  replaceFile(file, content, typeof within === 'string' ? within : within?.root, ops);
  return 'written';
}

/** Writes `content` to `file` through a temporary file and a rename, without comparing first. */
export function replaceFile(file: string, content: string, root: string | undefined, ops: FileOps = diskOps): void {
  const temporary = temporaryFor(file);
  try {
    ops.write(temporary, content);
    ops.rename(temporary, file);
  } catch (error) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // The write failed already; that is the error to report.
    }
    throw writeFailure(error, file, root);
  }
}

/** A file's temporary sibling, new for each write (`temporaryName`): six random bytes, drawn from a pool (one call to the system's generator per 682 names). */
export function temporaryFor(file: string): string {
  if (pooled + 6 > pool.length) {
    pool = randomBytes(4092);
    pooled = 0;
  }
  const suffix = pool.toString('hex', pooled, (pooled += 6));
  return path.join(path.dirname(file), `.${path.basename(file)}.${suffix}.tmp`);
}

let pool = Buffer.alloc(0);
let pooled = 0;

/** A write error as the user can act on it; the previous file, if any, is untouched. */
export function writeFailure(error: unknown, file: string, root: string | undefined): Error {
  const reason = failureReason(error);
  if (error instanceof TarjamaError || reason === null) return error as Error;
  const shown = root === undefined ? file : relativePath(root, file);
  return new TarjamaError(`cannot write: ${reason}; the previous version of the file is left as it was`, { file: shown });
}

/** Whether `file` already holds exactly `content` (false when absent). With the project's root or guard, refuses a file outside the project. */
export function holdsContent(file: string, content: string, within?: string | ProjectGuard): boolean {
  if (typeof within === 'string') assertInsideProject(within, file);
  const root = typeof within === 'string' ? within : within?.root;
  // The guard's lstat says whether there is a file to compare: a cold build writes thousands of
  // new ones, and a read that fails costs more than the lstat. (A file where a folder of the
  // path should be is no file to compare either: the write then fails, and says why.)
  if (typeof within === 'object' && within.stat(file) === undefined) return false;
  const bytes = readProjectBytes(file, null, (error) => {
    throw writeFailure(error, file, root);
  });
  return bytes !== null && bytes.equals(Buffer.from(content));
}
