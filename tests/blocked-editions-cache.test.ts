import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../bench/corpus.js';
import { translateCorpus } from '../bench/translate-corpus.js';
import { loadConfig } from '../pipeline/config/load-config.js';
import { copyToTemp, runCliInProcess, type CliResult } from './helpers/run-cli.js';
import { writeSiteStrings } from './helpers/write-site-strings.js';

/**
 * Four published articles, then work in progress: article 1 lacks a French translation (its
 * French edition published before stays), article 2's source changed and its French is now
 * outdated (the edition published before is marked stale), article 3's French was never
 * complete (no French edition at all); with site strings, which a build reports too.
 */
let project = '';
/** The complete French catalogs of articles 1 and 3. */
const french = new Map<string, string>();
beforeAll(async () => {
  const corpus = await mkdtemp(path.join(tmpdir(), 'tarjama-blocked-'));
  await writeCorpus(corpus, 4, 11);
  expect((await runCliInProcess(corpus, ['extract'])).code).toBe(0);
  await translateCorpus(corpus, await loadConfig(corpus));
  await writeSiteStrings(corpus);
  for (const namespace of ['article-00001', 'article-00003']) french.set(namespace, await readFile(path.join(corpus, 'locales', 'fr', `${namespace}.json`), 'utf8'));
  await removeKey(corpus, 'fr', 'article-00003');
  expect((await runCliInProcess(corpus, ['build'])).code).toBe(1);
  await removeKey(corpus, 'fr', 'article-00001');
  const source = path.join(corpus, 'source', 'article-00002.md');
  await writeFile(source, (await readFile(source, 'utf8')).replace(/\.\n/, '. Officials confirmed it.\n'));
  expect((await runCliInProcess(corpus, ['extract'])).code).toBe(0);
  project = corpus;
}, 60_000);

async function removeKey(root: string, locale: string, namespace: string): Promise<void> {
  const catalog = path.join(root, 'locales', locale, `${namespace}.json`);
  const values = JSON.parse(await readFile(catalog, 'utf8')) as Record<string, string>;
  delete values[Object.keys(values)[1] as string];
  await writeFile(catalog, `${JSON.stringify(values, null, 2)}\n`);
}

/** Every file under output/ and locales/ but the cache, with its content. */
async function tree(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const folder of ['output', 'locales']) {
    for (const name of (await readdir(path.join(root, folder), { recursive: true })).sort()) {
      const file = path.join(root, folder, name);
      if (!name.includes('cache') && (await stat(file)).isFile()) files.set(`${folder}/${name}`, await readFile(file, 'utf8'));
    }
  }
  return files;
}

/** A build of the same files without the cache: what the build with it must equal. */
async function coldBuild(root: string, args: readonly string[] = ['build']): Promise<{ run: CliResult; files: Map<string, string> }> {
  const cold = await copyToTemp(root, (file) => !file.includes(`${path.sep}cache`));
  const run = await runCliInProcess(cold, args);
  return { run, files: await tree(cold) };
}

describe('a build with blocked editions', () => {
  it('reports an unchanged blocked edition from its record, without reading the article, exactly as a build without the cache', async () => {
    const work = await copyToTemp(project);
    const first = await runCliInProcess(work, ['build']);
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('blocked    output/fr/article-00001.md  (missing 1: fix them, or pass --allow-incomplete to publish the source text in their place)\n');
    expect(first.stdout).toMatch(/blocked {4}output\/fr\/article-00002\.md {2}\([^)]*; the edition published before predates the current source and is marked `stale: true`\)\n/);
    expect(existsSync(path.join(work, 'output', 'fr', 'article-00003.md'))).toBe(false);
    const cold = await coldBuild(work);
    const again = await runCliInProcess(work, ['build']);
    expect(again).toEqual(cold.run);
    expect(again.stdout.split('\n').slice(0, 5).map((line) => line.slice(0, 37))).toEqual([
      'blocked    output/fr/article-00001.md',
      'blocked    output/fr/article-00002.md',
      'blocked    output/ar/article-00002.md',
      'blocked    output/fr/article-00003.md',
      'unchanged  16 files',
    ]);
    expect(await tree(work)).toEqual(cold.files);

    // Same size and time, bytes that are not UTF-8: a build that read the article would stop on them (exit 2).
    const source = path.join(work, 'source', 'article-00001.md');
    const original = await readFile(source);
    const times = path.join(work, 'times');
    await writeFile(times, '');
    expect(spawnSync('touch', ['-r', source, times]).status).toBe(0);
    await writeFile(source, Buffer.alloc(original.length, 0xff));
    expect(spawnSync('touch', ['-r', times, source]).status).toBe(0);
    expect(await runCliInProcess(work, ['build'])).toEqual(again);
    // The same bytes again with a new time (a checkout): recognised by content.
    await writeFile(source, original);
    await rm(times);
    expect(await runCliInProcess(work, ['build'])).toEqual(again);

    // A blocked catalog completed (a translation revised too): that article is built again, its French published, its other
    // editions left as they were, since they link to the French page published before.
    const complete = async (namespace: string) => writeFile(path.join(work, 'locales', 'fr', `${namespace}.json`), (french.get(namespace) as string).replace(/",\n/, ' (revu)",\n'));
    await complete('article-00001');
    const fixed = await runCliInProcess(work, ['build']);
    expect(fixed.code).toBe(1);
    expect(fixed.stdout.split('\n').filter((line) => line.includes('article-00001'))).toEqual(['written    output/fr/article-00001.md', 'written    output/fr/article-00001.html']);
    expect(await tree(work)).toEqual((await coldBuild(work)).files);
    // One never published: the other editions' pages are written again, to link to it.
    await complete('article-00003');
    const published = await runCliInProcess(work, ['build']);
    expect(published.stdout.split('\n').filter((line) => line.includes('article-00003'))).toEqual([
      'written    output/en/article-00003.html',
      'written    output/fr/article-00003.md',
      'written    output/fr/article-00003.html',
      'written    output/ar/article-00003.html',
    ]);
    expect(await tree(work)).toEqual((await coldBuild(work)).files);
  }, 60_000);

  it('builds a blocked edition again when what it left on disk changed, and never publishes it from a record', async () => {
    const work = await copyToTemp(project);
    expect((await runCliInProcess(work, ['build'])).code).toBe(1);
    // The stale French page of article 2 deleted: its other editions no longer link to it.
    await rm(path.join(work, 'output', 'fr', 'article-00002.html'));
    const cold = await coldBuild(work);
    const rebuilt = await runCliInProcess(work, ['build']);
    expect(rebuilt).toEqual(cold.run);
    expect(rebuilt.stdout).toContain('written    output/en/article-00002.html\n');
    expect(await tree(work)).toEqual(cold.files);

    // A config that no longer blocks on missing translations: nothing is taken from the records of the one that did, nor back.
    const config = path.join(work, 'tarjama.config.json');
    const strict = await readFile(config, 'utf8');
    const settings = JSON.parse(strict) as { rules: Record<string, string> };
    settings.rules.missing = 'warning';
    await writeFile(config, `${JSON.stringify(settings, null, 2)}\n`);
    const relaxed = await runCliInProcess(work, ['build']);
    expect(relaxed.stdout).toContain('written    output/fr/article-00003.md  (incomplete: 1 missing, 0 rejected, 0 outdated; source text used for missing and rejected ones)\n');
    await writeFile(config, strict);
    expect((await runCliInProcess(work, ['build'])).stdout).toContain('blocked    output/fr/article-00003.md  (missing 1: ');

    // --allow-incomplete is another build: it publishes what a plain build blocked.
    const allowed = await runCliInProcess(work, ['build', '--allow-incomplete']);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain('written    output/fr/article-00002.md  (incomplete: 0 missing, 0 rejected, 1 outdated; source text used for missing and rejected ones)\n');
    expect((await runCliInProcess(work, ['build'])).stdout).toContain('blocked    output/fr/article-00002.md  (outdated 1: ');
  }, 60_000);
});
