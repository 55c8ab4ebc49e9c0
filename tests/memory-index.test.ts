import { cpSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../bench/corpus.js';
import { translateCorpus } from '../bench/translate-corpus.js';
import { loadConfig } from '../pipeline/config/load-config.js';
import { readTree } from './helpers/read-tree.js';
import { runCliInProcess } from './helpers/run-cli.js';

/**
 * An extract that fills a new segment from the translation memory reads, of the articles its
 * last records still describe, only those whose source texts (the memory index,
 * `locales/.tarjama/cache/memory.json`) include the text it looks up; what it writes is what an
 * extract without any cache writes, the same translation taken when several articles hold one.
 */
let project = '';
/** A list item's text in article-00001, and its French translation there. */
let shared = '';
let first = '';
/** Its translation in article-00002, where the same text was added and translated otherwise. */
let other = '';

const catalog = async (root: string, locale: string, namespace: string): Promise<Record<string, string>> =>
  JSON.parse(await readFile(path.join(root, 'locales', locale, `${namespace}.json`), 'utf8')) as Record<string, string>;
const keyOf = async (root: string, namespace: string, text: string): Promise<string> =>
  Object.entries(await catalog(root, 'en', namespace)).find(([, value]) => value === text)?.[0] as string;
const append = async (root: string, namespace: string, paragraph: string): Promise<void> => {
  const file = path.join(root, 'source', `${namespace}.md`);
  await writeFile(file, `${(await readFile(file, 'utf8')).trimEnd()}\n\n${paragraph}\n`);
};
const extract = async (root: string): Promise<string> => {
  const result = await runCliInProcess(root, ['extract']);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
};

beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), 'tarjama-memory-'));
  await writeCorpus(project, 4, 7);
  await extract(project);
  await translateCorpus(project, await loadConfig(project));
  await extract(project);
  const english = await catalog(project, 'en', 'article-00001');
  // A list item's text, with no markup: the same text as a paragraph, wherever it is added.
  const key = Object.keys(english).find((candidate) => candidate.startsWith('li-') && !/[[\]*_`\\<]/.test(english[candidate] ?? '')) as string;
  expect(key).toBeDefined();
  shared = english[key] as string;
  first = (await catalog(project, 'fr', 'article-00001'))[key] as string;
  other = `${first} (autre version)`;
  // article-00002 gets it as a paragraph, filled from memory, then translated otherwise.
  await append(project, 'article-00002', shared);
  await extract(project);
  const file = path.join(project, 'locales', 'fr', 'article-00002.json');
  const french = await catalog(project, 'fr', 'article-00002');
  french[await keyOf(project, 'article-00002', shared)] = other;
  await writeFile(file, `${JSON.stringify(french, null, 2)}\n`);
  await extract(project);
  // A new paragraph elsewhere: the memory is built, and the index of every other article written.
  await append(project, 'article-00000', 'A paragraph no other article has, about the registry.');
  await extract(project);
}, 120_000);

afterAll(() => rm(project, { recursive: true, force: true }));

/** A copy of the project, then the edits under test: a figure corrected in article-00002 (read whole), the shared text added to article-00003. */
async function edited(change: (root: string) => Promise<void> = async () => {}): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'tarjama-memory-'));
  cpSync(project, root, { recursive: true });
  await change(root);
  const source = path.join(root, 'source', 'article-00002.md');
  await writeFile(source, (await readFile(source, 'utf8')).replace(/ with (\d+) participants/, (_, count: string) => ` with ${Number(count) + 1} participants`));
  await append(root, 'article-00003', shared);
  return root;
}

const kept = (root: string): Map<string, string> => readTree(root, 'locales', (file) => !file.startsWith('locales/.tarjama/cache/'));

describe('the memory index', () => {
  it('reads only the articles that hold the text looked up, and writes what an extract without cache writes', async () => {
    const index = await readFile(path.join(project, 'locales', '.tarjama', 'cache', 'memory.json'), 'utf8');
    // Every article but the one just extracted, whose files the run changed.
    expect(index.match(/^"article-\d{5}":/gm)).toHaveLength(3);
    expect(index).not.toContain('"article-00000":');

    const warm = await edited();
    const cold = await edited((root) => rm(path.join(root, 'locales', '.tarjama', 'cache'), { recursive: true }));
    try {
      const warmReport = await extract(warm);
      expect(warmReport).toContain('filled from memory, to review');
      expect(warmReport).toBe(await extract(cold));
      expect(kept(warm)).toEqual(kept(cold));
      // Two articles hold the paragraph: the first in order gives it, as from a memory of every
      // article, though article-00002 was read before article-00001 (when the memory was built).
      expect((await catalog(warm, 'fr', 'article-00003'))[await keyOf(warm, 'article-00003', shared)]).toBe(first);
    } finally {
      await rm(warm, { recursive: true, force: true });
      await rm(cold, { recursive: true, force: true });
    }
  });

  it('is what decides which unchanged articles are read: one indexed without the text is not', async () => {
    const doctored = await edited(async (root) => {
      const file = path.join(root, 'locales', '.tarjama', 'cache', 'memory.json');
      await writeFile(file, (await readFile(file, 'utf8')).replace(/^("article-00001":\{"fingerprint":"[0-9a-f]+","forms":)\[[^\]]*\]/m, '$1[]'));
    });
    try {
      await extract(doctored);
      expect((await catalog(doctored, 'fr', 'article-00003'))[await keyOf(doctored, 'article-00003', shared)]).toBe(other);
    } finally {
      await rm(doctored, { recursive: true, force: true });
    }
  });
});
