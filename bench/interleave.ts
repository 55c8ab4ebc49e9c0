import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../pipeline/config/load-config.js';
import { writeCorpus } from './corpus.js';
import { leaveIncomplete } from './leave-incomplete.js';
import { translateCorpus } from './translate-corpus.js';

/**
 * `node dist-bench/bench/interleave.js OLD_CLI NEW_CLI [--size 1000] [--runs 21] [--command build] [--incomplete] [--edit N]`:
 * two compiled CLIs (another commit's, compiled in a `git worktree`, against this one's) timed on
 * the same no-change run, alternately, so that both see the machine in the same state; with
 * `--edit N`, on the run after a figure is corrected in each of the first N articles (an
 * editor's correction, as the bench's one-article extract makes). The
 * bench's seeded corpus, translated (with `--incomplete`, every tenth article missing one French
 * translation), is copied once per CLI: a CLI of other code rebuilds everything on a project
 * another one recorded. Each copy is brought up to date by its own CLI first; then the two run
 * `command` in turn, `runs` times each (with `--edit`, after one edited run each, untimed). Prints
 * the mean of the middle half of each one's times.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { size: { type: 'string', default: '1000' }, runs: { type: 'string', default: '21' }, command: { type: 'string', default: 'build' }, incomplete: { type: 'boolean', default: false }, edit: { type: 'string', default: '0' } },
});
const [oldCli, newCli] = positionals;
if (oldCli === undefined || newCli === undefined) throw new Error('usage: interleave.js OLD_CLI NEW_CLI [--size N] [--runs N] [--command build|extract|check] [--incomplete] [--edit N]');
const { command } = values;
const runs = Number(values.runs);
const edited = Number(values.edit);

/** Corrects a figure ("with N participants") in each of the first `edited` articles of a project. */
const correct = (root: string): void => {
  for (let index = 0; index < edited; index += 1) {
    const file = path.join(root, 'source', `article-${String(index).padStart(5, '0')}.md`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/ with (\d+) participants/, (_, count: string) => ` with ${Number(count) + 1} participants`));
  }
};

const run = (cli: string, root: string, args: string[]): number => {
  const started = performance.now();
  const result = spawnSync(process.execPath, [cli, ...args, '--quiet', '--cwd', root], { env: { ...process.env, CI: '1' }, stdio: 'ignore' });
  if (result.status !== 0 && result.status !== 1) throw new Error(`${cli} ${args.join(' ')} exited with ${result.status}`);
  return performance.now() - started;
};
const middleMean = (values: number[]): number => {
  const middle = [...values].sort((a, b) => a - b).slice(Math.floor(values.length / 4), Math.ceil((values.length * 3) / 4));
  return middle.reduce((sum, value) => sum + value, 0) / middle.length;
};

const work = await mkdtemp(path.join(tmpdir(), 'tarjama-interleave-'));
try {
  const corpus = path.join(work, 'corpus');
  await writeCorpus(corpus, Number(values.size));
  run(newCli, corpus, ['extract']);
  await translateCorpus(corpus, await loadConfig(corpus));
  if (values.incomplete) await leaveIncomplete(corpus, 'fr');
  const sides = [oldCli, newCli].map((cli, index) => {
    const root = path.join(work, `side-${index}`);
    cpSync(corpus, root, { recursive: true });
    for (const args of [['extract'], ['build'], [command]]) run(cli, root, args);
    if (edited > 0) {
      correct(root);
      run(cli, root, [command]);
    }
    return { cli, root, times: [] as number[] };
  });
  for (let round = 0; round < runs; round += 1) {
    for (const side of sides) {
      correct(side.root);
      side.times.push(run(side.cli, side.root, [command]));
    }
  }
  const what = edited > 0 ? `${command} after a figure corrected in ${edited} article${edited === 1 ? '' : 's'}` : `no-change ${command}`;
  for (const side of sides) console.log(`${side.cli}: ${what}, mean of the middle half of ${runs} runs: ${middleMean(side.times).toFixed(1)} ms`);
} finally {
  await rm(work, { recursive: true, force: true });
}
