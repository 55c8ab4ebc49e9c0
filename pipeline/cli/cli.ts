#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load-config.js';
import { printable } from '../report/printable.js';
import { progressBar } from '../report/progress-bar.js';
import type { RunSettings } from '../run/run-settings.js';
import { TarjamaError } from '../util/tarjama-error.js';
import { commands, type CliValues } from './commands.js';
import { compileIfStale } from './compile-if-stale.js';
import { help } from './help.js';
import { ownVersion } from './own-version.js';
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

class UsageError extends Error {}

const valueOptions = ['format', 'allow-incomplete', 'no-html', 'locale', 'key', 'ns', 'rule', 'max-warnings', 'version', 'out', 'shard', 'quiet'] as const;

/** Runs the CLI with `argv` (without node and script) and returns the exit code; `settings` are what the environment asks of a run. */
export async function main(argv: readonly string[], io: Io, settings: RunSettings = {}): Promise<number> {
  // `--version` before any command is tarjama's; after `xliff export` it takes the XLIFF version.
  if (argv[0] === '--version' || argv[0] === '-v') {
    io.stdout(`tarjama ${ownVersion()}\n`);
    return 0;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        cwd: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        format: { type: 'string' },
        'allow-incomplete': { type: 'boolean' },
        'no-html': { type: 'boolean' },
        locale: { type: 'string' },
        key: { type: 'string' },
        ns: { type: 'string' },
        rule: { type: 'string' },
        'max-warnings': { type: 'string' },
        version: { type: 'string' },
        out: { type: 'string' },
        shard: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
      },
    });
  } catch (error) {
    const unknown = /'(-[^']+)'/.exec((error as Error).message);
    const xliffExport = argv[0] === 'xliff' && argv[1] === 'export';
    const message =
      (error as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown
        ? `unknown option ${unknown[1]}`
        : unknown?.[1]?.startsWith('--version')
          ? xliffExport
            ? '--version needs a value: 1.2 or 2.0'
            : 'only "xliff export" takes --version (1.2 or 2.0); "tarjama --version" prints the version of tarjama'
          : (error as Error).message;
    io.stderr(`tarjama: ${message}\nRun "tarjama --help" for usage.\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  // `xliff export` and `xliff import` are two words; every other command is one.
  const [command, ...rest] = positionals[0] === 'xliff' && positionals[1] !== undefined ? [`xliff ${positionals[1]}`, ...positionals.slice(2)] : positionals;
  try {
    if (command === undefined || command === 'help') {
      const topic = command === 'help' ? rest[0] : undefined;
      (values.help || command === 'help' ? io.stdout : io.stderr)(`${help[topic ?? 'main'] ?? help.main}\n`);
      return values.help || command === 'help' ? 0 : 2;
    }
    const spec = commands[command];
    if (!spec) throw new UsageError(`unknown command "${command}"; expected ${Object.keys(commands).join(', ')}`);
    if (values.help) {
      io.stdout(`${help[command]}\n`);
      return 0;
    }
    if (rest.length > 0 && !spec.takesFiles) throw new UsageError(`unexpected argument "${rest[0]}"`);
    const foreign = valueOptions.find((option) => values[option] !== undefined && !spec.options.includes(option));
    if (foreign !== undefined) throw new UsageError(`"${command}" does not take --${foreign}`);
    const format = values.format ?? 'text';
    if (!spec.formats.includes(format)) throw new UsageError(`--format must be ${spec.formats.join(", ")}; not "${format}"`);
    if (spec.needsLocale && values.locale === undefined) throw new UsageError(`"${command}" needs --locale, e.g. --locale fr`);
    if (values.key !== undefined && values.ns !== undefined) throw new UsageError('give --key or --ns, not both');

    const root = path.resolve(values.cwd ?? '.');
    const config = await loadConfig(root);
    return await spec.run({ root, config, values: values as CliValues, files: rest, format, color: io.color, stdout: io.stdout, notice: io.stderr, progress: values.quiet ? null : io.progress, settings });
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`tarjama: ${printable(error.message)}\nRun "tarjama --help" for usage.\n`);
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
  main(process.argv.slice(2), { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text), color, progress }, settingsFromEnv(process.env)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`tarjama: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 70;
    },
  );
}
