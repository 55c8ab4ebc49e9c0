import { spawn } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyProject, crashShort, crashTrials, expectSameFiles, extractedFiles, removeProject, runCrashTrials } from './helpers/crash-project.js';
import { childCpuSeconds } from './helpers/child-cpu.js';
import { killWhenFileAppears } from './helpers/kill-when-file-appears.js';
import { longRunsFollow } from './helpers/long-runs.js';
import { cliPath, runCli, runCliInProcess } from './helpers/run-cli.js';

/**
 * An extract killed (SIGKILL at a random instant) and then run again normally gives catalogs,
 * archive and state byte-identical to an extract that was never stopped.
 *
 * The project (`helpers/crash-project.ts`: 30 articles with complete French and Arabic) is
 * edited between trials (figures corrected, paragraphs deleted, one article deleted, one
 * renamed, one paragraph re-wrapped). Half the kills fall anywhere in the run, half within 6 ms
 * of the moment its journal appears, while it replaces its files (a commit of this project takes
 * a few milliseconds in a memory file system, where the tests' temporary folder usually is: with
 * 12 ms, fewer of these kills landed in it). The run after a kill is the compiled CLI in this
 * process, and it reads the parses the uninterrupted extract kept, over those the killed one
 * kept or not (the parsing of an extract with none kept is the uninterrupted one's): what is
 * compared is the catalogs, archive and state. So the killed extracts start from those parses
 * too, but for the first trial's kills anywhere in the run: its extracts read every article
 * (the translations are newer than the last extract), and these kills stop them while they
 * read on a worker thread (`TARJAMA_JOBS=2`). The later trials' kills anywhere fall over the
 * time a run from the kept parses takes: parsing the edited articles (about 14 of 30) again in
 * each killed run tested nothing the run after it keeps, and cost the 200 killed extracts 102.3 s
 * of CPU against 80.2 s without it (`CRASH_TRIALS=10 CRASH_KILLS=20`, its printed line). When
 * none of the kills in the commit stopped an extract there, more follow in the commit (at most
 * `extraCommitKills`) until one does.
 * `npm test` runs a short version (one trial, 4 kills); `npm run test:crash` and `test:long` the
 * long one: 10 trials of 20 kills (200); the short one is skipped when the long one follows in
 * the same job (`longRunsFollow`). A full disk at each file operation: `extract-enospc.test.ts`.
 */
const killsPerTrial = Number(process.env.CRASH_KILLS ?? 4);

/** At most how many kills in the commit follow the planned ones when none of those stopped an extract there. */
const extraCommitKills = 12;

/**
 * Runs extract and kills it: `delay` ms after it starts, or, with `inCommit`, `delay` ms after
 * its journal appears (the commit has begun: the journal is whole and files are being replaced),
 * timed on a thread of its own (`killWhenFileAppears`): this thread runs an extract in-process
 * beside it, which held the kill for tens of ms, past the commit, in six kills out of ten.
 * With `onWorkers`, it reads the articles on a worker thread beside the main one. Null when the
 * kill stopped it, else how long it ran (it ended first).
 */
async function killedExtract(root: string, delay: number, inCommit: boolean, onWorkers: boolean): Promise<{ ran: number; code: number | null } | null> {
  const env = { ...process.env, CI: '1', ...(onWorkers ? { TARJAMA_JOBS: '2' } : {}) };
  const aimed = inCommit ? await killWhenFileAppears(path.join(root, 'locales', '.tarjama'), 'journal.json', delay) : null;
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [cliPath, 'extract', '--cwd', root], { stdio: 'ignore', env });
    if (aimed !== null && child.pid !== undefined) aimed.at(child.pid);
    const timer = aimed === null ? setTimeout(() => child.kill('SIGKILL'), delay) : undefined;
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      aimed?.disarm();
      resolve(signal === 'SIGKILL' ? null : { ran: Date.now() - started, code });
    });
  });
}

describe.skipIf(crashShort && longRunsFollow)('an extract killed half-way', () => {
  it(`ends, after a normal extract, exactly as if never stopped: ${crashTrials} trials of edits, ${crashTrials * killsPerTrial} SIGKILLs`, async () => {
    let midCommit = 0;
    /** How long an extract of the edited project takes, start-up included: the first trial's with no parse kept (`reference`), and each later trial's from the kept ones. */
    let duration = 0;
    let primedDuration = 0;
    // The CPU of the killed extracts: that of every child process but the uninterrupted ones.
    const childrenBefore = childCpuSeconds();
    let referenceCpu = 0;
    // In a process of its own, as the killed runs: its duration, start-up included, spreads their kills.
    const uninterrupted = (root: string, what: string): number => {
      const started = Date.now();
      const before = childCpuSeconds() ?? 0;
      expect(runCli(root, ['extract']).code, what).toBe(0);
      referenceCpu += (childCpuSeconds() ?? 0) - before;
      return Date.now() - started;
    };
    // The first trial's reference, in a process of its own, times its kills anywhere in the run.
    // The later ones spread theirs over a run from the kept parses (timed below): their
    // references run in this process, as the run after each kill does: 0.27 s of CPU for a
    // trial's edited project, against 1.1–1.2 s in a process of its own, where the code is cold.
    let references = 0;
    const reference = async (root: string, edits: string[]): Promise<void> => {
      references += 1;
      if (references === 1) duration = uninterrupted(root, edits.join('; '));
      else {
        const result = await runCliInProcess(root, ['extract']);
        expect(result.code, `${edits.join('; ')}\n${result.stderr}`).toBe(0);
      }
    };
    let kills = 0;
    /** Kills anywhere in the run that came after it ended. */
    let ended = 0;
    await runCrashTrials(reference, async ({ trial, project, primed, parsedFolder, expected }) => {
      const parsing = trial === 0;
      if (!parsing) {
        const timed = copyProject(primed);
        primedDuration = uninterrupted(timed, `trial ${trial}, from the kept parses`);
        removeProject(timed);
      }
      // Kills the extract of a copy, runs it again, and compares. A kill in the commit needs the
      // run to get there: with the parses kept, it does not parse first.
      const killAndCompare = async (kill: number, inCommit: boolean): Promise<void> => {
        const fromParses = inCommit || !parsing;
        const root = copyProject(fromParses ? primed : project);
        const delay = inCommit ? (kill * 104729) % 6 : Math.floor((((kill * 7919) % 997) / 997) * (fromParses ? primedDuration : duration));
        const finished = await killedExtract(root, delay, inCommit, !fromParses);
        // A run its kill came too late for extracted as the uninterrupted one did; one that ended
        // before its kill anywhere shows how long a run takes under the load of now: the later
        // kills of the trial spread over that (as in `kill.test.ts`).
        if (finished !== null) expect(finished.code, `trial ${trial}, kill ${kill}: an extract that ended before its kill`).toBe(0);
        if (finished !== null && !inCommit) {
          ended += 1;
          if (fromParses) primedDuration = Math.min(primedDuration, finished.ran);
          else duration = Math.min(duration, finished.ran);
        }
        const stoppedInCommit = existsSync(path.join(root, 'locales', '.tarjama', 'journal.json'));
        // The run after the kill reads the parses the uninterrupted extract kept, over those the
        // killed one kept or not: what it recovers is the catalogs, archive and state, and a
        // parse is the same whichever run made it (the extract without kept parses is `reference`).
        if (!fromParses) cpSync(path.join(primed, parsedFolder), path.join(root, parsedFolder), { recursive: true });
        const again = await runCliInProcess(root, ['extract']);
        expect(again.code, again.stderr).toBe(0);
        expectSameFiles(extractedFiles(root), expected, `trial ${trial}, kill ${kill} ${delay} ms after ${inCommit ? 'the journal appeared' : 'the start'}`);
        removeProject(root);
        kills += 1;
        if (stoppedInCommit) midCommit += 1;
      };
      // Two kills at a time (two cores): half anywhere in the run, half while it writes its files.
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < killsPerTrial) {
          const kill = next;
          next += 1;
          await killAndCompare(kill, kill % 2 === 1);
        }
      };
      await Promise.all([worker(), worker()]);
      // A commit takes milliseconds: of a short run's two kills in it, both can come too late
      // (about one run in six). More follow, in the commit, until one stops it there.
      for (let extra = 0; midCommit === 0 && extra < extraCommitKills; extra += 1) await killAndCompare(next + 2 * extra + 1, true);
    });
    // The kills must reach the commit itself, not only the parsing before it.
    expect(midCommit, 'kills that stopped extract while it replaced its files').toBeGreaterThan(0);
    const children = childrenBefore === null ? null : (childCpuSeconds() ?? 0) - childrenBefore - referenceCpu;
    console.log(`extract crash test: ${kills} kills (${midCommit} while committing, ${ended} anywhere after the run ended)${children === null ? '' : `; the killed extracts took ${children.toFixed(1)} s of CPU`}`);
  }, 1_800_000);
});
