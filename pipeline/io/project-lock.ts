import { mkdir, open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { TarjamaError } from './tarjama-error.js';

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
 * left by a killed run (its process is gone) is taken over.
 */
export async function withProjectLock<T>(lockFile: string, command: string, shown: string, work: () => Promise<T>): Promise<T> {
  await mkdir(path.dirname(lockFile), { recursive: true });
  for (let attempt = 0; ; attempt += 1) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(`${process.pid} ${command}\n`);
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      const [pid, holder] = (await readFile(lockFile, 'utf8').catch(() => '')).trim().split(' ');
      if (pid && alive(Number(pid)) && Number(pid) !== process.pid) {
        throw new TarjamaError(`another tarjama run holds the lock (process ${pid}, "${holder ?? '?'}"); wait for it to finish, or delete this file if no tarjama is running`, { file: shown });
      }
      await rm(lockFile, { force: true });
    }
  }
  try {
    return await work();
  } finally {
    await rm(lockFile, { force: true });
  }
}
