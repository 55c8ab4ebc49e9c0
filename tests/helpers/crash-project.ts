import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { writeCorpus } from '../../bench/corpus.js';
import { translateCorpus } from '../../bench/translate-corpus.js';
import { extract } from '../../pipeline/commands/extract.js';
import { loadConfig } from '../../pipeline/config/load-config.js';
import { projectPaths } from '../../pipeline/project/project-paths.js';
import { editSources } from './edit-sources.js';
import { readTree } from './read-tree.js';

/**
 * The project the interrupted-extract tests (`extract-crash`, `extract-enospc`) stop extracts
 * in: 30 generated articles with complete French and Arabic, edited between trials.
 */
export const crashArticles = 30;

/** How many trials of edits a run makes: `npm test` one, `npm run test:crash` and `test:long` ten (`CRASH_TRIALS`). */
export const crashTrials = Number(process.env.CRASH_TRIALS ?? 1);

/** Whether this is `npm test`'s short version (no `CRASH_TRIALS`). */
export const crashShort = process.env.CRASH_TRIALS === undefined;

/** A new project of `crashArticles` articles, extracted and translated. */
async function crashProject(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'tarjama-crash-'));
  await writeCorpus(root, crashArticles, 11);
  const config = await loadConfig(root);
  await extract(root, config);
  await translateCorpus(root, config);
  return root;
}

/** Every file extract keeps (catalogs, state, archive), by path; not its cache, lock or leftovers. */
export function extractedFiles(root: string): Map<string, string> {
  return readTree(root, 'locales', (file) => !file.startsWith('locales/.tarjama/cache/'));
}

/**
 * A copy of a project in a new temporary folder, its files with new times, as `cp -R` gives
 * them. File by file in this process (`copyFileSync`), with no process started per copy: the
 * interrupted-extract tests make over 300 copies, and their CPU is what `.ci/run` waits for.
 */
export function copyProject(from: string): string {
  const to = mkdtempSync(path.join(tmpdir(), 'tarjama-crash-'));
  const copy = (source: string, target: string): void => {
    for (const entry of readdirSync(source, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        mkdirSync(path.join(target, entry.name));
        copy(path.join(source, entry.name), path.join(target, entry.name));
      } else copyFileSync(path.join(source, entry.name), path.join(target, entry.name));
    }
  };
  copy(from, to);
  return to;
}

/** Removes a copy, synchronously: `fs.promises.rm` goes through the thread pool for each of its files. */
export function removeProject(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/** Fails, naming the file, unless `actual` holds exactly the files of `expected`, byte for byte. */
export function expectSameFiles(actual: Map<string, string>, expected: Map<string, string>, what: string): void {
  expect([...actual.keys()].sort(), what).toEqual([...expected.keys()].sort());
  for (const [file, text] of expected) expect(actual.get(file) === text, `${what}: ${file} differs from an uninterrupted extract`).toBe(true);
}

/** One trial: the project before its extract, and the files an uninterrupted extract leaves. */
export interface CrashTrial {
  trial: number;
  /** The project as edited, not yet extracted: copy it for each interrupted run. */
  project: string;
  /**
   * The same, holding the parses the uninterrupted extract kept (`project/parsed-articles.ts`, a
   * cache outside what is compared): copy it for runs that test the commit, not the parsing
   * before it, so that they do not parse the same edited articles each time.
   */
  primed: string;
  /** The folder of kept parses, relative to a project (the same in every copy). */
  parsedFolder: string;
  expected: Map<string, string>;
}

/**
 * Runs `crashTrials` trials on a new project (`crashProject`): each edits the sources (`editSources`), has
 * `reference` extract a copy of the edited project without interruption (it returns once the
 * copy is extracted), then calls `trial` with the project before that extract and the files the
 * extract left. The next trial edits the extracted copy. Every folder is removed at the end.
 */
export async function runCrashTrials(reference: (root: string, edits: string[]) => Promise<void>, trial: (current: CrashTrial) => Promise<void>): Promise<void> {
  let project = await crashProject();
  try {
    for (let index = 0; index < crashTrials; index += 1) {
      const edits = await editSources(project, index);
      const extracted = copyProject(project);
      try {
        await reference(extracted, edits);
        const expected = extractedFiles(extracted);
        expect([...expected.keys()].some((file) => file.startsWith('locales/.tarjama/archive/'))).toBe(true);
        const primed = copyProject(project);
        try {
          const parsed = async (root: string): Promise<string> => projectPaths(root, await loadConfig(root)).parsedFolder;
          await rm(await parsed(primed), { recursive: true, force: true });
          await cp(await parsed(extracted), await parsed(primed), { recursive: true });
          await trial({ trial: index, project, primed, parsedFolder: path.relative(primed, await parsed(primed)), expected });
        } finally {
          await rm(primed, { recursive: true, force: true });
        }
      } catch (error) {
        await rm(extracted, { recursive: true, force: true });
        throw error;
      }
      await rm(project, { recursive: true, force: true });
      project = extracted;
    }
  } finally {
    await rm(project, { recursive: true, force: true });
  }
}
