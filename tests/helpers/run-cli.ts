import { spawnSync } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The compiled CLI, as the package's `bin` runs it (`npm test` compiles first). */
export const cliPath = path.join(repoRoot, 'dist', 'bin', 'cli.js');

/** What a CLI run printed and returned. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI in a child process with `--cwd project`. */
export function runCli(project: string, args: readonly string[]): CliResult {
  const result = spawnSync(process.execPath, [cliPath, ...args, '--cwd', project], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Copies a folder (a fixture project, or parts of this repository) to a fresh temporary folder. */
export async function copyToTemp(source: string, filter?: (file: string) => boolean): Promise<string> {
  const target = await mkdtemp(path.join(tmpdir(), 'tarjama-'));
  await cp(source, target, { recursive: true, filter: filter ? (file) => filter(file) : undefined });
  return target;
}
