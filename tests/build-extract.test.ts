import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readTree } from './helpers/read-tree.js';
import { copyToTemp, repoRoot, runCli, runCliInProcess } from './helpers/run-cli.js';

/**
 * `build --extract`: the whole job in one command and one process. It must leave exactly what
 * `extract` then `build` leave and print what they print, and stop, having built nothing, when
 * the extract stops.
 */
const fixture = path.join(repoRoot, 'tests', 'fixtures', 'cli', 'complete', 'project');

/** The project's catalogs, state, archive and outputs; not the cache, whose records hold file times. */
function files(root: string): Map<string, string> {
  return new Map([...readTree(root, 'locales', (file) => !file.startsWith('locales/.tarjama/cache/')), ...readTree(root, 'output')]);
}

/** A built copy of the fixture whose source was then edited: a list item deleted, a word changed. */
let edited: string;

beforeAll(async () => {
  edited = await copyToTemp(fixture);
  expect((await runCliInProcess(edited, ['build'])).code).toBe(0);
  const source = path.join(edited, 'source', 'article.md');
  const text = await readFile(source, 'utf8');
  const changed = text.replace('- Then they read the **guide**.\n', '').replace('judges', 'magistrates');
  expect(changed).not.toBe(text);
  await writeFile(source, changed);
});

describe('build --extract', () => {
  it('leaves the files, report and exit code of extract then build (the bin, in a process of its own)', async () => {
    const together = await copyToTemp(edited);
    const apart = await copyToTemp(edited);
    const one = runCli(together, ['build', '--extract']);
    const extracted = await runCliInProcess(apart, ['extract']);
    const built = await runCliInProcess(apart, ['build']);
    expect(extracted.code).toBe(0);
    // The edit outdated a French and an Arabic translation: their editions are blocked.
    expect(built.code).toBe(1);
    expect(one.code).toBe(built.code);
    expect(one.stdout).toBe(extracted.stdout + built.stdout);
    expect(one.stderr).toBe(extracted.stderr + built.stderr);
    const after = files(together);
    expect(after).toEqual(files(apart));
    expect(after).not.toEqual(files(edited));
  });

  it('with --format json, prints the build JSON alone on standard output and the extract report on standard error', async () => {
    const together = await copyToTemp(edited);
    const apart = await copyToTemp(edited);
    const one = await runCliInProcess(together, ['build', '--extract', '--format', 'json']);
    const extracted = await runCliInProcess(apart, ['extract']);
    const built = await runCliInProcess(apart, ['build', '--format', 'json']);
    expect(one.code).toBe(built.code);
    expect(one.stdout).toBe(built.stdout);
    expect((JSON.parse(one.stdout) as { outputs: unknown[] }).outputs.length).toBeGreaterThan(0);
    expect(one.stderr).toBe(extracted.stdout);
    expect(one.stderr).toMatch(/article/);
  });

  it('stops with the extract error, exit 2, and builds nothing when the extract refuses a catalog', async () => {
    const root = await copyToTemp(edited);
    const catalog = path.join(root, 'locales', 'fr', 'article.json');
    await writeFile(catalog, (await readFile(catalog, 'utf8')).replace(/",\n/, '",,\n'));
    const before = files(root);
    const one = await runCliInProcess(root, ['build', '--extract']);
    const alone = await runCliInProcess(await copyToTemp(root), ['extract']);
    expect(alone.code).toBe(2);
    expect(one.code).toBe(2);
    expect(one.stderr).toBe(alone.stderr);
    expect(one.stderr).toMatch(/locales\/fr\/article\.json:\d+:\d+/);
    expect(one.stdout).toBe('');
    expect(files(root)).toEqual(before);
  });

  it('is refused with --shard, before anything is read or written (exit 2)', async () => {
    const root = await copyToTemp(edited);
    const before = files(root);
    const one = await runCliInProcess(root, ['build', '--extract', '--shard', '1/2']);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('--extract cannot be combined with --shard: run "tarjama extract" once, before the shards');
    expect(files(root)).toEqual(before);
  });

  it('is refused by every command but build', async () => {
    const result = await runCliInProcess(edited, ['extract', '--extract']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"extract" does not take --extract');
  });
});
