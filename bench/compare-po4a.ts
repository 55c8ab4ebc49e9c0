import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { po } from 'gettext-parser';
import { loadConfig } from '../pipeline/config/load-config.js';
import { writeCorpus } from './corpus.js';
import { leaveIncomplete } from './leave-incomplete.js';
import { median as middle } from './median.js';
import { translateCorpus } from './translate-corpus.js';

/**
 * po4a (Debian's package, which must be installed) and the CLI `cli` side by side on the same
 * seeded corpus of `count` articles, en → fr, ar; returns the table, with the ratios po4a time /
 * tarjama time. po4a gets the classic set-up, one POT and one PO per language for the whole
 * corpus (its Markdown mode, YAML front matter title and description), every entry filled with
 * msgen, as tarjama's stand-in catalogs are. Each run is a fresh process, and both tools do the
 * whole job each time, as a CI job runs it: po4a's one command extracts, merges and writes;
 * tarjama's, `build --extract`, extracts then builds in one process. A cold run starts with no
 * outputs and no records (tarjama's cache; po4a --force, which regenerates the POT and the POs
 * whatever their times say): `runs` of each, in pairs, and their medians. The others are medians
 * of `runs` too: nothing changed; one French translation changed; and nothing changed with a tenth of the articles missing one
 * French translation (after a run that saw them), work in progress as a newsroom has it. Beside
 * those medians, tarjama's same job as two commands, `extract` then `build`, two processes.
 */
export async function comparePo4a(cli: string, count: number, runs: number): Promise<Po4aComparison> {
  const work = await mkdtemp(path.join(tmpdir(), 'tarjama-po4a-'));
  const roots = { tarjama: path.join(work, 'tarjama'), po4a: path.join(work, 'po4a') };
  // A build with blocked editions exits 1: the work-in-progress one must, the others must not.
  let blocked = 0;
  const tarjama = (command: readonly string[], status = 0): number => seconds(process.execPath, [cli, ...command, '--quiet', '--cwd', roots.tarjama], roots.tarjama, status);
  // The whole job in one command, as po4a's: extract, then build, in one process.
  const tarjamaJob = (): Job => ({ total: tarjama(['build', '--extract'], blocked) });
  // The same as two commands, two processes: the build's own time is the second.
  const tarjamaApart = (): Job => {
    const extract = tarjama(['extract']);
    const build = tarjama(['build'], blocked);
    return { total: extract + build, build };
  };
  const po4a = (...options: string[]): number => seconds('po4a', [...options, '--quiet', 'po4a.cfg'], roots.po4a);
  try {
    await writeCorpus(roots.tarjama, count);
    tarjama(['extract']);
    await translateCorpus(roots.tarjama, await loadConfig(roots.tarjama));
    await writeCorpus(roots.po4a, count);
    await setUpPo4a(roots.po4a);

    // Cold runs in pairs, po4a then tarjama, so that both meet the machine in the same state; the medians of `runs` pairs.
    const colds: Array<{ po4a: number; tarjama: number }> = [];
    for (let pair = 0; pair < runs; pair += 1) {
      await rm(path.join(roots.po4a, 'output'), { recursive: true, force: true });
      const po4aTime = po4a('--force');
      for (const folder of ['output', 'locales/.tarjama/cache']) await rm(path.join(roots.tarjama, folder), { recursive: true, force: true });
      colds.push({ po4a: po4aTime, tarjama: tarjamaJob().total });
    }
    const po4aCold = { total: middle(colds.map((cold) => cold.po4a)) };
    const tarjamaCold = { total: middle(colds.map((cold) => cold.tarjama)) };

    const same = { po4a: median(runs, () => ({ total: po4a() })), tarjama: median(runs, tarjamaJob), apart: median(runs, tarjamaApart) };
    let edit = 0;
    const editTarjama = (): void =>
      editFile(path.join(roots.tarjama, 'locales', 'fr', 'article-00000.json'), (text) => {
        const values = JSON.parse(text) as Record<string, string>;
        const key = Object.keys(values)[1] as string;
        return `${JSON.stringify({ ...values, [key]: `(edited ${(edit += 1)}) ${values[key]}` }, null, 2)}\n`;
      });
    const one = {
      po4a: median(runs, () => {
        // The first translated entry (the header's msgstr is empty).
        editFile(path.join(roots.po4a, 'po', 'fr.po'), (text) => text.replace(/^msgstr "(?=[^"])/m, `msgstr "(edited ${(edit += 1)}) `));
        return { total: po4a() };
      }),
      tarjama: median(runs, () => {
        editTarjama();
        return tarjamaJob();
      }),
      apart: median(runs, () => {
        editTarjama();
        return tarjamaApart();
      }),
    };

    const incomplete = await leaveIncomplete(roots.tarjama, 'fr');
    blocked = 1;
    await emptyDescriptions(roots.po4a, incomplete);
    tarjamaJob();
    po4a();
    const progress = { po4a: median(runs, () => ({ total: po4a() })), tarjama: median(runs, tarjamaJob), apart: median(runs, tarjamaApart) };

    const version = /\d[\d.]*\d/.exec(spawnSync('po4a', ['--version'], { encoding: 'utf8' }).stdout)?.[0] ?? '?';
    return { version, count, runs, cold: { po4a: po4aCold, tarjama: tarjamaCold }, same, one, progress };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** One row of the comparison: po4a's time, tarjama's (`build --extract`) and, but for the cold run, tarjama's as two commands. */
interface Times {
  po4a: Job;
  tarjama: Job;
  apart?: Job;
}

/** What `comparePo4a` measured, for `renderPo4aComparison` and for the bench's summary of targets. */
export interface Po4aComparison {
  version: string;
  count: number;
  runs: number;
  cold: Times;
  same: Times;
  one: Times;
  progress: Times;
}

/** The comparison as the bench prints it: a table of po4a / tarjama ratios, and a line for tarjama's job as two commands. */
export function renderPo4aComparison({ version, count, runs, cold, same, one, progress }: Po4aComparison): string {
  const f = (value: number): string => value.toFixed(2);
  const row = (label: string, times: Times): string => `| ${label} | ${f(times.po4a.total)} s | ${f(times.tarjama.total)} s | ${(times.po4a.total / times.tarjama.total).toFixed(1)} × |`;
  const apart = ([['nothing changed', same], ['one translation changed', one], ['a tenth incomplete', progress]] as const).map(
    ([label, times]) => `${label} ${f(times.apart?.total ?? 0)} s (${f(times.apart?.build ?? 0)} s), ${(times.po4a.total / (times.apart?.total ?? 0)).toFixed(1)} ×`,
  );
  return [
    `po4a ${version} and tarjama side by side, N = ${count}, en → fr, ar; seconds (medians of ${runs} runs; cold: ${runs} pairs, po4a then tarjama); tarjama runs \`build --extract\` (extract, then build, in one process), po4a its one command`,
    `| | po4a ${version} | tarjama | po4a / tarjama |`,
    '|---|---:|---:|---:|',
    row('cold extract + build', cold),
    row('nothing changed', same),
    row('one translation changed', one),
    row('nothing changed, a tenth of the articles missing one French translation', progress),
    `tarjama as two commands, extract then build, in the same runs (its build alone in brackets), and po4a / tarjama: ${apart.join('; ')}`,
    `cold ≥ 2.5 × po4a asks for the whole job in ${f(cold.po4a.total / 2.5)} s or less (measured: ${f(cold.tarjama.total)} s)`,
  ].join('\n');
}

/** Wall-clock seconds of one command, a fresh process, which must exit with `status`. */
function seconds(command: string, args: readonly string[], cwd: string, status = 0): number {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, CI: '1' } });
  const elapsed = (performance.now() - started) / 1000;
  if (result.error) throw result.error;
  if (result.status !== status) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}, not ${status}:\n${result.stderr}`);
  return elapsed;
}

/** The seconds of one run of a tool's whole job, and of tarjama's build in it. */
interface Job {
  total: number;
  build?: number;
}

/** The run of median total time among `runs`. */
function median(runs: number, time: () => Job): Job {
  const samples = Array.from({ length: runs }, time).sort((a, b) => a.total - b.total);
  return samples[Math.floor(samples.length / 2)] as Job;
}

/** A translator's edit. */
function editFile(file: string, edit: (text: string) => string): void {
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
}

/** po4a's configuration (every article, one POT, one PO per language), a first run to write them, and msgen to fill every entry. */
async function setUpPo4a(root: string): Promise<void> {
  const articles = (await readdir(path.join(root, 'source'))).filter((name) => name.endsWith('.md')).sort();
  const lines = ['[po4a_langs] fr ar', '[po4a_paths] po/news.pot $lang:po/$lang.po', '[options] --keep 0 --no-backups'];
  for (const name of articles) lines.push(`[type: text] source/${name} $lang:output/$lang/${name} opt:"-o markdown -o yfm_keys=title,description"`);
  await writeFile(path.join(root, 'po4a.cfg'), `${lines.join('\n')}\n`);
  spawnSync('po4a', ['--quiet', 'po4a.cfg'], { cwd: root, stdio: 'ignore' });
  for (const language of ['fr', 'ar']) {
    const file = path.join('po', `${language}.po`);
    if (spawnSync('msgen', ['-o', file, file], { cwd: root, stdio: 'ignore' }).status !== 0) throw new Error(`msgen could not fill ${file}: is gettext installed?`);
  }
}

/** The French translation of the description of the articles at `indices` emptied, as `leaveIncomplete` removes tarjama's. */
async function emptyDescriptions(root: string, indices: readonly number[]): Promise<void> {
  const articles = (await readdir(path.join(root, 'source'))).filter((name) => name.endsWith('.md')).sort();
  const file = path.join(root, 'po', 'fr.po');
  const catalog = po.parse(await readFile(file));
  const entries = catalog.translations[''] ?? {};
  for (const index of indices) {
    const source = await readFile(path.join(root, 'source', articles[index] as string), 'utf8');
    const description = /^description: "(.*)"$/m.exec(source)?.[1];
    const entry = description === undefined ? undefined : entries[description];
    if (!entry) throw new Error(`no entry for the description of ${articles[index]} in ${file}`);
    entry.msgstr = [''];
  }
  await writeFile(file, po.compile(catalog));
}
