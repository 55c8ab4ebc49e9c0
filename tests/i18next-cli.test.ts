import { execFile, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
// Through the package's entry point these types are `any` under NodeNext (its declarations import
// each other without extensions), so the test reads the declaration file itself.
import type { ExtractedKey, Plugin } from '../node_modules/i18next-cli/types/types.js';
import { i18nextCliLocales, tarjamaPlugin } from '../pipeline/integrations/i18next-cli-plugin.js';
import { copyRepositoryProject } from './helpers/repository-project.js';
import { copyToTemp, repoRoot, runCliInProcess, type CliResult } from './helpers/run-cli.js';

/**
 * tests/fixtures/i18next-cli/ is an app with one t('app-title') call beside tarjama's catalogs:
 * an article whose Arabic catalog lacks one key, and an `app` namespace with a plural.
 * Its i18next.config.mjs loads the compiled plugin (`npm test` compiles first).
 */
const fixture = path.join(repoRoot, 'tests', 'fixtures', 'i18next-cli');
const i18nextCli = path.join(repoRoot, 'node_modules', '.bin', 'i18next-cli');
const missingKey = 'p-judges-from-twelve-countries-took-part';

/** The environment i18next-cli runs in: its tips file goes to the project, not the shared temp folder. */
function cliEnv(project: string): NodeJS.ProcessEnv {
  return { ...process.env, NO_COLOR: '1', TMPDIR: project, TARJAMA_I18NEXT_PLUGIN: path.join(repoRoot, 'dist', 'integrations', 'i18next-cli-plugin.js') };
}

/** What i18next-cli printed, without the colours it writes even under NO_COLOR (Node 20's styleText). */
function plain(result: { status: number | null; stdout: string; stderr: string }): CliResult {
  return { code: result.status ?? -1, stdout: stripVTControlCharacters(result.stdout), stderr: stripVTControlCharacters(result.stderr) };
}

/** Runs the real `i18next-cli status` in the project. */
function status(project: string, args: readonly string[] = []): CliResult {
  return plain(spawnSync(process.execPath, [i18nextCli, 'status', ...args], { cwd: project, encoding: 'utf8', env: cliEnv(project) }));
}

let project: string;
beforeAll(async () => {
  project = await copyToTemp(fixture);
  // Not a catalog: the plugin must pass over it.
  await writeFile(path.join(project, 'locales', 'en', 'notes.txt'), 'Translators: see the README.\n');
});
afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

describe('tarjamaPlugin', () => {
  it('has the shape of an i18next-cli Plugin', () => {
    expectTypeOf<Plugin>().not.toBeAny();
    expectTypeOf(tarjamaPlugin()).toExtend<Plugin>();
  });

  it('adds every source-locale key with its namespace and English text, a plural as its base with hasCount', async () => {
    const keys = new Map<string, ExtractedKey>([['app:app-title', { key: 'app-title', ns: 'app', defaultValue: 'app-title' }]]);
    await tarjamaPlugin({ localesDir: path.join(project, 'locales'), sourceLocale: 'en' }).onEnd(keys);
    expect([...keys]).toEqual([
      ['app:app-title', { key: 'app-title', ns: 'app', defaultValue: 'app-title' }],
      ['app:reading-time', { key: 'reading-time', ns: 'app', defaultValue: '{{count, number}} min read', hasCount: true }],
      ['article:meta-title', { key: 'meta-title', ns: 'article', defaultValue: 'Rabat hosts a conference on child protection online' }],
      ['article:p-the-presidency-of-the-public-prosecutors', { key: 'p-the-presidency-of-the-public-prosecutors', ns: 'article', defaultValue: "The Presidency of the Public Prosecutor's Office organised the conference in Rabat." }],
      [`article:${missingKey}`, { key: missingKey, ns: 'article', defaultValue: 'Judges from twelve countries took part.' }],
    ]);
  });

  it('adds no base for a plural that code uses, which i18next-cli already holds as its forms', async () => {
    const fromCode = (category: string): [string, ExtractedKey] => [`app:reading-time_${category}`, { key: `reading-time_${category}`, ns: 'app', defaultValue: 'reading-time', hasCount: true }];
    const keys = new Map<string, ExtractedKey>([fromCode('one'), fromCode('other')]);
    await tarjamaPlugin({ localesDir: path.join(project, 'locales'), sourceLocale: 'en' }).onEnd(keys);
    expect([...keys.keys()].filter((id) => id.startsWith('app:'))).toEqual(['app:reading-time_one', 'app:reading-time_other', 'app:app-title']);
  });

  it('fails at the place of a value that is not a string, as tarjama check words it', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'tarjama-plugin-'));
    try {
      await mkdir(path.join(folder, 'locales', 'en'), { recursive: true });
      const file = path.join(folder, 'locales', 'en', 'app.json');
      await writeFile(file, '{\n  "title": 12\n}\n');
      const shown = path.relative(process.cwd(), file).split(path.sep).join('/');
      await expect(tarjamaPlugin({ localesDir: path.join(folder, 'locales') }).onEnd(new Map())).rejects.toThrow(
        `${shown}:2:3: the translation of "title" must be a string, not a number (run tarjama check)`,
      );
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('i18nextCliLocales', () => {
  it('leaves out the pseudo-locales and the locales with a fallback, whose files i18next-cli would fill with ""', () => {
    expect(i18nextCliLocales({ locales: ['en', 'fr', 'ar', 'ar-MA', 'en-XA', 'ar-XB'], fallbacks: { 'ar-MA': 'ar' } })).toEqual(['en', 'fr', 'ar']);
  });
});

describe("the repository's i18next.config.mjs", () => {
  it('is shown in the README as it is', async () => {
    const [readme, config] = await Promise.all([readFile(path.join(repoRoot, 'README.md'), 'utf8'), readFile(path.join(repoRoot, 'i18next.config.mjs'), 'utf8')]);
    expect(readme).toContain(`### With i18next-cli\n`);
    expect(readme).toContain(`\n\`\`\`js\n${config}\`\`\`\n`);
  });
});

describe('i18next-cli status with tarjamaPlugin', () => {
  it('counts the article keys beside the key found in code, and every plural form each locale needs', () => {
    const result = status(project);
    // i18next-cli's status fails when a translation is missing, as tarjama check does.
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('✖ Error: Incomplete translations detected.');
    const lines = result.stdout.split('\n');
    expect(lines).toContain('🔑 Keys Found:         5');
    expect(lines).toContain('📚 Namespaces Found:   2');
    expect(lines).toContain('- fr: [■■■■■■■■■■■■■■■■■■■■] 100% (7/7 keys)');
    expect(lines).toContain('- ar: [■■■■■■■■■■■■■■■■■■□□] 90% (9/10 keys)  — 1 absent');
  });

  it('reports missing in Arabic exactly the key that tarjama check reports missing', async () => {
    const result = status(project, ['ar']);
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    const article = lines.slice(lines.indexOf('Namespace: article'), lines.indexOf('Namespace: article') + 6);
    expect(article).toEqual([
      'Namespace: article',
      'Namespace Progress: [■■■■■■■■■■■■■□□□□□□□] 67% (2/3)',
      '                   1 absent',
      '  ✓ meta-title',
      '  ✓ p-the-presidency-of-the-public-prosecutors',
      `  ✗ ${missingKey}  (absent)`,
    ]);
    const statusMissing = lines.filter((line) => line.startsWith('  ✗ ')).map((line) => line.slice('  ✗ '.length));
    expect(statusMissing).toEqual([`${missingKey}  (absent)`]);

    const check = await runCliInProcess(project, ['check', '--format', 'json']);
    expect(check.code).toBe(1);
    const report = JSON.parse(check.stdout) as { findings: Array<{ rule: string; locale: string; namespace: string; key: string }> };
    expect(report.findings.map(({ rule, locale, namespace, key }) => ({ rule, locale, namespace, key }))).toEqual([
      { rule: 'missing', locale: 'ar', namespace: 'article', key: missingKey },
    ]);
  });
});

/** The commands a newsroom runs, in the order the test runs them on each project. */
const commands = ['extract', 'sync', 'status'] as const;

/** Runs the real i18next-cli in the project, without waiting on the other project's run. */
function runI18nextCli(project: string, command: string): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [i18nextCli, command], { cwd: project, encoding: 'utf8', env: cliEnv(project) }, (error, stdout, stderr) => {
      resolve(plain({ status: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }));
    });
  });
}

/** Every file under the project's locales/, by path, byte for byte (state and glossary included). */
async function snapshotLocales(project: string): Promise<Map<string, Buffer>> {
  const files = await readdir(path.join(project, 'locales'), { recursive: true, withFileTypes: true });
  const entries = await Promise.all(
    files
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(project, file).split(path.sep).join('/'), await readFile(file)] as const;
      }),
  );
  return new Map(entries.sort(([a], [b]) => a.localeCompare(b)));
}

/** What one project went through: its catalogs before, after each command, and each command's output. */
interface Run {
  project: string;
  before: Map<string, Buffer>;
  after: Record<(typeof commands)[number], Map<string, Buffer>>;
  output: Record<(typeof commands)[number], CliResult>;
  tarjamaStatus: Array<{ locale: string; namespace: string; total: number; translated: number }>;
}

/**
 * Prepares a project as a newsroom has it (tarjama installed as a package, the repository's
 * i18next.config.mjs at its root), runs extract, sync and status once each, and records everything.
 */
async function runAll(project: string): Promise<Run> {
  await cp(path.join(repoRoot, 'i18next.config.mjs'), path.join(project, 'i18next.config.mjs'));
  await mkdir(path.join(project, 'node_modules'));
  await symlink(repoRoot, path.join(project, 'node_modules', 'tarjama'), 'dir');
  const before = await snapshotLocales(project);
  const after = {} as Run['after'];
  const output = {} as Run['output'];
  for (const command of commands) {
    output[command] = await runI18nextCli(project, command);
    after[command] = await snapshotLocales(project);
  }
  const tarjama = await runCliInProcess(project, ['status', '--format', 'json']);
  return { project, before, after, output, tarjamaStatus: (JSON.parse(tarjama.stdout) as { rows: Run['tarjamaStatus'] }).rows };
}

/**
 * The richer fixture article, with a site-strings namespace that holds a plural (the repository's
 * `reading-time`: Arabic's six forms, French's three), which the fixture itself does not have.
 */
async function richProject(): Promise<string> {
  const project = await copyToTemp(path.join(repoRoot, 'tests', 'fixtures', 'tools', 'rich'));
  for (const locale of ['en', 'fr', 'ar']) {
    const common = JSON.parse(await readFile(path.join(repoRoot, 'locales', locale, 'common.json'), 'utf8')) as Record<string, string>;
    const plural = Object.fromEntries(Object.entries(common).filter(([key]) => key.startsWith('reading-time_')));
    await writeFile(path.join(project, 'locales', locale, 'site.json'), `${JSON.stringify(plural, null, 2)}\n`);
  }
  return project;
}

/** The slow preparations (each spawns i18next-cli two or three times), started together, awaited where needed. */
const started = new Map<string, Promise<unknown>>();
function startOnce<T>(name: string, work: () => Promise<T>): Promise<T> {
  let promise = started.get(name) as Promise<T> | undefined;
  if (!promise) {
    promise = work();
    // Awaited by its describe's beforeAll; until then a failure must not count as unhandled.
    promise.catch(() => undefined);
    started.set(name, promise);
  }
  return promise;
}

const projects = [
  // how each is prepared, its plural namespace, then i18next-cli's and tarjama's counts per locale
  { name: 'the repository', prepare: copyRepositoryProject, pluralNs: 'common', keys: 22, cli: { fr: 24, ar: 27 }, tarjama: { fr: 23, ar: 23 } },
  { name: 'the richer fixture', prepare: richProject, pluralNs: 'site', keys: 18, cli: { fr: 20, ar: 23 }, tarjama: { fr: 19, ar: 19 } },
];
beforeAll(() => {
  for (const { name, prepare } of projects) void startOnce(name, () => prepare().then(runAll));
  void startOnce('incomplete', extractThenSync);
});

describe.each(projects)('i18next-cli extract, sync and status with the repository\'s i18next.config.mjs, on $name', ({ name, prepare, pluralNs, keys, cli, tarjama }) => {
  let run: Run;
  beforeAll(async () => {
    run = await startOnce(name, () => prepare().then(runAll));
  }, 60_000);
  afterAll(async () => {
    await rm(run.project, { recursive: true, force: true });
  });

  it('starts from catalogs with every plural form: Arabic six, French three, English two', () => {
    const forms = (locale: string) => Object.keys(JSON.parse(String(run.before.get(`locales/${locale}/${pluralNs}.json`))) as object).filter((key) => key.startsWith('reading-time_'));
    expect(forms('ar')).toEqual(['reading-time_zero', 'reading-time_one', 'reading-time_two', 'reading-time_few', 'reading-time_many', 'reading-time_other']);
    expect(forms('fr')).toEqual(['reading-time_one', 'reading-time_many', 'reading-time_other']);
    expect(forms('en')).toEqual(['reading-time_one', 'reading-time_other']);
  });

  it.each(commands)('%s succeeds and leaves every file under locales/ byte for byte as it was', (command) => {
    expect(run.output[command].code, run.output[command].stderr).toBe(0);
    expect(run.after[command]).toEqual(run.before);
  });

  it('extract and sync say so: nothing written, every locale already in sync', () => {
    expect(run.output.extract.stdout).not.toContain('Updated:');
    expect(run.output.sync.stdout).toContain('✅ All locales are already in sync.');
  });

  it('status counts every key, with each locale\'s own plural forms, all translated, as tarjama status does', () => {
    const lines = run.output.status.stdout.split('\n');
    expect(lines).toContain(`🔑 Keys Found:         ${keys}`);
    expect(lines).toContain('📚 Namespaces Found:   2');
    expect(lines).toContain(`- fr: [■■■■■■■■■■■■■■■■■■■■] 100% (${cli.fr}/${cli.fr} keys)`);
    expect(lines).toContain(`- ar: [■■■■■■■■■■■■■■■■■■■■] 100% (${cli.ar}/${cli.ar} keys)`);
    // tarjama counts the source's forms (en: one, other) and leaves a locale's other forms to its
    // `plurals` rule: Arabic's zero, two, few, many and French's many are i18next-cli's difference.
    const rows = (locale: string) => run.tarjamaStatus.filter((row) => row.locale === locale);
    const totals = (locale: string) => ({ translated: rows(locale).reduce((sum, row) => sum + row.translated, 0), total: rows(locale).reduce((sum, row) => sum + row.total, 0) });
    expect(totals('fr')).toEqual({ translated: tarjama.fr, total: tarjama.fr });
    expect(totals('ar')).toEqual({ translated: tarjama.ar, total: tarjama.ar });
    expect(cli.fr - tarjama.fr).toBe(1);
    expect(cli.ar - tarjama.ar).toBe(4);
  });
});

/** The obsolete key the incomplete fixture's French catalog is given. */
const obsolete = 'p-judges-from-nine-countries-took-part';

/**
 * tests/fixtures/i18next-cli (its Arabic catalog lacks a key) with a French translation under a key
 * the English catalog does not have (a mistyped key: `obsolete`); its locales/ before, after
 * extract, and after sync.
 */
async function extractThenSync(): Promise<{ project: string; before: Map<string, Buffer>; extract: Map<string, Buffer>; sync: Map<string, Buffer> }> {
  const project = await copyToTemp(fixture);
  const french = path.join(project, 'locales', 'fr', 'article.json');
  await writeFile(french, (await readFile(french, 'utf8')).replace(/\n}\n$/, `,\n  "${obsolete}": "Des juges de neuf pays y ont pris part."\n}\n`));
  const before = await snapshotLocales(project);
  const after: Record<string, Map<string, Buffer>> = {};
  for (const command of ['extract', 'sync']) {
    const result = await runI18nextCli(project, command);
    if (result.code !== 0) throw new Error(`i18next-cli ${command} exited ${result.code}: ${result.stderr}`);
    after[command] = await snapshotLocales(project);
  }
  return { project, before, extract: after.extract as Map<string, Buffer>, sync: after.sync as Map<string, Buffer> };
}

describe('i18next-cli extract, then sync, on catalogs that are not complete (tests/fixtures/i18next-cli)', () => {
  let run: Awaited<ReturnType<typeof extractThenSync>>;
  beforeAll(async () => {
    run = await startOnce('incomplete', extractThenSync);
  }, 30_000);
  afterAll(async () => {
    await rm(run.project, { recursive: true, force: true });
  });

  /** The files that differ from what they were before the commands ran. */
  function changed(files: Map<string, Buffer>): Record<string, string> {
    return Object.fromEntries([...files].filter(([file, bytes]) => !run.before.get(file)?.equals(bytes)).map(([file, bytes]) => [file, bytes.toString('utf8')]));
  }

  it('extract adds the key the Arabic catalog lacks as "" at the end of its file, and keeps the obsolete French key', () => {
    expect(changed(run.extract)).toEqual({
      'locales/ar/article.json': `{
  "meta-title": "الرباط تحتضن ندوة حول حماية الأطفال عبر الإنترنت",
  "p-the-presidency-of-the-public-prosecutors": "نظمت رئاسة النيابة العامة الندوة بالرباط.",
  "${missingKey}": ""
}
`,
    });
  });

  it('sync then deletes the obsolete French key, as the README warns (tarjama extract would archive it)', () => {
    expect(Object.keys(changed(run.sync))).toEqual(['locales/ar/article.json', 'locales/fr/article.json']);
    const french = JSON.parse(changed(run.sync)['locales/fr/article.json'] ?? '{}') as object;
    expect(Object.keys(french)).toEqual(['meta-title', 'p-the-presidency-of-the-public-prosecutors', missingKey]);
  });
});
