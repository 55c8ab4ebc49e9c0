#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from './commands/build.js';
import { check } from './commands/check.js';
import { confirm } from './commands/confirm.js';
import { extract } from './commands/extract.js';
import { suggest } from './commands/suggest.js';
import { loadConfig } from './config/load-config.js';
import { help } from './cli-help.js';
import { TarjamaError } from './io/tarjama-error.js';
import { formatBuild } from './report/format-build.js';
import { formatExtract } from './report/format-extract.js';
import { formatSuggest } from './report/format-suggest.js';
import { formatJson } from './report/format-json.js';
import { formatText } from './report/format-text.js';

/** Where the CLI writes; tests pass their own. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

class UsageError extends Error {}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
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
        locale: { type: 'string' },
        key: { type: 'string' },
        ns: { type: 'string' },
      },
    });
  } catch (error) {
    const unknown = /'(-[^']+)'/.exec((error as Error).message);
    const message = (error as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown ? `unknown option ${unknown[1]}` : (error as Error).message;
    io.stderr(`tarjama: ${message}\nRun "tarjama --help" for usage.\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  try {
    if (command === undefined || command === 'help') {
      const topic = command === 'help' ? rest[0] : undefined;
      (values.help || command === 'help' ? io.stdout : io.stderr)(`${help[topic ?? 'main'] ?? help.main}\n`);
      return values.help || command === 'help' ? 0 : 2;
    }
    if (!(command in help) || command === 'main') throw new UsageError(`unknown command "${command}"; expected extract, build, check, confirm or suggest`);
    if (values.help) {
      io.stdout(`${help[command]}\n`);
      return 0;
    }
    if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
    const allowed: Record<string, string[]> = {
      extract: [],
      build: ['allow-incomplete'],
      check: ['format'],
      confirm: ['locale', 'key', 'ns'],
      suggest: ['locale', 'ns', 'format'],
    };
    for (const option of ['format', 'allow-incomplete', 'locale', 'key', 'ns'] as const) {
      if (values[option] !== undefined && !allowed[command]?.includes(option)) throw new UsageError(`"${command}" does not take --${option}`);
    }
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be "text" or "json", not "${format}"`);

    if ((command === 'confirm' || command === 'suggest') && values.locale === undefined) throw new UsageError(`"${command}" needs --locale, e.g. --locale fr`);
    if (values.key !== undefined && values.ns !== undefined) throw new UsageError('give --key or --ns, not both');

    const root = path.resolve(values.cwd ?? '.');
    const config = await loadConfig(root);
    if (command === 'confirm') {
      const report = await confirm(root, config, { locale: values.locale as string, key: values.key, namespace: values.ns });
      io.stdout(
        report.confirmed.length === 0
          ? `Nothing to confirm: no outdated ${report.locale} translation${values.key ? ` for "${values.key}"` : ''}.\n`
          : report.confirmed.map((entry) => `confirmed  ${report.locale}  ${entry.namespace}  ${entry.key}  (was ${entry.was})`).join('\n') + '\n',
      );
      return 0;
    }
    if (command === 'suggest') {
      const report = await suggest(root, config, { locale: values.locale as string, namespace: values.ns, minimum: 0.7, limit: 3 });
      io.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatSuggest(report));
      return 0;
    }
    if (command === 'extract') {
      io.stdout(formatExtract(await extract(root, config)));
      return 0;
    }
    if (command === 'build') {
      const report = await build(root, config, { allowIncomplete: values['allow-incomplete'] ?? false });
      io.stdout(formatBuild(report));
      return report.unreadable ? 2 : report.outputs.some((output) => output.result === 'blocked') ? 1 : 0;
    }
    const report = await check(root, config);
    io.stdout(format === 'json' ? formatJson(report.findings, report.summary) : formatText(report.findings, report.summary));
    if (report.unreadable) return 2;
    return report.findings.some((finding) => finding.severity === 'error') ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`tarjama: ${error.message}\nRun "tarjama --help" for usage.\n`);
      return 2;
    }
    if (error instanceof TarjamaError) {
      const place = error.place ? `${[error.place.file, error.place.line, error.place.column].filter((part) => part !== undefined).join(':')}: ` : '';
      io.stderr(`tarjama: ${place}${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

const invokedDirectly = process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  main(process.argv.slice(2), { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`tarjama: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 70;
    },
  );
}
