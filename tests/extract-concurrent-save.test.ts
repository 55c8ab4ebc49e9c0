import { spawn } from 'node:child_process';
import { cpSync, existsSync, watch, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../bench/corpus.js';
import { translateCorpus } from '../bench/translate-corpus.js';
import { extract } from '../pipeline/commands/extract.js';
import { loadConfig } from '../pipeline/config/load-config.js';
import { readTree } from './helpers/read-tree.js';
import { cliPath, runCliInProcess } from './helpers/run-cli.js';

/**
 * A translator saves a catalog while extract works on the project (the CLI, in a process of its
 * own): after extract read it and planned from it, before the commit. Writing the planned files
 * would lose the save; extract writes nothing, says which file and what to do, and the next
 * extract starts from the saved file. The save is made when extract keeps its parse of the third
 * article (`locales/.tarjama/cache/parsed/`): it plans the articles in order, so the first one
 * is planned by then, and 27 are still to parse and plan before the commit.
 */
const articles = 30;
let corpus = '';
beforeAll(async () => {
  corpus = await mkdtemp(path.join(tmpdir(), 'tarjama-saved-'));
  await writeCorpus(corpus, articles, 7);
  const config = await loadConfig(corpus);
  await extract(corpus, config);
  await translateCorpus(corpus, config);
  await extract(corpus, config);
});
afterAll(() => rm(corpus, { recursive: true, force: true }));

/** A copy of the corpus whose articles, but `except`, each lost their last paragraph: their French and Arabic catalogs are edited. */
async function editedCopy(except: string | null = null): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'tarjama-saved-'));
  cpSync(corpus, root, { recursive: true });
  for (let index = 0; index < articles; index += 1) {
    const name = `article-${String(index).padStart(5, '0')}`;
    if (name === except) continue;
    const source = path.join(root, 'source', `${name}.md`);
    const blocks = (await readFile(source, 'utf8')).trimEnd().split('\n\n');
    const prose = blocks.flatMap((block, at) => (/^[A-Z]/.test(block) ? [at] : []));
    blocks.splice(prose[prose.length - 1] as number, 1);
    await writeFile(source, `${blocks.join('\n\n')}\n`);
  }
  return root;
}

/** A translation of the first key after the title revised in `catalog`: what the translator saves. */
async function revised(catalog: string): Promise<{ key: string; value: string; text: string }> {
  const values = JSON.parse(await readFile(catalog, 'utf8')) as Record<string, string>;
  const key = Object.keys(values)[1] as string;
  const value = `${values[key]} (relu)`;
  return { key, value, text: `${JSON.stringify({ ...values, [key]: value }, null, 2)}\n` };
}

/** Runs the CLI's extract in a process of its own, saving `text` to `file` once extract keeps the third article's parse. */
async function extractWhileSaving(root: string, file: string, text: string): Promise<{ code: number | null; stderr: string }> {
  let saved = false;
  const watcher = watch(path.join(root, 'locales', '.tarjama', 'cache', 'parsed'), (_event, name) => {
    if (saved || name !== 'article-00002.json') return;
    saved = true;
    writeFileSync(file, text);
  });
  try {
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [cliPath, 'extract', '--cwd', root], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(saved, 'the save was made while extract ran').toBe(true);
    return result;
  } finally {
    watcher.close();
  }
}

const own = (file: string): boolean => !file.startsWith('locales/.tarjama/cache/');

/**
 * Has the CLI extract `root` while the translator saves a revision of `file` (relative), and
 * checks that extract stopped, named the file, exit 2, and wrote nothing; returns the save.
 */
async function expectStoppedBySave(root: string, file: string): Promise<{ key: string; value: string; text: string }> {
  const absolute = path.join(root, file);
  const save = await revised(absolute);
  const before = readTree(root, 'locales', own);
  const { code, stderr } = await extractWhileSaving(root, absolute, save.text);
  expect(stderr).toMatch(new RegExp(`^tarjama: ${file.replaceAll('.', '\\.')}: changed while "extract" ran: it no longer holds what the run read.*Nothing was written; run "extract" again`));
  expect(code).toBe(2);
  // Every file as it was but the translator's save, and no journal.
  const after = readTree(root, 'locales', own);
  expect(after.get(file)).toBe(save.text);
  after.set(file, before.get(file) as string);
  expect(after).toEqual(before);
  expect(existsSync(path.join(root, 'locales', '.tarjama', 'journal.json'))).toBe(false);
  return save;
}

describe('a catalog saved while extract runs', () => {
  it('stops the commit before any write, naming the file (exit 2); the next extract keeps the save', async () => {
    const root = await editedCopy();
    const save = await expectStoppedBySave(root, 'locales/fr/article-00000.json');

    // Run again: it plans from the saved catalog, whose revised translation stays.
    const again = await runCliInProcess(root, ['extract']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('written    locales/fr/article-00000.json');
    const now = JSON.parse(await readFile(path.join(root, 'locales', 'fr', 'article-00000.json'), 'utf8')) as Record<string, string>;
    expect(now[save.key]).toBe(save.value);
    expect(Object.keys(now).length).toBe(Object.keys(JSON.parse(save.text) as object).length - 1);
  });

  it('of a renamed article, whose files extract moves to the new name, stops the commit too; the next extract moves the save', async () => {
    // Renamed, and first in order: its catalogs are read, to move, before the third article is parsed.
    const root = await editedCopy('article-00000');
    await rename(path.join(root, 'source', 'article-00000.md'), path.join(root, 'source', 'a-renamed.md'));
    const save = await expectStoppedBySave(root, 'locales/fr/article-00000.json');

    const again = await runCliInProcess(root, ['extract']);
    expect(again.code, again.stderr).toBe(0);
    expect(existsSync(path.join(root, 'locales', 'fr', 'article-00000.json'))).toBe(false);
    expect(await readFile(path.join(root, 'locales', 'fr', 'a-renamed.json'), 'utf8')).toBe(save.text);
  });
});
