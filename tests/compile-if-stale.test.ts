import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newerSource } from '../pipeline/cli/newer-source.js';
import { cliPath } from './helpers/run-cli.js';

/** Sets a file's modification time, in seconds from now. */
const age = (file: string, seconds: number): Promise<void> => {
  const time = Date.now() / 1000 + seconds;
  return utimes(file, time, time);
};

describe('newerSource', () => {
  it('names the first source or manifest newer than the bin, and nothing else', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'tarjama-newer-'));
    await mkdir(path.join(root, 'pipeline', 'extract'), { recursive: true });
    for (const file of ['package.json', 'pipeline/extract/plan.ts', 'pipeline/extract/gone.ts', 'pipeline/extract/README.md']) {
      await writeFile(path.join(root, file), '{}');
      await age(path.join(root, file), -100);
    }
    for (const folder of ['pipeline', 'pipeline/extract']) await age(path.join(root, folder), -100);
    const compiledAt = Date.now() - 50_000;
    expect(newerSource(root, compiledAt)).toBeNull();
    await age(path.join(root, 'pipeline/extract/README.md'), 0);
    expect(newerSource(root, compiledAt)).toBeNull();
    await age(path.join(root, 'pipeline/extract/plan.ts'), 0);
    expect(newerSource(root, compiledAt)).toBe('pipeline/extract/plan.ts');
    await age(path.join(root, 'pipeline/extract/plan.ts'), -100);
    await age(path.join(root, 'package.json'), 0);
    expect(newerSource(root, compiledAt)).toBe('package.json');
    await age(path.join(root, 'package.json'), -100);
    // A source deleted leaves nothing newer but its folder, which the bin still holds the code of.
    await rm(path.join(root, 'pipeline/extract/gone.ts'));
    expect(newerSource(root, compiledAt)).toBe('pipeline/extract');
  });
});

describe('npm run tarjama', () => {
  /** A checkout with the real bundled bin, whose `compile` script leaves a mark instead of compiling. */
  let root = '';
  const bin = (): string => path.join(root, 'dist', 'bin', 'cli.js');
  const manifest = (compile: string): string =>
    JSON.stringify({ name: 'tarjama', version: '0.1.0', type: 'module', scripts: { compile, tarjama: 'node dist/bin/cli.js' } });
  const npmRun = (...args: string[]) => spawnSync('npm', ['run', '--silent', 'tarjama', '--', ...args], { cwd: root, encoding: 'utf8' });

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'tarjama-checkout-'));
    await cp(path.dirname(cliPath), path.join(root, 'dist', 'bin'), { recursive: true });
    await mkdir(path.join(root, 'pipeline'));
    await writeFile(path.join(root, 'pipeline', 'cli.ts'), '');
  });

  it('runs the bin as it is when no source is newer', async () => {
    await writeFile(path.join(root, 'package.json'), manifest("node -e \"require('fs').writeFileSync('compiled', '')\""));
    // The folder too: a file made in it a moment ago (beforeAll) can carry a time within the
    // millisecond `Date.now()` gives the bin below, and later in it (file times have nanoseconds).
    for (const file of ['package.json', 'pipeline/cli.ts', 'pipeline']) await age(path.join(root, file), -100);
    await age(bin(), 0);
    const run = npmRun('--version');
    expect(run.stdout).toBe('tarjama 0.1.0\n');
    expect(run.stderr).toBe('');
    expect(existsSync(path.join(root, 'compiled'))).toBe(false);
  });

  it('compiles first, says so on stderr, and runs the same command, when a source changed', async () => {
    await age(path.join(root, 'pipeline/cli.ts'), 10);
    const run = npmRun('--version');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('tarjama 0.1.0\n');
    expect(run.stderr).toContain('pipeline/cli.ts changed since the last compile: compiling first (npm run compile)');
    expect(existsSync(path.join(root, 'compiled'))).toBe(true);
    await rm(path.join(root, 'compiled'));
  });

  it('stops with the compiler’s exit code when the compile fails, and runs nothing', async () => {
    await writeFile(path.join(root, 'package.json'), manifest("node -e \"console.log('error TS1005: something'); process.exit(3)\""));
    const run = npmRun('--version');
    expect(run.status).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('error TS1005: something');
    expect(run.stderr).toContain('the compile failed: fix the errors above and run the command again');
  });

  it('never compiles when the bin is run directly, as an installed package runs it', async () => {
    const before = (await stat(bin())).mtimeMs;
    const run = spawnSync(process.execPath, [bin(), '--version'], { cwd: root, encoding: 'utf8' });
    expect(run.stdout).toBe('tarjama 0.1.0\n');
    expect(run.stderr).toBe('');
    expect((await stat(bin())).mtimeMs).toBe(before);
  });
});
