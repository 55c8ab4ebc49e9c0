import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../bench/corpus.js';
import { translateCorpus } from '../bench/translate-corpus.js';
import { extract } from '../pipeline/commands/extract.js';
import { loadConfig } from '../pipeline/config/load-config.js';
import { progressBar } from '../pipeline/report/progress-bar.js';
import { defaultPoolFrom } from '../pipeline/run/run-settings.js';
import { cliPath, copyToTemp, runCliInProcess } from './helpers/run-cli.js';

const require = createRequire(import.meta.url);

/** A generated corpus of 30 articles (on worker threads with `TARJAMA_JOBS=2`) with complete fr and ar catalogs. */
let corpus = '';
beforeAll(async () => {
  corpus = await mkdtemp(path.join(tmpdir(), 'tarjama-corpus-'));
  await writeCorpus(corpus, 30, 7);
  const config = await loadConfig(corpus);
  await extract(corpus, config);
  await translateCorpus(corpus, config);
}, 60_000);

/**
 * A copy of the corpus's first `count` articles (sources, catalogs, state), for what the number
 * of articles does not change: the worker pool too, which `TARJAMA_JOBS=2` starts for two
 * namespaces or more. The incremental extract's counts and the default that starts no pool keep the 30.
 */
const firstArticles = (count: number): Promise<string> =>
  copyToTemp(corpus, (file) => {
    const article = /^article-(\d{5})\./.exec(path.basename(file));
    return article === null || Number(article[1]) < count;
  });
const firstEight = (): Promise<string> => firstArticles(8);

async function tree(root: string, folder = 'output'): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const locale of await readdir(path.join(root, folder))) {
    for (const name of await readdir(path.join(root, folder, locale))) files.set(`${locale}/${name}`, await readFile(path.join(root, folder, locale, name), 'utf8'));
  }
  return files;
}

async function filesIn(root: string, folder: string): Promise<Map<string, string>> {
  const names = (await readdir(path.join(root, folder))).sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(path.join(root, folder, name), 'utf8')] as const)));
}

describe('incremental builds', () => {
  it('skip what did not change, rewrite only the changed article, and equal a cold build', async () => {
    const project = await firstEight();
    expect((await runCliInProcess(project, ['build'])).code).toBe(0);
    const again = await runCliInProcess(project, ['build']);
    expect(again.code).toBe(0);
    expect(again.stdout.split('\n').filter((line) => line && !line.startsWith('unchanged'))).toEqual([]);

    const catalog = path.join(project, 'locales', 'fr', 'article-00003.json');
    const values = JSON.parse(await readFile(catalog, 'utf8')) as Record<string, string>;
    const key = Object.keys(values)[1] as string;
    values[key] = `${values[key]} (mis à jour)`;
    await writeFile(catalog, `${JSON.stringify(values, null, 2)}\n`);
    const before = await stat(path.join(project, 'output', 'ar', 'article-00003.md'));
    const changed = await runCliInProcess(project, ['build']);
    expect(changed.stdout.split('\n').filter((line) => line.startsWith('written'))).toEqual([
      'written    output/fr/article-00003.md',
      'written    output/fr/article-00003.html',
    ]);
    expect((await stat(path.join(project, 'output', 'ar', 'article-00003.md'))).mtimeMs).toBe(before.mtimeMs);

    const cold = await copyToTemp(project, (file) => !file.includes(`${path.sep}output`) && !file.includes(`${path.sep}cache`));
    expect((await runCliInProcess(cold, ['build'])).code).toBe(0);
    expect(await tree(project)).toEqual(await tree(cold));
  });

  it('builds every edition of an article again when a changed one is blocked, and leaves the others as they were', async () => {
    const project = await firstEight();
    expect((await runCliInProcess(project, ['build'])).code).toBe(0);
    const before = await tree(project);
    const catalog = path.join(project, 'locales', 'ar', 'article-00004.json');
    const original = await readFile(catalog, 'utf8');
    const values = JSON.parse(original) as Record<string, string>;
    delete values[Object.keys(values)[1] as string];
    await writeFile(catalog, `${JSON.stringify(values, null, 2)}\n`);
    const blocked = await runCliInProcess(project, ['build']);
    expect(blocked.code).toBe(1);
    expect(blocked.stdout.split('\n').filter((line) => line && !line.startsWith('unchanged') && !line.startsWith(' ')).slice(0, 1)).toEqual([
      'blocked    output/ar/article-00004.md  (missing 1: fix them, or pass --allow-incomplete to publish the source text in their place)',
    ]);
    expect(await tree(project)).toEqual(before);
    await writeFile(catalog, original);
    const restored = await runCliInProcess(project, ['build']);
    expect(restored.code).toBe(0);
    expect(restored.stdout.split('\n').filter((line) => line.startsWith('written'))).toEqual([]);
    expect(await tree(project)).toEqual(before);
  });

  it('keeps its records when the same code is compiled again (a CI runner after npm ci), not when the code changes', async () => {
    // Two articles: what is tested is tarjama's fingerprint, each build a process of its own.
    const project = await firstArticles(2);
    // The bundle's own folder is named bin: that is what tarjama fingerprints (see tarjamaCodeHash).
    const bin = path.join(await mkdtemp(path.join(tmpdir(), 'tarjama-code-')), 'bin');
    // With their times, so that the stamp the compile wrote beside them (code-hash.json) holds.
    cpSync(path.dirname(cliPath), bin, { recursive: true, preserveTimestamps: true });
    const build = () => spawnSync(process.execPath, [path.join(bin, 'cli.js'), 'build', '--cwd', project], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const written = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('written')).length;
    const shared = async () => (JSON.parse(await readFile(path.join(project, 'locales', '.tarjama', 'cache', 'build.json'), 'utf8')) as { shared: string }).shared;
    expect(written(build().stdout)).toBe(12);
    const first = await shared();
    // The stamp is what the run read: another hash in it is another code.
    const stamp = path.join(bin, 'code-hash.json');
    const stamped = await readFile(stamp, 'utf8');
    await writeFile(stamp, stamped.replace(/"hash":"[0-9a-f]{64}"/, `"hash":"${'0'.repeat(64)}"`));
    expect(build().stdout).toBe('unchanged  12 files\n');
    expect(await shared()).not.toBe(first);
    await writeFile(stamp, stamped);
    // The same bundle with new modification times: the stamp no longer holds, and the code hashed
    // again is the code the stamp named: nothing to do.
    for (const name of await readdir(bin)) await utimes(path.join(bin, name), new Date(), new Date(Date.now() + 5000));
    expect(build().stdout).toBe('unchanged  12 files\n');
    expect(await shared()).toBe(first);
    // One byte more: every article is built again (to the same files) and recorded for the new code.
    await writeFile(path.join(bin, 'cli.js'), `${await readFile(path.join(bin, 'cli.js'), 'utf8')}\n`);
    expect(build().stdout).toBe('unchanged  12 files\n');
    expect(await shared()).not.toBe(first);
  }, 60_000);

  it('rebuilds an output that was edited or deleted by hand', async () => {
    const project = await firstEight();
    await runCliInProcess(project, ['build']);
    const file = path.join(project, 'output', 'en', 'article-00001.md');
    const original = await readFile(file, 'utf8');
    await writeFile(file, `${original}\nedited by hand\n`);
    expect((await runCliInProcess(project, ['build'])).stdout).toContain('written    output/en/article-00001.md');
    expect(await readFile(file, 'utf8')).toBe(original);
  });
});

/** Runs the CLI with `TARJAMA_JOBS` set: 1 runs every namespace on the main thread, 2 starts the worker pool for two namespaces or more. */
const runWithJobs = (project: string, jobs: number, args: readonly string[]) => runCliInProcess(project, args, { TARJAMA_JOBS: String(jobs) });

/** Revises one translation of a locale in every article. */
async function reviseEveryArticle(project: string, locale: string, at: number): Promise<void> {
  for (const name of await readdir(path.join(project, 'locales', locale))) {
    const catalog = path.join(project, 'locales', locale, name);
    const values = JSON.parse(await readFile(catalog, 'utf8')) as Record<string, string>;
    const key = Object.keys(values)[at] as string;
    values[key] = `${values[key]} (revu)`;
    await writeFile(catalog, `${JSON.stringify(values, null, 2)}\n`);
  }
}

/** Runs `work`, counting the worker threads started in this process meanwhile (the compiled CLI's `Worker` is `node:worker_threads`' own, wrapped). */
async function countWorkers<T>(work: () => Promise<T>): Promise<{ result: T; workers: number }> {
  const threads = require('node:worker_threads') as { Worker: typeof Worker };
  const original = threads.Worker;
  let started = 0;
  threads.Worker = class extends original {
    constructor(...args: ConstructorParameters<typeof Worker>) {
      super(...args);
      started += 1;
    }
  };
  syncBuiltinESMExports();
  try {
    const result = await work();
    return { result, workers: started };
  } finally {
    threads.Worker = original;
    syncBuiltinESMExports();
  }
}

describe('the worker pool', () => {
  it(`is not started by default below ${defaultPoolFrom} namespaces or articles to read (TARJAMA_JOBS starts it, below)`, async () => {
    const project = await copyToTemp(corpus);
    // Every French catalog revised: extract reads the 30 articles again, check checks the 30 namespaces.
    await reviseEveryArticle(project, 'fr', 2);
    for (const command of ['extract', 'check']) {
      const { result, workers } = await countWorkers(() => runCliInProcess(project, [command]));
      expect(result.code, result.stderr).toBe(0);
      expect(workers, command).toBe(0);
    }
  }, 120_000);

  it('reuses the unchanged editions of the articles it builds again, exactly as a build on one thread does', async () => {
    const pooled = await firstEight();
    // Every Arabic edition has a warning: an edition built again reports it, one reused does not.
    await reviseEveryArticle(pooled, 'ar', 1);
    const first = await countWorkers(() => runWithJobs(pooled, 2, ['build']));
    expect(first.result.code).toBe(0);
    expect(first.workers).toBe(1);
    // One French translation revised in each of the 8 articles: all 8 built again, on both threads.
    await reviseEveryArticle(pooled, 'fr', 2);
    const serial = await copyToTemp(pooled);
    const before = await stat(path.join(pooled, 'output', 'ar', 'article-00003.md'));
    const { result: run, workers } = await countWorkers(() => runWithJobs(pooled, 2, ['build', '--format', 'json']));
    expect(workers).toBe(1);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { outputs: Array<{ locale: string; result: string }>; findings: Array<{ locale: string }> };
    expect(new Set(report.outputs.filter((output) => output.result === 'written').map((output) => output.locale))).toEqual(new Set(['fr']));
    expect(report.outputs.filter((output) => output.result === 'written')).toHaveLength(8);
    expect(new Set(report.findings.map((finding) => finding.locale))).toEqual(new Set(['fr']));
    expect((await stat(path.join(pooled, 'output', 'ar', 'article-00003.md'))).mtimeMs).toBe(before.mtimeMs);
    expect(run).toEqual(await runWithJobs(serial, 1, ['build', '--format', 'json']));
    expect(await tree(pooled)).toEqual(await tree(serial));
  }, 120_000);

  it('extracts on two threads exactly what one thread extracts, and stops at the same article with the same error', async () => {
    // Cold (no locales at all), then after edits with every article read again (no cache), then with two articles broken.
    // Twelve articles: the edits reach article 11.
    const cold = await firstArticles(12);
    await rm(path.join(cold, 'locales'), { recursive: true });
    const edited = await firstArticles(12);
    await editArticles(edited);
    await rm(path.join(edited, 'locales', '.tarjama', 'cache'), { recursive: true, force: true });
    const broken = await firstArticles(12);
    await writeFile(path.join(broken, 'source', 'article-00010.md'), '---\ntitle: [oops\n---\n\nText.\n');
    await writeFile(path.join(broken, 'source', 'article-00007.md'), Buffer.from([0xff, 0xfe]));
    for (const project of [cold, edited, broken]) {
      const serial = await copyToTemp(project);
      const pooled = await countWorkers(() => runWithJobs(project, 2, ['extract']));
      const alone = await countWorkers(() => runWithJobs(serial, 1, ['extract']));
      expect([pooled.workers, alone.workers]).toEqual([1, 0]);
      expect(pooled.result).toEqual(alone.result);
      expect(await extracted(project)).toEqual(await extracted(serial));
    }
    expect(await runWithJobs(broken, 2, ['extract'])).toMatchObject({ code: 2, stderr: 'tarjama: source/article-00007.md:1:1: not valid UTF-8 (save the file as UTF-8)\n' });
  }, 120_000);
});

/** Every file under locales/ but the cache (whose records hold file times), by path. */
async function extracted(root: string): Promise<Map<string, string>> {
  const folder = path.join(root, 'locales');
  const names = (await readdir(folder, { recursive: true })).filter((name) => !name.startsWith(path.join('.tarjama', 'cache'))).sort();
  const files = await Promise.all(names.map(async (name) => ((await stat(path.join(folder, name))).isFile() ? [[name, await readFile(path.join(folder, name), 'utf8')] as const] : [])));
  return new Map(files.flat());
}

/** Edits as a newsroom makes them: a paragraph reworded, one added (another article's, so the memory fills it), one deleted, a translation revised. */
async function editArticles(project: string): Promise<void> {
  const source = (index: number) => path.join(project, 'source', `article-${String(index).padStart(5, '0')}.md`);
  const paragraphs = async (index: number) => (await readFile(source(index), 'utf8')).split('\n\n');
  const prose = (paragraph: string) => /^[A-Z]/.test(paragraph) && paragraph.length > 100 && !paragraph.includes('[');
  const reworded = await paragraphs(5);
  const at = reworded.findIndex(prose);
  reworded[at] = (reworded[at] as string).replace(/\. /, '. Officials confirmed it. ');
  await writeFile(source(5), reworded.join('\n\n'));
  const borrowed = (await paragraphs(3)).find(prose);
  const added = await paragraphs(7);
  if (at < 0 || borrowed === undefined) throw new Error('the corpus has no plain paragraph to edit');
  added.splice(3, 0, borrowed);
  await writeFile(source(7), added.join('\n\n'));
  const shortened = await paragraphs(9);
  shortened.splice(shortened.findIndex(prose), 1);
  await writeFile(source(9), shortened.join('\n\n'));
  const catalog = path.join(project, 'locales', 'fr', 'article-00011.json');
  const values = JSON.parse(await readFile(catalog, 'utf8')) as Record<string, string>;
  const key = Object.keys(values)[2] as string;
  values[key] = `${values[key]} (revu)`;
  await writeFile(catalog, `${JSON.stringify(values, null, 2)}\n`);
}

describe('incremental extract', () => {
  it('does not read an article whose files did not change, and reads it again once one did', async () => {
    const project = await copyToTemp(corpus);
    expect((await runCliInProcess(project, ['extract'])).code).toBe(0);
    expect((await runCliInProcess(project, ['extract'])).stdout).toMatch(/^30 articles with no segment changed\nunchanged {2}\d+ files\n$/);
    // Same size and time (copied back with `touch -r`), bytes that are not UTF-8: extract trusts the size and time, so it never reads them.
    const file = path.join(project, 'source', 'article-00002.md');
    const times = path.join(project, 'times');
    await writeFile(times, '');
    expect(spawnSync('touch', ['-r', file, times]).status).toBe(0);
    await writeFile(file, Buffer.alloc((await stat(file)).size, 0xff));
    expect(spawnSync('touch', ['-r', times, file]).status).toBe(0);
    expect((await runCliInProcess(project, ['extract'])).code).toBe(0);
    await utimes(file, new Date(), new Date(Date.now() + 1000));
    const read = await runCliInProcess(project, ['extract']);
    expect(read.code).toBe(2);
    expect(read.stderr).toContain('source/article-00002.md:1:1: not valid UTF-8');
  });

  it('gives after edits exactly the catalogs, state, archive and report of an extract without its cache', async () => {
    const project = await copyToTemp(corpus);
    expect((await runCliInProcess(project, ['extract'])).code).toBe(0);
    await editArticles(project);
    const cold = await copyToTemp(project, (file) => !file.includes(`${path.sep}cache`));
    const warm = await runCliInProcess(project, ['extract']);
    expect(warm.stdout).toContain('filled from memory, to review');
    expect(warm.stdout).toContain('archived');
    expect(warm.stdout).toContain('27 other articles with no segment changed');
    expect(warm).toEqual(await runCliInProcess(cold, ['extract']));
    for (const folder of ['locales/en', 'locales/fr', 'locales/ar', 'locales/.tarjama/state', 'locales/.tarjama/archive']) {
      expect(await filesIn(project, folder)).toEqual(await filesIn(cold, folder));
    }
  });
});

describe('incremental check', () => {
  it('reports from its records exactly what a check without them reports, and reads only what changed', async () => {
    const project = await firstEight();
    const edit = async (file: string, change: (values: Record<string, string>, key: string) => void) => {
      const values = JSON.parse(await readFile(path.join(project, file), 'utf8')) as Record<string, string>;
      change(values, Object.keys(values)[2] as string);
      await writeFile(path.join(project, file), `${JSON.stringify(values, null, 2)}\n`);
    };
    const findings = (result: { stdout: string }) => (JSON.parse(result.stdout) as { findings: Array<{ rule: string; namespace: string }> }).findings.map((finding) => `${finding.namespace} ${finding.rule}`);
    await edit('locales/ar/article-00004.json', (values, key) => delete values[key]);
    const first = await runCliInProcess(project, ['check', '--format', 'json']);
    expect(findings(first)).toEqual(['article-00004 missing']);
    expect(await runCliInProcess(project, ['check', '--format', 'json'])).toEqual(first);

    // Same size and time, bytes that are not JSON: the record stands, so the file is not read.
    const file = path.join(project, 'locales', 'fr', 'article-00002.json');
    const times = path.join(project, 'times');
    await writeFile(times, '');
    expect(spawnSync('touch', ['-r', file, times]).status).toBe(0);
    const original = await readFile(file, 'utf8');
    await writeFile(file, '#'.repeat(Buffer.byteLength(original)));
    expect(spawnSync('touch', ['-r', times, file]).status).toBe(0);
    expect(await runCliInProcess(project, ['check', '--format', 'json'])).toEqual(first);
    await writeFile(file, original);

    // A new error elsewhere: that article is checked again, and the report is the one of a check without records.
    await edit('locales/fr/article-00006.json', (values, key) => {
      values[key] = `${values[key]} **gras**`;
    });
    const warm = await runCliInProcess(project, ['check', '--format', 'json']);
    expect(findings(warm)).toEqual(['article-00004 missing', 'article-00006 markup']);
    const cold = await copyToTemp(project, (name) => !name.includes(`${path.sep}cache`));
    expect(warm).toEqual(await runCliInProcess(cold, ['check', '--format', 'json']));
  });
});

describe('sharding', () => {
  it('gives, over three shards, exactly the outputs and findings of an unsharded run', async () => {
    const whole = await firstEight();
    const sharded = await firstEight();
    const damaged = path.join(whole, 'locales', 'ar', 'article-00005.json');
    const values = JSON.parse(await readFile(damaged, 'utf8')) as Record<string, string>;
    delete values[Object.keys(values)[2] as string];
    for (const project of [whole, sharded]) await writeFile(path.join(project, 'locales', 'ar', 'article-00005.json'), `${JSON.stringify(values, null, 2)}\n`);

    await runCliInProcess(whole, ['build']);
    for (const shard of ['1/3', '2/3', '3/3']) await runCliInProcess(sharded, ['build', '--shard', shard]);
    expect(await tree(sharded)).toEqual(await tree(whole));

    const findings = async (project: string, args: string[]) => (JSON.parse((await runCliInProcess(project, ['check', '--format', 'json', ...args])).stdout) as { findings: unknown[] }).findings;
    const union = [];
    for (const shard of ['1/3', '2/3', '3/3']) union.push(...(await findings(sharded, ['--shard', shard])));
    expect(union).toEqual(await findings(whole, []));
    expect(union).toHaveLength(1);
  }, 120_000);

  it('refuses a shard that is not K/N', async () => {
    const result = await runCliInProcess(corpus, ['check', '--shard', '4/3']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('tarjama: --shard must be K/N with 1 ≤ K ≤ N, e.g. 2/4; not "4/3"\n');
  });
});

describe('progressBar', () => {
  it('draws counts and rate in place on long runs only', () => {
    const written: string[] = [];
    let clock = 0;
    const bar = progressBar({ write: (text) => written.push(text) > 0, columns: 60 }, 200, () => clock);
    bar(1, 100);
    expect(written).toEqual([]);
    clock = 1000;
    bar(100, 300);
    clock = 3000;
    bar(300, 300);
    expect(written).toEqual(['\r[#######.............] 100/300 documents, 100/s', '\r[####################] 300/300 documents, 100/s\n']);
  });
});
