#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from './commands/build.js';
import { check } from './commands/check.js';
import { extract } from './commands/extract.js';
import { loadConfig } from './config/load-config.js';
import { TarjamaError } from './io/tarjama-error.js';
import { formatBuild, formatExtract } from './report/format-build.js';
import { formatJson } from './report/format-json.js';
import { formatText } from './report/format-text.js';

/** Where the CLI writes; tests pass their own. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const common = `Options for every command:
  --cwd DIR     project root (holds tarjama.config.json, source/, locales/, output/); default: .
  -h, --help    show help for the command`;

const help: Record<string, string> = {
  main: `Usage: tarjama <command> [options]

Publish Markdown articles in several languages through i18next catalogs.

Commands:
  extract   write locales/<source locale>/<slug>.json from source/<slug>.md
  build     write output/<locale>/<slug>.md for every locale
  check     report missing, empty, obsolete and broken translations (for CI)

Run "tarjama <command> --help" for a command's options.

${common}`,
  extract: `Usage: tarjama extract [--cwd DIR]

Parses every source/*.md and writes its translatable segments (headings, paragraphs,
list items, table cells, alt text, link titles, front-matter title and description) to
locales/<source locale>/<slug>.json, one key per segment in document order. Code, HTML
and URLs stay out. Files whose content would not change are not rewritten.

${common}`,
  build: `Usage: tarjama build [--allow-incomplete] [--cwd DIR]

Writes output/<locale>/<slug>.md for every configured locale, looking every message up
through i18next. A document with a missing, empty or rejected translation in a locale is
not written for that locale (its previous output is left as it was) and build exits 1.

Options:
  --allow-incomplete  publish the source text where a translation is missing or rejected,
                      and record "translation: incomplete" with counts in the front matter

${common}

Exit codes: 0 every output written, 1 some output blocked, 2 bad usage or unreadable input.`,
  check: `Usage: tarjama check [--format text|json] [--cwd DIR]

Checks every locale's catalogs against the sources, without writing anything: missing,
empty and obsolete keys, and translations that break links, inline code, inline HTML or
Markdown structure. Each finding names the locale, the key and the file:line:column.

Options:
  --format text|json  text for people (default); json prints {"findings": [...], "summary": [...]}

${common}

Exit codes: 0 publishable, 1 not publishable (some error), 2 bad usage or unreadable input.`,
};

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
    if (!(command in help) || command === 'main') throw new UsageError(`unknown command "${command}"; expected extract, build or check`);
    if (values.help) {
      io.stdout(`${help[command]}\n`);
      return 0;
    }
    if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
    const allowed: Record<string, string[]> = { extract: [], build: ['allow-incomplete'], check: ['format'] };
    for (const option of ['format', 'allow-incomplete'] as const) {
      if (values[option] !== undefined && !allowed[command]?.includes(option)) throw new UsageError(`"${command}" does not take --${option}`);
    }
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be "text" or "json", not "${format}"`);

    const root = path.resolve(values.cwd ?? '.');
    const config = await loadConfig(root);
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
