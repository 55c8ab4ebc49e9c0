import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { assertInsideProject } from './inside-project.js';
import { TarjamaError } from './tarjama-error.js';

/** What a write did: nothing when the file already had this content. */
export type WriteResult = 'written' | 'unchanged';

/**
 * Writes `content` to `file` through a temporary file in the same folder and a rename, so
 * that readers — and a run killed half-way — only ever see the old file or the new one; leaves
 * the file alone when unchanged. With `root`, refuses to write outside the project.
 * The calls are synchronous: a build writes thousands of small files, and a thread-pool hop
 * for each step costs more than the step.
 */
export async function writeFileAtomic(file: string, content: string, root?: string): Promise<WriteResult> {
  if (holdsContent(file, content, root)) return 'unchanged';
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temporary, content, 'utf8');
    renameSync(temporary, file);
  } catch (error) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // The write failed already; that is the error to report.
    }
    throw failure(error, file, root);
  }
  return 'written';
}

const reasons: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
  EISDIR: 'a folder has that name',
  ENOTDIR: 'a file stands where a folder should be',
};

/** A write error as the user can act on it; the previous file, if any, is untouched. */
function failure(error: unknown, file: string, root: string | undefined): Error {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (error instanceof TarjamaError || !(code in reasons)) return error as Error;
  const shown = root === undefined ? file : path.relative(root, file).split(path.sep).join('/');
  return new TarjamaError(`cannot write: ${reasons[code]} (${code}); the previous version of the file is left as it was`, { file: shown });
}

/** Whether `file` already holds exactly `content` (false when absent). With `root`, refuses a file outside the project. */
export function holdsContent(file: string, content: string, root?: string): boolean {
  if (root !== undefined) assertInsideProject(root, file);
  try {
    return readFileSync(file, 'utf8') === content;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw failure(error, file, root);
  }
}
