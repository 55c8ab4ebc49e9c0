import { accessSync, constants, mkdtempSync, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * vitest's global setup: every temporary folder of a test run (the projects tests copy, the
 * CLI's and tools' own temporary files) goes under one folder, removed when the run ends, so
 * that runs leave nothing in the system's temporary folder whether or not each test cleans up.
 * `TMPDIR` is what `os.tmpdir()` reads, and the workers and the processes they start inherit it.
 */
export default function setup(): () => void {
  const root = mkdtempSync(path.join(temporaryBase(), 'tarjama-tests-'));
  process.env.TMPDIR = root;
  return () => {
    rmSync(root, { recursive: true, force: true });
  };
}

/** The memory file system Linux mounts, when there is one with room for a run's files. */
const memoryFolder = '/dev/shm';

/** Free space the folder must have: the long runs' projects, their editions and reports take a few hundred megabytes. */
const roomNeeded = 2 * 1024 ** 3;

/**
 * Where the run's folder goes: the `TMPDIR` the user set, else `/dev/shm` when it is a
 * writable memory file system with room, else the system's temporary folder. On this
 * repository's CI machine `/tmp` is ext4 mounted with `discard`, where creating and removing
 * the tests' hundreds of thousands of files cost `npm run test:long` a fifth of its time
 * (the README, under the architecture, has the figures).
 */
function temporaryBase(): string {
  if (process.env.TMPDIR !== undefined && process.env.TMPDIR !== '') return tmpdir();
  try {
    accessSync(memoryFolder, constants.W_OK);
    const { bavail, bsize } = statfsSync(memoryFolder);
    if (bavail * bsize >= roomNeeded) return memoryFolder;
  } catch {
    // No such folder (macOS, Windows), or not ours to write in.
  }
  return tmpdir();
}
