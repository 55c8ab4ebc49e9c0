import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { medianTime } from './median.js';

/** The median of `runs` wall-clock times, in seconds, of one command run in `cwd`. */
function time(runs: number, cwd: string, command: string, args: readonly string[]): number {
  return medianTime(runs, () => spawnSync(command, args, { cwd, stdio: 'ignore' }));
}

/**
 * `npm run tarjama -- check` on the repository against the compiled bin it runs, and npm's own
 * start-up (`npm run` of `node -e 0` against `node -e 0`, in an empty package): the script adds
 * npm's start-up to the bin's run, and nothing more, when no source changed since the compile.
 */
export async function npmStartUp(packageRoot: string, runs: number): Promise<string> {
  const empty = await mkdtemp(path.join(tmpdir(), 'tarjama-npm-'));
  await writeFile(path.join(empty, 'package.json'), JSON.stringify({ name: 'empty', private: true, scripts: { noop: 'node -e 0' } }));
  const npmOwn = time(runs, empty, 'npm', ['run', '--silent', 'noop']) - time(runs, empty, process.execPath, ['-e', '0']);
  await rm(empty, { recursive: true, force: true });
  const bin = time(runs, packageRoot, process.execPath, ['dist/bin/cli.js', 'check', '--quiet']);
  const script = time(runs, packageRoot, 'npm', ['run', '--silent', 'tarjama', '--', 'check', '--quiet']);
  const f = (seconds: number): string => seconds.toFixed(2);
  return `npm run tarjama -- check on this repository, ${runs}-run medians: ${f(script)} s against ${f(bin)} s for the bin, +${f(script - bin)} s; npm's own start-up: +${f(npmOwn)} s`;
}
