import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { newerSource } from './newer-source.js';

/** What `compileIfStale` needs to know of the process. */
export interface Invocation {
  /** The compiled bin that runs (`dist/bin/cli.js`), resolved. */
  bin: string;
  /** The arguments after node and the bin. */
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  stderr: (text: string) => void;
}

/**
 * `npm run tarjama` in tarjama's own checkout runs the compiled bin, compiled once by `npm ci`
 * (`prepare`). When a source changed since (a pull, an edit), this compiles again and runs the
 * new bin with the same arguments, and returns its exit code; it returns null when the bin is
 * fresh or is not run by the checkout's own `tarjama` script (an installed bin never compiles).
 */
export function compileIfStale({ bin, argv, env, stderr }: Invocation): number | null {
  if (env.npm_lifecycle_event !== 'tarjama' || env.npm_package_json === undefined || env.TARJAMA_COMPILED === '1') return null;
  const root = path.dirname(env.npm_package_json);
  if (path.join(root, 'dist', 'bin', 'cli.js') !== bin) return null;
  const changed = newerSource(root, statSync(bin).mtimeMs);
  if (changed === null) return null;
  stderr(`tarjama: ${changed} changed since the last compile: compiling first (npm run compile)\n`);
  // Loaded only here: every run of the CLI passes through this function, and Node's child_process (with net and dgram) takes milliseconds to load.
  const { spawnSync } = createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process');
  const npm = env.npm_execpath ? [process.execPath, env.npm_execpath] : ['npm'];
  // The compiler's messages go to stderr: stdout is the command's report.
  const compile = spawnSync(npm[0]!, [...npm.slice(1), 'run', '--silent', 'compile'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (compile.status !== 0) {
    stderr('tarjama: the compile failed: fix the errors above and run the command again\n');
    return compile.status ?? 1;
  }
  const run = spawnSync(process.execPath, [...process.execArgv, bin, ...argv], { stdio: 'inherit', env: { ...env, TARJAMA_COMPILED: '1' } });
  return run.status ?? 1;
}
