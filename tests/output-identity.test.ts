import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../bench/corpus.js';
import { translateCorpus } from '../bench/translate-corpus.js';
import { loadConfig } from '../pipeline/config/load-config.js';
import { repoRoot, runCliInProcess } from './helpers/run-cli.js';
import { writeSiteStrings } from './helpers/write-site-strings.js';

/**
 * Speed work must not change a byte: a seeded corpus of 16 articles with site strings,
 * two of them with a translation missing, goes through the real CLI, the compiled bundle run in
 * this process (extract, a blocked build, a build with --allow-incomplete, check), and every step's exit code and report, and the sha256 of
 * every file then under output/ and locales/ (the cache aside: it depends on tarjama's own code),
 * must equal tests/fixtures/output-identity/manifest.json, made from the code before the speed work.
 * `UPDATE=1` rewrites the manifest: only do so for a change that means to change outputs.
 */
const manifestFile = path.join(repoRoot, 'tests', 'fixtures', 'output-identity', 'manifest.json');
const update = process.env.UPDATE === '1';

interface Step {
  args: string[];
  code: number;
  stdout: string[];
  stderr: string[];
  /** Path under the project → sha256 of its content, after the step. */
  files: Record<string, string>;
}

async function listFiles(root: string, dir = ''): Promise<string[]> {
  if (!existsSync(path.join(root, dir))) return [];
  const entries = await readdir(path.join(root, dir), { withFileTypes: true });
  const files = await Promise.all(entries.map((entry) => (entry.isDirectory() ? listFiles(root, path.join(dir, entry.name)) : Promise.resolve([path.join(dir, entry.name)]))));
  return files.flat();
}

async function hashes(project: string): Promise<Record<string, string>> {
  const files: Array<[string, string]> = [];
  for (const folder of ['locales', 'output']) {
    for (const file of await listFiles(path.join(project, folder))) {
      const name = `${folder}/${file.split(path.sep).join('/')}`;
      if (name.startsWith('locales/.tarjama/cache/')) continue;
      files.push([name, createHash('sha256').update(await readFile(path.join(project, name))).digest('hex')]);
    }
  }
  return Object.fromEntries(files.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

async function removeKey(project: string, locale: string, namespace: string): Promise<void> {
  const catalog = path.join(project, 'locales', locale, `${namespace}.json`);
  const values = JSON.parse(await readFile(catalog, 'utf8')) as Record<string, string>;
  delete values[Object.keys(values)[1] as string];
  await writeFile(catalog, `${JSON.stringify(values, null, 2)}\n`);
}

const lines = (text: string): string[] => text.split('\n').filter((line) => line !== '');

describe('output identity', () => {
  it('a seeded corpus builds to the same bytes, reports and exit codes as before the speed work', async () => {
    const project = await mkdtemp(path.join(tmpdir(), 'tarjama-identity-'));
    await writeCorpus(project, 16, 19);
    const steps: Step[] = [];
    const step = async (args: string[]): Promise<void> => {
      const result = await runCliInProcess(project, args);
      steps.push({ args, code: result.code, stdout: lines(result.stdout), stderr: lines(result.stderr), files: await hashes(project) });
    };
    await step(['extract']);
    await translateCorpus(project, await loadConfig(project));
    await writeSiteStrings(project);
    await removeKey(project, 'fr', 'article-00003');
    await removeKey(project, 'ar', 'article-00010');
    await step(['build']);
    await step(['build', '--allow-incomplete']);
    await step(['check']);
    expect(steps.map((entry) => entry.code)).toEqual([0, 1, 0, 1]);

    if (update) {
      await mkdir(path.dirname(manifestFile), { recursive: true });
      await writeFile(manifestFile, `${JSON.stringify(steps, null, 2)}\n`);
    }
    const expected = JSON.parse(await readFile(manifestFile, 'utf8')) as Step[];
    expect(steps.map(({ files, ...rest }) => rest)).toEqual(expected.map(({ files, ...rest }) => rest));
    for (const [index, entry] of steps.entries()) expect(entry.files, `files after tarjama ${entry.args.join(' ')}`).toEqual(expected[index]?.files);
  }, 60_000);
});
