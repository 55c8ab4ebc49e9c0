#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config/load-config.js';
import { printable } from '../report/printable.js';
import { progressBar } from '../report/progress-bar.js';
import type { RunSettings } from '../run/run-settings.js';
import { TarjamaError } from '../util/tarjama-error.js';
import { compileIfStale } from './compile-if-stale.js';
import { help } from './help.js';
import { ownVersion } from './own-version.js';
import { parseInvocation, UsageError } from './parse-invocation.js';
import { settingsFromEnv } from './settings-from-env.js';

/** Where the CLI writes; tests pass their own. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout takes ANSI colours (a terminal, and NO_COLOR unset). */
  color: boolean;
  /** Where a progress bar may go: a terminal outside CI, or null. */
  progress: ((done: number, total: number) => void) | null;
}

/**
 * Runs the CLI with `argv` (without node and script) and returns the exit code; `settings` are
 * what the environment asks of a run, `cwd` the folder it runs in (the project is found from there).
 */
export async function main(argv: readonly string[], io: Io, settings: RunSettings = {}, cwd = process.cwd()): Promise<number> {
  try {
    const invocation = parseInvocation(argv, cwd);
    if (invocation.kind === 'version') {
      io.stdout(`tarjama ${ownVersion()}\n`);
      return 0;
    }
    if (invocation.kind === 'help') {
      (invocation.requested ? io.stdout : io.stderr)(`${help[invocation.topic ?? 'main'] ?? help.main}\n`);
      return invocation.requested ? 0 : 2;
    }
    const { spec, root, values, files, format } = invocation;
    const config = await loadConfig(root);
    return await spec.run({ root, config, values, files, format, color: io.color, stdout: io.stdout, notice: io.stderr, progress: values.quiet ? null : io.progress, settings });
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`tarjama: ${error.escape ? printable(error.message) : error.message}\nRun "tarjama --help" for usage.\n`);
      return 2;
    }
    if (error instanceof TarjamaError) {
      // Errors quote files (a key, a config value): printed as a report prints them.
      io.stderr(`tarjama: ${printable(error.located())}\n`);
      return 2;
    }
    throw error;
  }
}

const invokedDirectly = process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
const recompiled = invokedDirectly ? compileIfStale({ bin: realpathSync(process.argv[1]!), argv: process.argv.slice(2), env: process.env, stderr: (text) => process.stderr.write(text) }) : null;
if (recompiled !== null) process.exitCode = recompiled;
else if (invokedDirectly) {
  // A reader that stops early (`tarjama check | head`) is no failure of tarjama's: the run goes on and exits with its own code.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
  const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
  const progress = process.stderr.isTTY === true && !process.env.CI ? progressBar(process.stderr) : null;
  main(process.argv.slice(2), { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text), color, progress }, { ...settingsFromEnv(process.env), ownProcess: true }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`tarjama: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 70;
    },
  );
}
