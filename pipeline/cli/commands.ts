import path from 'node:path';
import type { Config } from '../config/config.js';
import { projectPaths } from '../project/project-paths.js';
import { recoverProject } from '../project/recover-project.js';
import { buildJsonLines, buildLines } from '../report/format-build.js';
import { formatExtract } from '../report/format-extract.js';
import { githubLines } from '../report/format-github.js';
import { findingsJsonLines } from '../report/format-json.js';
import { formatStatus } from '../report/format-status.js';
import { formatSuggest } from '../report/format-suggest.js';
import { formatSummary, textLines } from '../report/format-text.js';
import { formatPo4aMigrate } from '../report/format-po4a-migrate.js';
import { formatPoExport } from '../report/format-po-export.js';
import { formatXliffExport } from '../report/format-xliff-export.js';
import { formatXliffImport } from '../report/format-xliff-import.js';
import { jsonText } from '../report/json-text.js';
import { printable } from '../report/printable.js';
import { assertRuleIds } from '../rules/assert-rule-ids.js';
import { leanHeap } from '../run/lean-heap.js';
import type { RunSettings } from '../run/run-settings.js';
import { parseShard } from '../run/shard.js';
import { withProjectLock } from '../store/project-lock.js';
import { TarjamaError } from '../util/tarjama-error.js';
import { writeLines } from './write-lines.js';

/** The options the CLI parsed, as strings and flags. */
export interface CliValues {
  format?: string | undefined;
  extract?: boolean | undefined;
  'allow-incomplete'?: boolean | undefined;
  'no-html'?: boolean | undefined;
  locale?: string | undefined;
  key?: string | undefined;
  ns?: string | undefined;
  rule?: string | undefined;
  'max-warnings'?: string | undefined;
  version?: string | undefined;
  out?: string | undefined;
  for?: string | undefined;
  shard?: string | undefined;
  quiet?: boolean | undefined;
  note?: string | undefined;
}

/** What a command needs to run and print. */
export interface CommandContext {
  root: string;
  config: Config;
  values: CliValues;
  /** Arguments after the command, for commands that take files. */
  files: string[];
  format: string;
  color: boolean;
  stdout: (text: string) => void;
  /** Where notes about the run itself go (standard error). */
  notice: (text: string) => void;
  /** Shows progress on long runs; null in CI, off a terminal, or with --quiet. */
  progress: ((done: number, total: number) => void) | null;
  /** How runs over the project use the machine, as the environment asks. */
  settings: RunSettings;
}

/** A command of the CLI: the options it takes, its formats, and how it runs (returning the exit code). */
export interface CommandSpec {
  options: Array<keyof CliValues>;
  formats: string[];
  needsLocale?: boolean;
  takesFiles?: boolean;
  run(context: CommandContext): Promise<number>;
}

/** A comma-separated option as a list; given but empty (`--locale=`), it is an error rather than no filter at all. */
function list(option: 'locale' | 'ns' | 'rule', value: string | undefined): string[] {
  if (value === undefined) return [];
  const items = value.split(',').map((item) => item.trim()).filter(Boolean);
  if (items.length === 0) throw new TarjamaError(`--${option} needs a value, e.g. --${option} ${{ locale: 'fr', ns: 'SLUG', rule: 'bidi' }[option]}`);
  return items;
}

/**
 * Runs a command that writes while holding the project's lock, after putting right what a
 * stopped run left (its journal completed, its temporary files removed), which it tells.
 */
async function locked<T>(root: string, config: Config, command: string, notice: (text: string) => void, work: () => Promise<T>): Promise<T> {
  const paths = projectPaths(root, config);
  // The lock is the first file a run writes: not through a link out of the project either.
  paths.guard.stat(paths.lockFile);
  return withProjectLock(paths.lockFile, command, paths.relative(paths.lockFile), async (abandoned) => {
    const { completed, temporaries } = recoverProject(paths, { stopped: abandoned });
    if (completed) notice(`tarjama: completed the "${completed.command}" that was stopped before it finished (${completed.files.length} ${completed.files.length === 1 ? 'file' : 'files'})\n`);
    if (temporaries > 0) notice(`tarjama: removed ${temporaries} temporary ${temporaries === 1 ? 'file' : 'files'} left by a stopped run\n`);
    return work();
  });
}

/** For a command that may find nothing to do, in a process of its own: see `leanHeap.holdYoung`. */
function holdYoung(settings: RunSettings): void {
  if (settings.leanHeap && settings.ownProcess) leanHeap.holdYoung();
}

/**
 * Extracts, printing the report to `print`: the `extract` command, and `build --extract`, which
 * runs it first in the same process (one start-up, the code already loaded and compiled: a
 * no-change extract and build of 1,000 articles in 0.47 s against 0.56 s as two processes, in
 * `npm run bench`'s comparison with po4a).
 */
async function runExtract(root: string, config: Config, print: (text: string) => void, notice: (text: string) => void, settings: RunSettings): Promise<void> {
  holdYoung(settings);
  const { extract } = await import('../commands/extract.js');
  // Node's os module loads only for an extract: the other commands never ask how many cores there are.
  const options = { jobs: settings.jobs ?? (await import('node:os')).availableParallelism(), poolFrom: settings.poolFrom, leanHeap: settings.leanHeap };
  print(formatExtract(await locked(root, config, 'extract', notice, () => extract(root, config, options))));
}

/** Every command, by name. Commands are imported when run: a build with nothing to do stays quick. */
export const commands: Record<string, CommandSpec> = {
  extract: {
    options: ['quiet'],
    formats: ['text'],
    async run({ root, config, stdout, notice, settings }) {
      await runExtract(root, config, stdout, notice, settings);
      return 0;
    },
  },
  build: {
    options: ['extract', 'allow-incomplete', 'no-html', 'shard', 'quiet', 'format'],
    formats: ['text', 'json'],
    async run({ root, config, values, format, color, stdout, notice, progress, settings }) {
      if (values.extract) {
        // Every shard of a CI matrix would extract the whole project, each on its own checkout.
        if (values.shard !== undefined) throw new TarjamaError('--extract cannot be combined with --shard: run "tarjama extract" once, before the shards');
        // Extract's report first; beside JSON it goes to standard error, so that standard output is the build's JSON alone.
        await runExtract(root, config, format === 'json' ? notice : stdout, notice, settings);
      }
      holdYoung(settings);
      const { build } = await import('../commands/build.js');
      const shard = values.shard === undefined ? null : parseShard(values.shard);
      const report = await locked(root, config, 'build', notice, () => build(root, config, { allowIncomplete: values['allow-incomplete'] ?? false, html: values['no-html'] !== true, shard, onProgress: progress, ...settings }));
      writeLines(stdout, format === 'json' ? buildJsonLines(report) : buildLines(report, { color }));
      return report.unreadable ? 2 : report.outputs.some((output) => output.result === 'blocked') ? 1 : 0;
    },
  },
  check: {
    options: ['format', 'locale', 'ns', 'rule', 'max-warnings', 'shard', 'quiet'],
    formats: ['text', 'json', 'github'],
    async run({ root, config, values, format, color, stdout, progress, settings }) {
      const rules = list('rule', values.rule);
      assertRuleIds(rules);
      const maxWarnings = values['max-warnings'] === undefined ? Infinity : Number(values['max-warnings']);
      if (!Number.isInteger(maxWarnings) && maxWarnings !== Infinity) throw new TarjamaError(`--max-warnings must be a whole number, not "${values['max-warnings']}"`);
      holdYoung(settings);
      const { check } = await import('../commands/check.js');
      const shard = values.shard === undefined ? null : parseShard(values.shard);
      const report = await check(root, config, { locales: list('locale', values.locale), namespaces: list('ns', values.ns), rules, shard, onProgress: progress, ...settings });
      if (format === 'json') writeLines(stdout, findingsJsonLines(report.findings, report.summary));
      else if (format !== 'github') writeLines(stdout, textLines(report.findings, report.summary, { color }));
      else {
        // The annotations, then the coverage table for the log.
        writeLines(stdout, githubLines(report.findings));
        writeLines(stdout, formatSummary(report.summary));
      }
      if (report.unreadable) return 2;
      const warnings = report.findings.filter((finding) => finding.severity === 'warning').length;
      return report.findings.some((finding) => finding.severity === 'error') || warnings > maxWarnings ? 1 : 0;
    },
  },
  status: {
    options: ['format'],
    formats: ['text', 'json'],
    async run({ root, config, format, stdout, settings }) {
      const { status } = await import('../commands/status.js');
      const report = await status(root, config, settings);
      stdout(format === 'json' ? jsonText(report) : formatStatus(report));
      return 0;
    },
  },
  confirm: {
    options: ['locale', 'key', 'ns'],
    formats: ['text'],
    needsLocale: true,
    async run({ root, config, values, stdout, notice }) {
      const { confirm } = await import('../commands/confirm.js');
      const report = await locked(root, config, 'confirm', notice, () => confirm(root, config, { locale: values.locale as string, key: values.key, namespace: values.ns }));
      stdout(
        report.confirmed.length === 0
          ? `Nothing to confirm: no outdated ${report.locale} translation${values.key ? ` for "${values.key}"` : ''}.\n`
          : `${report.confirmed.map((entry) => `confirmed  ${report.locale}  ${printable(entry.namespace)}  ${printable(entry.key)}  (was ${entry.was})`).join('\n')}\n`,
      );
      return 0;
    },
  },
  accept: {
    options: ['locale', 'key', 'ns', 'rule', 'note'],
    formats: ['text'],
    needsLocale: true,
    async run({ root, config, values, stdout, notice, settings }) {
      if (values.key === undefined || values.rule === undefined) throw new TarjamaError('"accept" needs --key and --rule: the one finding to accept, e.g. --key p-the-hearing-ends --rule numbers');
      const { accept } = await import('../commands/accept.js');
      const options = { locale: values.locale as string, key: values.key, rule: values.rule, namespace: values.ns, note: values.note };
      const { file, accepted } = await locked(root, config, 'accept', notice, () => accept(root, config, options, settings));
      stdout(
        `accepted  ${accepted.locale}  ${printable(accepted.namespace)}  ${printable(accepted.key)}  ${accepted.rule}: ${printable(accepted.finding)}
` +
          `Recorded in ${file}: it blocks nothing while the source and the translation stay as they are, and comes back when either changes.
`,
      );
      return 0;
    },
  },
  'xliff export': {
    options: ['locale', 'ns', 'version', 'out', 'for'],
    formats: ['text'],
    needsLocale: true,
    async run({ root, config, values, stdout }) {
      const version = values.version ?? '1.2';
      if (version !== '1.2' && version !== '2.0') throw new TarjamaError(`--version must be 1.2 or 2.0, not "${version}"`);
      if (values.for !== undefined && values.for !== 'omegat') throw new TarjamaError(`--for takes omegat (the one CAT tool that needs its own file), not "${values.for}"`);
      const { xliffExport } = await import('../commands/xliff-export.js');
      const report = await xliffExport(root, config, { locale: values.locale as string, namespace: values.ns, version, outDir: path.resolve(root, values.out ?? (values.for ?? 'xliff')), tool: values.for });
      stdout(formatXliffExport(report, version));
      return 0;
    },
  },
  'xliff import': {
    options: [],
    formats: ['text'],
    takesFiles: true,
    async run({ root, config, files, stdout, notice }) {
      const { xliffImport } = await import('../commands/xliff-import.js');
      const reports = await locked(root, config, 'xliff import', notice, () => xliffImport(root, config, files));
      stdout(formatXliffImport(reports));
      return reports.some((report) => report.skipped.length > 0) ? 1 : 0;
    },
  },
  'po export': {
    options: ['locale', 'ns', 'out'],
    formats: ['text'],
    needsLocale: true,
    async run({ root, config, values, stdout }) {
      const { poExport } = await import('../commands/po-export.js');
      const report = await poExport(root, config, { locale: values.locale as string, namespace: values.ns, outDir: path.resolve(root, values.out ?? 'po') });
      stdout(formatPoExport(report));
      return 0;
    },
  },
  'po import': {
    options: [],
    formats: ['text'],
    takesFiles: true,
    async run({ root, config, files, stdout, notice }) {
      const { poImport } = await import('../commands/po-import.js');
      const reports = await locked(root, config, 'po import', notice, () => poImport(root, config, files));
      stdout(formatXliffImport(reports));
      return reports.some((report) => report.skipped.length > 0) ? 1 : 0;
    },
  },
  'po migrate': {
    options: ['locale', 'ns'],
    formats: ['text'],
    needsLocale: true,
    takesFiles: true,
    async run({ root, config, values, files, stdout, notice }) {
      const { po4aMigrate } = await import('../commands/po4a-migrate.js');
      const report = await locked(root, config, 'po migrate', notice, () => po4aMigrate(root, config, { locale: values.locale as string, namespace: values.ns, files }));
      stdout(formatPo4aMigrate(report));
      return report.unmatched.length > 0 || report.namespaces.some((namespace) => namespace.skipped.length > 0) ? 1 : 0;
    },
  },
  suggest: {
    options: ['locale', 'ns', 'format'],
    formats: ['text', 'json'],
    needsLocale: true,
    async run({ root, config, values, format, stdout }) {
      const { suggest } = await import('../commands/suggest.js');
      const report = await suggest(root, config, { locale: values.locale as string, namespace: values.ns, minimum: 0.7, limit: 3 });
      stdout(format === 'json' ? jsonText(report) : formatSuggest(report));
      return 0;
    },
  },
};
