import { spawn } from 'node:child_process';
import { existsSync, watch, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../bench/corpus.js';
import { translateCorpus } from '../bench/translate-corpus.js';
import { extract } from '../pipeline/commands/extract.js';
import { loadConfig } from '../pipeline/config/load-config.js';
import { projectPaths } from '../pipeline/project/project-paths.js';
import { readTree } from './helpers/read-tree.js';
import { cliPath, runCliInProcess } from './helpers/run-cli.js';

/**
 * A translator saves a catalog while extract works on the project (the CLI, in a process of its
 * own): after extract read it and planned its edit (a deleted paragraph's translation archived),
 * before the commit. Writing the planned catalog would lose the save; extract writes nothing,
 * says which file and what to do, and the next extract starts from the saved file. The save is
 * made when extract keeps its parse of the third article (`locales/.tarjama/cache/parsed/`): it
 * plans the articles in order, so the first one is planned by then, and 27 are still to parse
 * and plan before the commit.
 */
describe('a catalog saved while extract runs', () => {
  it('stops the commit before any write, naming the file (exit 2); the next extract keeps the save', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'tarjama-saved-'));
    await writeCorpus(root, 30, 7);
    const config = await loadConfig(root);
    await extract(root, config);
    await translateCorpus(root, config);
    await extract(root, config);
    // Every article loses its last paragraph: their French and Arabic catalogs are edited.
    for (let index = 0; index < 30; index += 1) {
      const source = path.join(root, 'source', `article-${String(index).padStart(5, '0')}.md`);
      const blocks = (await readFile(source, 'utf8')).trimEnd().split('\n\n');
      const prose = blocks.flatMap((block, at) => (/^[A-Z]/.test(block) ? [at] : []));
      blocks.splice(prose[prose.length - 1] as number, 1);
      await writeFile(source, `${blocks.join('\n\n')}\n`);
    }
    const french = path.join(root, 'locales', 'fr', 'article-00000.json');
    const values = JSON.parse(await readFile(french, 'utf8')) as Record<string, string>;
    const key = Object.keys(values)[1] as string;
    const saved = `${JSON.stringify({ ...values, [key]: `${values[key]} (relu)` }, null, 2)}\n`;
    const own = (file: string): boolean => !file.startsWith('locales/.tarjama/cache/');
    const before = readTree(root, 'locales', own);

    let savedAt = false;
    const watcher = watch(projectPaths(root, config).parsedFolder, (_event, name) => {
      if (savedAt || name !== 'article-00002.json') return;
      savedAt = true;
      writeFileSync(french, saved);
    });
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [cliPath, 'extract', '--cwd', root], { stdio: ['ignore', 'ignore', 'pipe'] });
      let text = '';
      child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.on('close', (exit) => resolve({ code: exit, stderr: text }));
    });
    watcher.close();
    expect(savedAt, 'the save was made while extract ran').toBe(true);
    expect(stderr).toMatch(/^tarjama: locales\/fr\/article-00000\.json: changed while "extract" ran: it no longer holds what the run read.*Nothing was written; run "extract" again/);
    expect(code).toBe(2);
    // Nothing written, no journal: every file as it was but the translator's save.
    const after = readTree(root, 'locales', own);
    expect(after.get('locales/fr/article-00000.json')).toBe(saved);
    after.set('locales/fr/article-00000.json', before.get('locales/fr/article-00000.json') as string);
    expect(after).toEqual(before);
    expect(existsSync(path.join(root, 'locales', '.tarjama', 'journal.json'))).toBe(false);

    // Run again: it plans from the saved catalog, whose revised translation stays.
    const again = await runCliInProcess(root, ['extract']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('written    locales/fr/article-00000.json');
    const now = JSON.parse(await readFile(french, 'utf8')) as Record<string, string>;
    expect(now[key]).toBe(`${values[key]} (relu)`);
    expect(Object.keys(now).length).toBe(Object.keys(values).length - 1);
  });
});
