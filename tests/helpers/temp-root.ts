import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * vitest's global setup: every temporary folder of a test run (the projects tests copy, the
 * CLI's and tools' own temporary files) goes under one folder, removed when the run ends, so
 * that runs leave nothing in the system's temporary folder whether or not each test cleans up.
 * `TMPDIR` is what `os.tmpdir()` reads, and the workers and the processes they start inherit it.
 */
export default function setup(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), 'tarjama-tests-'));
  process.env.TMPDIR = root;
  return () => {
    rmSync(root, { recursive: true, force: true });
  };
}
