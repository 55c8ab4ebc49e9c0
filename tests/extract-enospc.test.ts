import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline/commands/extract.js';
import { loadConfig } from '../pipeline/config/load-config.js';
import { projectPaths } from '../pipeline/project/project-paths.js';
import { recoverProject } from '../pipeline/project/recover-project.js';
import { diskOps, type FileOps } from '../pipeline/store/write-file-atomic.js';
import { TarjamaError } from '../pipeline/util/tarjama-error.js';
import { copyProject, crashShort, crashTrials, expectSameFiles, extractedFiles, removeProject, runCrashTrials } from './helpers/crash-project.js';
import { longRunsFollow } from './helpers/long-runs.js';

/**
 * An extract that fails on a full disk (ENOSPC injected on one file operation) says so, and
 * the next run, after the recovery every command starts with, gives catalogs, archive and
 * state byte-identical to an extract that never failed.
 *
 * The same trials of edits as `extract-crash.test.ts` (`helpers/crash-project.ts`), every run
 * in this process, each on a fresh copy of the edited project. The uninterrupted extract of
 * each trial counts its file operations and the kinds it makes (writes, renames, removals);
 * ENOSPC is then injected at every 20th operation of the first trial, at every operation of the
 * second, and at the first of each later one. The copies hold the parses that extract kept
 * (`primed`): the runs test the commit, and do not parse the same edited articles 110 times. `npm test` runs the first trial; `npm run
 * test:crash` and `test:long` all ten, and the short one is skipped when the long one follows
 * in the same job (`longRunsFollow`).
 */
const stride = (trial: number): number => (trial === 0 ? 20 : trial === 1 ? 1 : Infinity);

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

describe.skipIf(crashShort && longRunsFollow)('an extract that fails on a full disk', () => {
  it(`says so, and ends after a normal extract exactly as if it had not failed: ${crashTrials} trials of edits, ENOSPC at each file operation of one`, async () => {
    let failures = 0;
    let operations = 0;
    const reference = async (root: string, edits: string[]): Promise<void> => {
      const counted = failingOps(0);
      await expect(extract(root, await loadConfig(root), { ops: counted }), edits.join('; ')).resolves.toBeDefined();
      expect([...counted.kinds].sort(), 'the kinds of file operation its commit makes').toEqual(['remove', 'rename', 'write']);
      operations = counted.count;
    };
    await runCrashTrials(reference, async ({ trial, primed, expected }) => {
      for (let failAt = 1; failAt <= operations; failAt += stride(trial)) {
        const root = copyProject(primed);
        const config = await loadConfig(root);
        const error = await extract(root, config, { ops: failingOps(failAt) }).then(() => null, (caught: unknown) => caught);
        expect(error, `trial ${trial}, operation ${failAt} of ${operations}`).toBeInstanceOf(TarjamaError);
        expect((error as Error).message).toMatch(/the disk is full \(ENOSPC\)/);
        failures += 1;
        // As the next CLI run would: the failed run ended and removed its lock, so only a journal it left makes recovery look for temporary files.
        recoverProject(projectPaths(root, config), { stopped: false });
        await extract(root, config);
        expectSameFiles(extractedFiles(root), expected, `trial ${trial}, ENOSPC at operation ${failAt} of ${operations}`);
        removeProject(root);
      }
    });
    expect(failures).toBeGreaterThan(0);
    console.log(`extract ENOSPC test: ${failures} injected failures`);
  }, 1_800_000);
});
