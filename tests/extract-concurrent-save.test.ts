import { existsSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeCorpus } from '../bench/corpus.js';
import { translateCorpus } from '../bench/translate-corpus.js';
import { extract } from '../pipeline/commands/extract.js';
import { loadConfig } from '../pipeline/config/load-config.js';
import type { TarjamaError } from '../pipeline/util/tarjama-error.js';
import { readTree } from './helpers/read-tree.js';

/** Called when extract reads a file (absolute path): how a test saves a file while extract works, at a known moment. */
const onRead = vi.hoisted(() => ({ hook: (_file: string): void => {} }));

vi.mock('../pipeline/store/read-project-file.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../pipeline/store/read-project-file.js')>();
  return {
    ...original,
    readProjectFile: (...args: Parameters<typeof original.readProjectFile>) => {
      onRead.hook(args[0]);
      return original.readProjectFile(...args);
    },
  };
});

/**
 * A translator saves a catalog while extract works on the project: after extract read it and
 * planned its edit (a deleted paragraph's translation archived), before the commit. Writing the
 * planned catalog would lose the save; extract writes nothing, says which file and what to do,
 * and the next extract starts from the saved file.
 */
describe('a catalog saved while extract runs', () => {
  it('stops the commit before any write, naming the file; the next extract keeps the save', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'tarjama-saved-'));
    await writeCorpus(root, 2, 7);
    const config = await loadConfig(root);
    await extract(root, config);
    await translateCorpus(root, config);
    await extract(root, config);
    // Each article loses its last paragraph: their French and Arabic catalogs are edited.
    for (const name of ['article-00000.md', 'article-00001.md']) {
      const source = path.join(root, 'source', name);
      const blocks = (await readFile(source, 'utf8')).trimEnd().split('\n\n');
      const prose = blocks.flatMap((block, index) => (/^[A-Z]/.test(block) ? [index] : []));
      blocks.splice(prose[prose.length - 1] as number, 1);
      await writeFile(source, `${blocks.join('\n\n')}\n`);
    }

    const french = path.join(root, 'locales', 'fr', 'article-00000.json');
    const values = JSON.parse(await readFile(french, 'utf8')) as Record<string, string>;
    const key = Object.keys(values)[1] as string;
    const saved = `${JSON.stringify({ ...values, [key]: `${values[key]} (relu)` }, null, 2)}\n`;
    const own = (file: string): boolean => !file.startsWith('locales/.tarjama/cache/');
    const before = readTree(root, 'locales', own);
    // Saved when extract reads the second article's source: the first one is planned by then.
    onRead.hook = (file) => {
      if (file.endsWith(`${path.sep}article-00001.md`)) writeFileSync(french, saved);
    };
    const error = (await extract(root, config).catch((caught: unknown) => caught)) as TarjamaError;
    onRead.hook = () => {};
    expect(error.message).toMatch(/^changed while "extract" ran: it no longer holds what the run read.*Nothing was written; run "extract" again/);
    expect(error.place).toEqual({ file: 'locales/fr/article-00000.json' });
    // Nothing written, no journal: every file as it was but the translator's save.
    const after = readTree(root, 'locales', own);
    expect(after.get('locales/fr/article-00000.json')).toBe(saved);
    after.set('locales/fr/article-00000.json', before.get('locales/fr/article-00000.json') as string);
    expect(after).toEqual(before);
    expect(existsSync(path.join(root, 'locales', '.tarjama', 'journal.json'))).toBe(false);

    // Run again: it plans from the saved catalog, whose revised translation stays.
    const report = await extract(root, config);
    expect(report.files).toContainEqual({ file: 'locales/fr/article-00000.json', result: 'written' });
    const now = JSON.parse(await readFile(french, 'utf8')) as Record<string, string>;
    expect(now[key]).toBe(`${values[key]} (relu)`);
    expect(Object.keys(now).length).toBe(Object.keys(values).length - 1);
  });
});
