import { spawn } from 'node:child_process';
import { cpSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { childCpuSeconds } from './helpers/child-cpu.js';
import { longRunsFollow } from './helpers/long-runs.js';
import { readTree } from './helpers/read-tree.js';
import { cliPath, copyToTemp, repoRoot, runCli, runCliInProcess } from './helpers/run-cli.js';

/**
 * SIGKILL at random moments: a build or an extract killed anywhere leaves every file either
 * as it was before the run or as the run would have written it, never truncated or mixed
 * (an extract killed while it commits also leaves its journal, which the next run completes:
 * tests/extract-crash.test.ts). The kills are spread over the time the run takes in a process
 * of its own, start-up included, so that they stop it rather than follow it (at least half
 * must). That time is measured once, and the machine's load moves it: a run that ends before
 * its kill has just shown how long a run takes now, and the kills after it spread over that
 * (in two `.ci/run`s, one timing made 100 of 100 kills stop a build, another 82, whose 18
 * whole builds doubled the killed runs' CPU). `npm test` kills 20 runs, 10 of each command
 * (each a process started and killed: few, as `npm test`'s process-level tests are);
 * `npm run test:crash` and `test:long` kill 200, and the short run is skipped when the long
 * one follows in the same job (`longRunsFollow`).
 */
const fixture = path.join(repoRoot, 'tests', 'fixtures', 'cli', 'complete', 'project');
const kills = Number(process.env.KILLS ?? 20);

/** The project's files under locales/ and output/, not the cache, lock, journal or temporaries. */
function files(root: string): Map<string, string> {
  const own = (file: string): boolean => !file.endsWith('.tmp') && !file.endsWith('/lock') && !file.endsWith('/journal.json') && !file.includes('.tarjama/cache/');
  return new Map([...readTree(root, 'locales', own), ...readTree(root, 'output', own)]);
}

/** Runs `command` and kills it `delay` ms after it starts: null when the kill stopped it, else how long it ran and its exit code (it ended first). */
function killedRun(root: string, command: string, delay: number): Promise<{ ran: number; code: number | null } | null> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [cliPath, command, '--cwd', root], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), delay);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(signal === 'SIGKILL' ? null : { ran: Date.now() - started, code });
    });
  });
}

/** The project before (`before`) and after (`after`) one run of `command` on changed inputs. */
async function scenario(command: 'build' | 'extract') {
  const before = await copyToTemp(fixture);
  expect((await runCliInProcess(before, ['build'])).code).toBe(0);
  if (command === 'build') {
    for (const locale of ['fr', 'ar']) {
      const file = path.join(before, 'locales', locale, 'article.json');
      const values = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
      values['meta-title'] = `${values['meta-title']} (2)`;
      await writeFile(file, `${JSON.stringify(values, null, 2)}\n`);
    }
  } else {
    const source = path.join(before, 'source', 'article.md');
    await writeFile(source, (await readFile(source, 'utf8')).replace('- Then they read the **guide**.\n', '').replace('judges', 'magistrates'));
  }
  const after = await copyToTemp(before);
  expect((await runCliInProcess(after, [command])).code).toBeLessThan(2);
  return { before, old: files(before), next: files(after) };
}

describe.skipIf(process.env.KILLS === undefined && longRunsFollow)('killed runs', () => {
  it.each(['build', 'extract'] as const)(`leave every file old or new when %s is killed (${kills / 2} kills)`, async (command) => {
    const { before, old, next } = await scenario(command);
    expect([...next].some(([file, text]) => old.get(file) !== text)).toBe(true);
    const timed = await copyToTemp(before);
    const started = Date.now();
    expect(runCli(timed, [command]).code).toBeLessThan(2);
    const timedDuration = Date.now() - started;
    let duration = timedDuration;
    await rm(timed, { recursive: true, force: true });
    const workers = [await copyToTemp(before), await copyToTemp(before)];
    const check = async (root: string): Promise<void> => {
      const now = files(root);
      for (const [file, text] of now) expect(text === old.get(file) || text === next.get(file), `${command}: ${file} is neither old nor new`).toBe(true);
      for (const file of old.keys()) expect(now.has(file) || !next.has(file), `${command}: ${file} disappeared`).toBe(true);
    };
    let done = 0;
    let stopped = 0;
    const childrenBefore = childCpuSeconds();
    await Promise.all(
      workers.map(async (root, worker) => {
        while (done < kills / 2) {
          done += 1;
          const delay = Math.floor((((done * 7919 + worker * 104729) % 1000) / 1000) * duration);
          const finished = await killedRun(root, command, delay);
          if (finished === null) stopped += 1;
          else {
            // A run its kill came too late for ran to its end, as the timed one did.
            expect(finished.code, `${command} that ended before its kill, ${delay} ms`).toBeLessThan(2);
            duration = Math.min(duration, finished.ran);
          }
          await check(root);
          await rm(path.join(root, 'locales'), { recursive: true, force: true });
          await rm(path.join(root, 'output'), { recursive: true, force: true });
          cpSync(path.join(before, 'locales'), path.join(root, 'locales'), { recursive: true });
          cpSync(path.join(before, 'output'), path.join(root, 'output'), { recursive: true });
        }
      }),
    );
    const children = childrenBefore === null ? null : (childCpuSeconds() ?? 0) - childrenBefore;
    console.log(`kill test, ${command}: ${done} kills (${stopped} stopped the run) over ${timedDuration} ms, then ${duration}${children === null ? '' : `; the killed runs took ${children.toFixed(1)} s of CPU`}`);
    expect(stopped, `${command} runs stopped by their kill (a run took ${timedDuration} ms, then ${duration})`).toBeGreaterThanOrEqual(kills / 4);
  }, 600_000);
});
