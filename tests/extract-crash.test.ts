import { spawn } from 'node:child_process';
import { existsSync, watch } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../bench/corpus.js';
import { translateCorpus } from '../bench/translate-corpus.js';
import { extract } from '../pipeline/commands/extract.js';
import { loadConfig } from '../pipeline/config/load-config.js';
import { projectPaths } from '../pipeline/project/project-paths.js';
import { recoverProject } from '../pipeline/project/recover-project.js';
import { diskOps, type FileOps } from '../pipeline/store/write-file-atomic.js';
import { TarjamaError } from '../pipeline/util/tarjama-error.js';
import { editSources } from './helpers/edit-sources.js';
import { longRunsFollow } from './helpers/long-runs.js';
import { cliPath, runCli, runCliInProcess } from './helpers/run-cli.js';

/**
 * An extract stopped anywhere — killed (SIGKILL at a random instant) or failing on a full
 * disk (ENOSPC injected on each file operation in turn) — and then run again normally gives
 * catalogs, archive and state byte-identical to an extract that was never stopped.
 *
 * A 30-article project with complete French and Arabic is edited between trials (figures
 * corrected, paragraphs deleted, one article deleted, one renamed, one paragraph re-wrapped).
 * The first trial's extracts read every article (the translations are newer than the last
 * extract), more than the 24 from which extract reads them on worker threads; the later ones
 * read only the edited ones, as most extracts do. Half the kills fall anywhere in the run,
 * half within 12 ms of the moment its journal appears, while it replaces its files; the run
 * after a kill is the compiled CLI in this process. `npm test` runs a short version (one
 * trial, 4 kills, ENOSPC at every 20th operation); `npm run test:crash` the long one: 10
 * trials of 20 kills (200), ENOSPC at every 20th operation of the first trial and at every
 * file operation (writes, renames and removals, each kind checked) of the second; the short
 * one is skipped when the long one follows in the same job (`longRunsFollow`).
 */
const short = process.env.CRASH_TRIALS === undefined;
const trials = Number(process.env.CRASH_TRIALS ?? 1);
const killsPerTrial = Number(process.env.CRASH_KILLS ?? 4);
/** ENOSPC is injected at every 20th file operation of the first trial, and in the long run at every one of the second. */
const stride = (trial: number): number => (trial === 0 ? 20 : trial === 1 ? 1 : Infinity);
/** More than the 24 articles from which extract reads them on worker threads (`run/article-loader.ts`). */
const articles = 30;

let base = '';
beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'tarjama-crash-'));
  await writeCorpus(base, articles, 11);
  const config = await loadConfig(base);
  await extract(base, config);
  await translateCorpus(base, config);
}, 120_000);
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

/** Every file extract keeps (catalogs, state, archive), by path; not its cache, lock or leftovers. */
async function snapshot(root: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const visit = async (dir: string): Promise<void> => {
    for (const entry of await readdir(path.join(root, dir), { withFileTypes: true }).catch(() => [])) {
      const relative = path.join(dir, entry.name);
      if (entry.isDirectory()) await visit(relative);
      else found.set(relative.split(path.sep).join('/'), await readFile(path.join(root, relative), 'utf8'));
    }
  };
  await visit('locales');
  for (const file of found.keys()) if (file.startsWith('locales/.tarjama/cache/')) found.delete(file);
  return found;
}

async function copy(from: string): Promise<string> {
  const to = await mkdtemp(path.join(tmpdir(), 'tarjama-crash-'));
  await cp(from, to, { recursive: true });
  return to;
}

function expectSame(actual: Map<string, string>, expected: Map<string, string>, what: string): void {
  expect([...actual.keys()].sort(), what).toEqual([...expected.keys()].sort());
  for (const [file, text] of expected) expect(actual.get(file) === text, `${what}: ${file} differs from an uninterrupted extract`).toBe(true);
}

/**
 * Runs extract and kills it: `delay` ms after it starts, or, with `inCommit`, `delay` ms after
 * its journal appears (the commit has begun: the journal is whole and files are being replaced).
 */
function killedExtract(root: string, delay: number, inCommit: boolean): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliPath, 'extract', '--cwd', root], { stdio: 'ignore', env: { ...process.env, CI: '1' } });
    const kill = (): void => {
      child.kill('SIGKILL');
    };
    let timer: NodeJS.Timeout | undefined;
    const watcher = inCommit
      ? watch(path.join(root, 'locales', '.tarjama'), (_event, name) => {
          if (name === 'journal.json' && timer === undefined) timer = setTimeout(kill, delay);
        })
      : null;
    if (!inCommit) timer = setTimeout(kill, delay);
    child.on('exit', () => {
      clearTimeout(timer);
      watcher?.close();
      resolve();
    });
  });
}

/** File operations that count themselves and their kinds, and fail with ENOSPC at the `failAt`-th. */
function failingOps(failAt: number): FileOps & { count: number; kinds: Set<keyof FileOps> } {
  const counter = {
    count: 0,
    kinds: new Set<keyof FileOps>(),
    step(kind: keyof FileOps): void {
      counter.count += 1;
      counter.kinds.add(kind);
      if (counter.count === failAt) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    },
  };
  return {
    get count() {
      return counter.count;
    },
    kinds: counter.kinds,
    write(file, content) {
      counter.step('write');
      diskOps.write(file, content);
    },
    rename(from, to) {
      counter.step('rename');
      diskOps.rename(from, to);
    },
    remove(file) {
      counter.step('remove');
      diskOps.remove(file);
    },
  };
}

describe.skipIf(short && longRunsFollow)('an extract stopped half-way', () => {
  it(`ends, after a normal extract, exactly as if never stopped: ${trials} trials of edits, ${trials * killsPerTrial} SIGKILLs and injected ENOSPC failures`, async () => {
    let project = await copy(base);
    let midCommit = 0;
    let failures = 0;
    for (let trial = 0; trial < trials; trial += 1) {
      const edits = await editSources(project, trial);
      // The reference: the same edits, extracted without interruption.
      const reference = await copy(project);
      const started = Date.now();
      // In a process of its own, as the killed runs: its duration, start-up included, spreads their kills.
      expect(runCli(reference, ['extract']).code, edits.join('; ')).toBe(0);
      const duration = Date.now() - started;
      const expected = await snapshot(reference);
      expect([...expected.keys()].some((file) => file.startsWith('locales/.tarjama/archive/'))).toBe(true);

      // Two kills at a time (two cores): half anywhere in the run, half while it writes its files.
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < killsPerTrial) {
          const kill = next;
          next += 1;
          const root = await copy(project);
          const inCommit = kill % 2 === 1;
          const delay = inCommit ? (kill * 104729) % 12 : Math.floor((((kill * 7919) % 997) / 997) * duration);
          await killedExtract(root, delay, inCommit);
          if (existsSync(path.join(root, 'locales', '.tarjama', 'journal.json'))) midCommit += 1;
          const again = await runCliInProcess(root, ['extract']);
          expect(again.code, again.stderr).toBe(0);
          expectSame(await snapshot(root), expected, `trial ${trial}, kill ${kill} ${delay} ms after ${inCommit ? 'the journal appeared' : 'the start'}`);
          await rm(root, { recursive: true, force: true });
        }
      };
      await Promise.all([worker(), worker()]);

      // ENOSPC on each file operation of the run in turn.
      const counted = failingOps(0);
      const dry = await copy(project);
      await extract(dry, await loadConfig(dry), { ops: counted });
      expectSame(await snapshot(dry), expected, `trial ${trial}, in-process extract`);
      expect([...counted.kinds].sort(), `trial ${trial}: the kinds of file operation its commit makes`).toEqual(['remove', 'rename', 'write']);
      await rm(dry, { recursive: true, force: true });
      for (let failAt = 1; failAt <= counted.count; failAt += stride(trial)) {
        const root = await copy(project);
        const config = await loadConfig(root);
        const error = await extract(root, config, { ops: failingOps(failAt) }).then(() => null, (caught: unknown) => caught);
        expect(error, `operation ${failAt} of ${counted.count}`).toBeInstanceOf(TarjamaError);
        expect((error as Error).message).toMatch(/the disk is full \(ENOSPC\)/);
        failures += 1;
        recoverProject(projectPaths(root, config));
        await extract(root, config);
        expectSame(await snapshot(root), expected, `trial ${trial}, ENOSPC at operation ${failAt} of ${counted.count}`);
        await rm(root, { recursive: true, force: true });
      }
      await rm(project, { recursive: true, force: true });
      project = reference;
    }
    await rm(project, { recursive: true, force: true });
    expect(failures).toBeGreaterThan(0);
    // The kills must reach the commit itself, not only the parsing before it.
    expect(midCommit, 'kills that stopped extract while it replaced its files').toBeGreaterThan(0);
    console.log(`extract crash test: ${trials * killsPerTrial} kills (${midCommit} while committing), ${failures} injected ENOSPC failures`);
  }, 1_800_000);
});
