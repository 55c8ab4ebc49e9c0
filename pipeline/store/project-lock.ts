import { closeSync, mkdirSync, openSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { TarjamaError } from '../util/tarjama-error.js';
import { failureReason } from './failure-reason.js';
import { readProjectBytes } from './read-project-file.js';

/** Whether a process id belongs to a running process. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Runs `work` holding the project's lock file, so that two runs that write (extract, build,
 * confirm, xliff import) never interleave: the second is refused with a clear message. A lock
 * left by a killed run (its process is gone) is taken over, and `work` is told so (`abandoned`):
 * that run may have left temporary files. A lock that cannot be made (a read-only or full disk)
 * or that another run took at the same moment is an error that says what to do, never a crash.
 */
export async function withProjectLock<T>(lockFile: string, command: string, shown: string, work: (abandoned: boolean) => Promise<T>): Promise<T> {
  const cannot = (error: unknown): TarjamaError | unknown => {
    const reason = failureReason(error);
    return reason === null
      ? error
      : new TarjamaError(`cannot create the lock file: ${reason}; tarjama keeps its lock, state and archive in ${path.posix.dirname(shown)}, which must be writable (and the disk not full)`, { file: shown });
  };
  try {
    mkdirSync(path.dirname(lockFile), { recursive: true });
  } catch (error) {
    // mkdir says EEXIST when a file stands where one of the folders should be.
    throw cannot((error as NodeJS.ErrnoException).code === 'EEXIST' ? Object.assign(new Error('not a folder'), { code: 'ENOTDIR' }) : error);
  }
  let abandoned = false;
  for (let attempt = 0; ; attempt += 1) {
    try {
      const handle = openSync(lockFile, 'wx');
      try {
        writeSync(handle, `${process.pid} ${command}\n`);
      } finally {
        closeSync(handle);
      }
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') {
        try {
          removeLock(lockFile);
        } catch {
          // The error that stopped the lock is the one to tell.
        }
        throw cannot(error);
      }
      // A lock that cannot be read is taken over as an abandoned one.
      const [pid, holder] = (readProjectBytes(lockFile, null, () => null)?.toString('utf8') ?? '').trim().split(' ');
      if (pid && alive(Number(pid)) && Number(pid) !== process.pid) {
        throw new TarjamaError(`another tarjama run holds the lock (process ${pid}, "${holder ?? '?'}"); wait for it to finish, or delete this file if no tarjama is running`, { file: shown });
      }
      if (attempt > 0) {
        throw new TarjamaError('another tarjama run took over the same abandoned lock at the same moment; wait for it to finish, then run again', { file: shown });
      }
      try {
        removeLock(lockFile);
      } catch (removal) {
        throw cannot(removal);
      }
      abandoned = true;
    }
  }
  try {
    return await work(abandoned);
  } finally {
    try {
      removeLock(lockFile);
    } catch {
      // A lock that cannot be removed is taken over by the next run (its process will be gone).
    }
  }
}

/**
 * Removes the lock file, if it is there. Synchronous, as the lock's other calls are: a run that
 * finds nothing to do loads neither `fs/promises` nor the recursive remover behind `rm`.
 */
function removeLock(lockFile: string): void {
  try {
    unlinkSync(lockFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
