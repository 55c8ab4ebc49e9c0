import path from 'node:path';
import { parseArgs } from 'node:util';
import { findProjectRoot } from '../project/find-project-root.js';
import { commands, type CliValues, type CommandSpec } from './commands.js';
import { help } from './help.js';

/** A command line tarjama cannot run, and why; `escape` when the message goes through `printable` (it quotes the user's input as a report does). */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly escape = true,
  ) {
    super(message);
  }
}

/** What a command line asks: tarjama's version, a help text (asked for, or shown for want of a command), or a command to run. */
export type Invocation =
  | { kind: 'version' }
  | { kind: 'help'; topic: string | undefined; requested: boolean }
  | { kind: 'run'; command: string; spec: CommandSpec; root: string; values: CliValues; files: string[]; format: string };

const valueOptions = ['format', 'extract', 'allow-incomplete', 'no-html', 'locale', 'key', 'ns', 'rule', 'max-warnings', 'version', 'out', 'for', 'shard', 'quiet', 'note'] as const;

/** Parses `argv` (without node and script) into what it asks, before any file is read; throws a `UsageError` for a command line that asks nothing tarjama can do. */
export function parseInvocation(argv: readonly string[], cwd: string): Invocation {
  // `--version` before any command is tarjama's; after `xliff export` it takes the XLIFF version.
  if (argv[0] === '--version' || argv[0] === '-v') return { kind: 'version' };
  const { values, positionals } = parseOptions(argv);
  const [command, ...rest] = commandWords(positionals);
  if (command === undefined) return { kind: 'help', topic: undefined, requested: values.help === true };
  if (command === 'help') {
    // `help xliff export`: the topic is the command's words.
    const [topic] = commandWords(rest);
    if (topic !== undefined && help[topic] === undefined) throw new UsageError(`no help for "${rest.join(' ')}"; commands: ${Object.keys(commands).join(', ')}`);
    return { kind: 'help', topic, requested: true };
  }
  if (values.help && help[command] !== undefined) return { kind: 'help', topic: command, requested: true };
  // `xliff` alone names a group: its help says which of its commands to run.
  if (command === 'xliff' || command === 'po') return { kind: 'help', topic: command, requested: false };
  const spec = commands[command];
  if (!spec) throw new UsageError(`unknown command "${command}"; expected ${Object.keys(commands).join(', ')}`);
  if (rest.length > 0 && !spec.takesFiles) throw new UsageError(`unexpected argument "${rest[0]}"`);
  const foreign = valueOptions.find((option) => values[option] !== undefined && !spec.options.includes(option));
  if (foreign !== undefined) throw new UsageError(`"${command}" does not take --${foreign}`);
  const format = values.format ?? 'text';
  if (!spec.formats.includes(format)) throw new UsageError(`--format must be ${spec.formats.join(', ')}; not "${format}"`);
  if (spec.needsLocale && values.locale === undefined) throw new UsageError(`"${command}" needs --locale, e.g. --locale fr`);
  if (values.key !== undefined && values.ns !== undefined && command !== 'accept') throw new UsageError('give --key or --ns, not both');
  return { kind: 'run', command, spec, root: values.cwd === undefined ? projectRoot(cwd) : path.resolve(cwd, values.cwd), values, files: rest, format };
}

/** The project a command run without --cwd works on: the one the current folder is in. */
function projectRoot(cwd: string): string {
  const root = findProjectRoot(cwd);
  if (root === null) {
    throw new UsageError(`no project here: neither ${cwd} nor any folder above it holds tarjama.config.json, source/ and locales/, or package.json; run tarjama in the project's folder, or pass --cwd DIR`);
  }
  return root;
}

/** The positionals with a command's words joined: `xliff export`, `po import`… are two words, every other command one. */
function commandWords(positionals: readonly string[]): string[] {
  const [first, second, ...rest] = positionals;
  return (first === 'xliff' || first === 'po') && second !== undefined ? [`${first} ${second}`, ...rest] : [...positionals];
}

/** The options and positionals of `argv`; an unknown option, or one without its value, is a `UsageError` worded for tarjama. */
function parseOptions(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        cwd: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        format: { type: 'string' },
        extract: { type: 'boolean' },
        'allow-incomplete': { type: 'boolean' },
        'no-html': { type: 'boolean' },
        locale: { type: 'string' },
        key: { type: 'string' },
        ns: { type: 'string' },
        rule: { type: 'string' },
        'max-warnings': { type: 'string' },
        version: { type: 'string' },
        out: { type: 'string' },
        for: { type: 'string' },
        shard: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        note: { type: 'string' },
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
    throw new UsageError(message, false);
  }
}
