import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../pipeline/config/load-config.js';
import { writeCorpus } from './corpus.js';
import { comparePo4a, renderPo4aComparison } from './compare-po4a.js';
import { leaveIncomplete } from './leave-incomplete.js';
import { libraryWork } from './library-work.js';
import { machineState } from './machine-state.js';
import { median } from './median.js';
import { noChangeFloor } from './no-change-floor.js';
import { npmStartUp } from './npm-start-up.js';
import { parallelThroughput, type ParallelThroughput } from './parallel-throughput.js';
import { renderTargets, type TargetFigures } from './targets.js';
import { translateCorpus } from './translate-corpus.js';

/**
 * `npm run bench`: generates seeded corpora, then times the installed CLI (a fresh process per
 * run, start-up included) as the median of several runs, with peak RSS from GNU time, next to
 * the library floor (remark parsing every article once and stringifying it three times) and
 * the lower bounds set by all the work the libraries and the disk must do (`libraryWork`), spread
 * perfectly over the cores and spread at the speed-up this machine measurably gives (`parallelThroughput`),
 * and beside them the library work tarjama's product adds (`ProductWork`: messages, front matter, i18next, sanitiser).
 * "no-change" runs follow a run that had work to do; `npm run build` is `build --extract`, the whole
 * job in one process, timed cold as the others (with its peak RSS).
 * The last no-change build has work in progress: a tenth of the articles miss one French
 * translation (their editions blocked, after a build that recorded them). When po4a is
 * installed, it is timed beside tarjama (`comparePo4a`) at the largest size up to 1,000.
 * The no-change floor (`noChangeFloor`) times what any build that finds nothing changed must do.
 * Options: --sizes 100,1000  --large (adds 10000)  --runs 3  --po4a N (0: not)
 */
// Compiled to dist-bench/bench/ (tsconfig.bench.json): the CLI timed is the package's `bin`, dist/bin/cli.js.
const cli = fileURLToPath(new URL('../../dist/bin/cli.js', import.meta.url));
const argv = process.argv.slice(2);
const option = (name: string): string | undefined => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : undefined);
const sizes = (option('sizes') ?? '100,1000').split(',').map(Number).concat(argv.includes('--large') ? [10_000] : []);
const runs = Number(option('runs') ?? 3);
/**
 * Runs of a measure that takes well under a second (a run with nothing to do, the no-change
 * floor): a single one moves by a tenth of a second with the machine, as much as the targets'
 * margins, and nine cost a few seconds.
 */
const quickRuns = Math.max(runs, 9);
const gnuTime = existsSync('/usr/bin/time');

interface Measure {
  seconds: number;
  rssMb: number | null;
}

/** Times one run of the CLI, which must exit with `status` (1: a build with blocked editions), else nothing is timed. */
function run(root: string, args: string[], env: Record<string, string> = {}, status = 0): Measure {
  const command = gnuTime ? '/usr/bin/time' : process.execPath;
  const prefix = gnuTime ? ['-f', '%e %M', process.execPath] : [];
  const started = performance.now();
  const result = spawnSync(command, [...prefix, cli, ...args, '--cwd', root], { encoding: 'utf8', env: { ...process.env, CI: '1', ...env }, maxBuffer: 1 << 30 });
  const elapsed = (performance.now() - started) / 1000;
  if (result.status !== status) throw new Error(`tarjama ${args.join(' ')} exited with ${result.status}:\n${result.stderr}`);
  const timing = gnuTime ? /([\d.]+) (\d+)\s*$/.exec(result.stderr) : null;
  return { seconds: elapsed, rssMb: timing ? Number(timing[2]) / 1024 : null };
}

/** The median of several runs, with the fastest and the slowest: how far the machine moved a figure in one bench run. */
interface Measured extends Measure {
  fastest: number;
  slowest: number;
}

async function measure(times: number, prepare: () => Promise<void>, act: () => Measure): Promise<Measured> {
  const samples: Measure[] = [];
  for (let index = 0; index < times; index += 1) {
    await prepare();
    samples.push(act());
  }
  const seconds = samples.map((sample) => sample.seconds);
  const rss = samples.map((sample) => sample.rssMb).filter((value): value is number => value !== null);
  return { seconds: median(seconds), fastest: Math.min(...seconds), slowest: Math.max(...seconds), rssMb: rss.length > 0 ? Math.max(...rss) : null };
}

const rows: Array<Record<string, string>> = [];
const memory: string[] = [];
const v8DefaultBuilds: string[] = [];
const checkouts: string[] = [];
const libraryLines: string[] = [];
const bounds: string[] = [];
const reachable: string[] = [];
const productLines: string[] = [];
const floors: string[] = [];
const oneArticleExtracts: string[] = [];
const wholeJobs: string[] = [];
let throughput: ParallelThroughput | undefined;
const cores = availableParallelism();
const builds = new Map<number, number>();
const targets = new Map<number, TargetFigures>();
for (const size of sizes) {
  const root = await mkdtemp(path.join(tmpdir(), `tarjama-bench-${size}-`));
  await writeCorpus(root, size);
  const clean = (...folders: string[]) => async () => {
    for (const folder of folders) await rm(path.join(root, folder), { recursive: true, force: true });
  };
  const extract = await measure(runs, clean('locales'), () => run(root, ['extract', '--quiet']));
  await translateCorpus(root, await loadConfig(root));
  // The translators' files changed: one extract records them, then the ones measured have nothing to do.
  run(root, ['extract', '--quiet']);
  const unchangedExtract = await measure(quickRuns, async () => {}, () => run(root, ['extract', '--quiet']));
  // The whole job in one command and one process, cold (no outputs, no cache: every source parsed).
  const job = await measure(runs, clean('output', 'locales/.tarjama/cache'), () => run(root, ['build', '--extract', '--quiet']));
  // Cold: no outputs and no build records, after an extract (whose parses a build takes, as it does after every extract).
  const build = await measure(runs, clean('output', 'locales/.tarjama/cache/build.json'), () => run(root, ['build', '--quiet']));
  const v8Defaults = await measure(runs, clean('output', 'locales/.tarjama/cache/build.json'), () => run(root, ['build', '--quiet'], { TARJAMA_V8_DEFAULTS: '1' }));
  const check = await measure(runs, clean('locales/.tarjama/cache/check.json'), () => run(root, ['check', '--quiet']));
  const unchangedCheck = await measure(quickRuns, async () => {}, () => run(root, ['check', '--quiet']));
  const unchanged = await measure(quickRuns, async () => {}, () => run(root, ['build', '--quiet']));
  const catalog = path.join(root, 'locales', 'fr', 'article-00000.json');
  let edit = 0;
  const oneArticle = await measure(
    runs,
    async () => {
      const values = JSON.parse(await readFile(catalog, 'utf8')) as Record<string, string>;
      const key = Object.keys(values)[1] as string;
      values[key] = `${(values[key] ?? '').replace(/ \(\d+\)$/, '')} (${(edit += 1)})`;
      await writeFile(catalog, `${JSON.stringify(values, null, 2)}\n`);
    },
    () => run(root, ['build', '--quiet']),
  );
  // A fresh CI checkout with the cache restored: every file has a new time and the same content.
  const touchAll = async (): Promise<void> => {
    const now = new Date();
    for (const file of await readdir(root, { recursive: true })) {
      if (!file.includes('.tarjama/cache')) await utimes(path.join(root, file), now, now);
    }
  };
  // The one-article runs changed a catalog since the last check and extract: bring every record up to date first.
  for (const command of ['check', 'extract', 'build']) run(root, [command, '--quiet']);
  const checkout = await measure(runs, touchAll, () => {
    const steps = ['check', 'extract', 'build'].map((command) => run(root, [command, '--quiet']));
    return { seconds: steps.reduce((total, step) => total + step.seconds, 0), rssMb: Math.max(...steps.map((step) => step.rssMb ?? 0)) };
  });
  const config = await loadConfig(root);
  const work = libraryWork(root, config.locales, config.sourceLocale);
  // Work in progress: a build records the blocked editions, then nothing changes.
  await leaveIncomplete(root, 'fr');
  run(root, ['build', '--quiet'], {}, 1);
  const inProgress = await measure(quickRuns, async () => {}, () => run(root, ['build', '--quiet'], {}, 1));
  const floor = await noChangeFloor(root, quickRuns);
  // An editor corrects a figure in one story and extracts: after one such extract (which builds the
  // translation memory and writes its index), each run has one new paragraph text to look up.
  const story = path.join(root, 'source', 'article-00001.md');
  const correct = async (): Promise<void> => {
    await writeFile(story, (await readFile(story, 'utf8')).replace(/ with (\d+) participants/, (_, count: string) => ` with ${Number(count) + 1} participants`));
  };
  await correct();
  run(root, ['extract', '--quiet']);
  const oneExtract = await measure(runs, correct, () => run(root, ['extract', '--quiet']));
  oneArticleExtracts.push(`N = ${size}: ${oneExtract.seconds.toFixed(2)} s (no-change extract: ${unchangedExtract.seconds.toFixed(2)} s)`);
  floors.push(`N = ${size}: ${floor.seconds.toFixed(2)} s for ${floor.files} files (no-change build with a tenth incomplete: ${inProgress.seconds.toFixed(2)} s, its ${quickRuns} runs ${inProgress.fastest.toFixed(2)}–${inProgress.slowest.toFixed(2)} s; no-change build ${unchanged.fastest.toFixed(2)}–${unchanged.slowest.toFixed(2)} s)`);
  const floorSeconds = work.parse + work.stringify;
  const all = floorSeconds + work.parseTranslations + work.html + work.write;
  // Extract parses every source; the build after it takes those parses (`parsedArticles`).
  const buildWork = all - work.parse;
  const f = (seconds: number): string => seconds.toFixed(2);
  libraryLines.push(`N = ${size}: parse ${f(work.parse)} + stringify ${f(work.stringify)} = floor ${f(floorSeconds)}; translations parsed ${f(work.parseTranslations)}, HTML ${f(work.html)}, files written ${f(work.write)}`);
  const { messages, frontMatter, i18next, sanitize } = work.product;
  const withProduct = all + messages + frontMatter + i18next + sanitize;
  bounds.push(
    `N = ${size}: cold build after extract ≥ ${f(buildWork / cores)} s = ${(buildWork / cores / floorSeconds).toFixed(2)} × floor (measured ${build.seconds.toFixed(2)}); ` +
      `cold extract + build ≥ ${f(all / cores)} s (measured ${f(extract.seconds + build.seconds)})`,
  );
  // The same bounds at the speed-up this machine gives the libraries' work on all its cores at once (measured once, on up to 400 of the sources).
  throughput ??= await parallelThroughput((await readdir(path.join(root, 'source'))).sort().slice(0, 400).map((file) => path.join(root, 'source', file)), cores);
  reachable.push(`N = ${size}: cold build after extract ≥ ${f(buildWork / throughput.speedup)} s, cold extract + build ≥ ${f(all / throughput.speedup)} s`);
  productLines.push(`N = ${size}: messages written ${f(messages)}, front matter read and written ${f(frontMatter)}, i18next ${f(i18next)}, HTML sanitised ${f(sanitize)}; with the work above ${f(withProduct)} s, ${f(withProduct / throughput.speedup)} s at the measured speed-up`);
  builds.set(size, build.seconds);
  const mb = (entry: Measure): string => (entry.rssMb === null ? 'n/a' : entry.rssMb.toFixed(0));
  const peak = Math.max(...[extract, unchangedExtract, job, build, check, unchangedCheck, unchanged, oneArticle, inProgress, oneExtract].map((entry) => entry.rssMb ?? 0));
  targets.set(size, { size, inProgress: inProgress.seconds, job: job.seconds, apart: extract.seconds + build.seconds, bound: all / cores, reachable: all / throughput.speedup, productReachable: withProduct / throughput.speedup, peakMb: gnuTime ? peak : null, po4a: null });
  wholeJobs.push(`N = ${size}: ${job.seconds.toFixed(2)} s, ${mb(job)} MB (extract and build (cold) as two processes: ${(extract.seconds + build.seconds).toFixed(2)} s)`);
  checkouts.push(`N = ${size}: ${checkout.seconds.toFixed(2)} s (against ${(check.seconds + extract.seconds + build.seconds).toFixed(2)} s cold)`);
  v8DefaultBuilds.push(`N = ${size}: ${v8Defaults.seconds.toFixed(2)} s, ${mb(v8Defaults)} MB`);
  memory.push(`N = ${size}: extract ${mb(extract)}, no-change extract ${mb(unchangedExtract)}, build (cold) ${mb(build)}, check ${mb(check)}, no-change check ${mb(unchangedCheck)}, no-change build ${mb(unchanged)}, one-article build ${mb(oneArticle)}, no-change build with a tenth incomplete ${mb(inProgress)}, one-article extract ${mb(oneExtract)}`);
  rows.push({
    N: String(size),
    extract: extract.seconds.toFixed(2),
    'no-change extract': unchangedExtract.seconds.toFixed(2),
    'build (cold)': build.seconds.toFixed(2),
    check: check.seconds.toFixed(2),
    'no-change check': unchangedCheck.seconds.toFixed(2),
    'no-change build': unchanged.seconds.toFixed(2),
    'one-article build': oneArticle.seconds.toFixed(2),
    'no-change build, a tenth incomplete': inProgress.seconds.toFixed(2),
    'library floor': floorSeconds.toFixed(2),
    'build / floor': (build.seconds / floorSeconds).toFixed(2),
    'peak RSS MB': gnuTime ? peak.toFixed(0) : 'n/a',
  });
  await rm(root, { recursive: true, force: true });
}

const headers = Object.keys(rows[0] ?? {});
const widths = headers.map((header) => Math.max(header.length, ...rows.map((row) => (row[header] ?? '').length)));
const line = (cells: string[]) => `| ${cells.map((cell, index) => cell.padStart(widths[index] as number)).join(' | ')} |`;
console.log(`tarjama ${runs}-run medians (${quickRuns} runs for a no-change extract, check or build), seconds (a fresh process each run, start-up included); corpus: seeded newsroom articles of 3–6 KB, en → fr, ar`);
console.log(line(headers));
console.log(`|${widths.map((width) => `${'-'.repeat(width + 1)}:`).join('|')}|`);
for (const row of rows) console.log(line(headers.map((header) => row[header] ?? '')));
if (gnuTime) console.log(`peak RSS by command, MB — ${memory.join('; ')}`);
console.log(`cold build with V8's default heap sizing (TARJAMA_V8_DEFAULTS=1) — ${v8DefaultBuilds.join('; ')}`);
console.log(`library work, single-threaded, seconds (remark, rehype, the disk; each source stringified and rendered once per locale) — ${libraryLines.join('; ')}`);
console.log(`lower bounds on ${cores} cores (that work spread perfectly, nothing else: no i18next, no checks, no start-up) — ${bounds.join('; ')}`);
if (throughput) {
  const { files, speedup, alone, together } = throughput;
  const s = (seconds: number): string => seconds.toFixed(2);
  console.log(`parallel throughput: ${cores} threads parsing the same ${files} sources at once do ${s(speedup)} × the work of one (one alone: ${s(alone)} s; together: ${together.map(s).join(', ')} s); the lower bounds at that speed-up — ${reachable.join('; ')}`);
  console.log(`library work the product adds, single-threaded, seconds (as tarjama calls the libraries; not in the bounds above) — ${productLines.join('; ')}`);
}
console.log(`no-change floor (Node's start-up, the build record read and parsed, the size and time of every input and output it trusts; no bundle, no report: no no-change build can take less) — ${floors.join('; ')}`);
console.log(`the whole job in one process, cold (\`build --extract\` with no outputs and no cache, median of ${runs} runs; its peak RSS counts in the table's) — ${wholeJobs.join('; ')}`);
console.log(`one-article extract (a figure corrected in one story: its paragraph looked up in the translation memory) — ${oneArticleExtracts.join('; ')}`);
console.log(`check, extract and build after a checkout (every file re-timed, locales/.tarjama/cache kept) — ${checkouts.join('; ')}`);
const thousand = builds.get(1000);
const tenThousand = builds.get(10_000);
if (thousand && tenThousand) console.log(`cold build, 10,000 / 1,000: ${(tenThousand / thousand).toFixed(1)}×`);
const po4aSize = Number(option('po4a') ?? Math.max(...sizes.filter((size) => size <= 1000)));
const po4a = po4aSize > 0 && spawnSync('sh', ['-c', 'command -v po4a']).status === 0 ? await comparePo4a(cli, po4aSize, runs) : null;
if (po4a) console.log(renderPo4aComparison(po4a));
const atTarget = targets.get(1000);
if (atTarget) console.log(renderTargets({ ...atTarget, po4a: po4a?.count === 1000 ? po4a : null }));
console.log(machineState(Math.max(runs, 5)));
console.log(await npmStartUp(fileURLToPath(new URL('../..', import.meta.url)), Math.max(runs, 5)));
