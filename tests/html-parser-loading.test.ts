import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cliPath, copyToTemp, repoRoot } from './helpers/run-cli.js';

/**
 * The HTML parser (parse5, through hast-util-from-html) is loaded only when a run meets raw HTML
 * (`pipeline/markdown/html-parser.ts`): for a source with a `<` (`loadDocument`), a translation
 * with one (`processNamespace`), or an exchange command (`loadProject`). Each case runs the bin in
 * a process of its own, where no earlier run has loaded the parser, with a module hook
 * (`module.register`) that lists every file the process loads: a path that read HTML without
 * loading the parser first would be an internal error, and one that loaded it without need would
 * show in the list. Without `loadDocument`'s load, the case of a kept parse fails, as do two of
 * `cli-fixtures.test.ts`; without `processNamespace`'s, the translation's case (the html rule
 * refuses the tag before anything reads it as HTML, but the parser must be there for the rules
 * and readers to come); with parse5 loaded statically, as before, the case without HTML.
 */
const projects: string[] = [];
afterEach(async () => {
  await Promise.all(projects.splice(0).map((project) => rm(project, { recursive: true, force: true })));
});

/** A module hook that appends the URL of every module the process loads to the file its registration names. */
let register = '';
let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'tarjama-module-hook-'));
  await writeFile(
    path.join(folder, 'hooks.mjs'),
    "import { appendFileSync } from 'node:fs';\nlet out;\nexport async function initialize(data) { out = data.out; }\nexport async function load(url, context, next) { appendFileSync(out, `${url}\\n`); return next(url, context); }\n",
  );
  register = path.join(folder, 'register.mjs');
  await writeFile(register, "import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url, { data: { out: process.env.TARJAMA_TEST_LOADED } });\n");
});
afterAll(() => rm(folder, { recursive: true, force: true }));

/** The bin run on `root` in a process of its own, with the files of `dist/bin` it loaded. */
async function traced(root: string, args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string; loaded: string[] }> {
  const list = path.join(root, '..', `${path.basename(root)}-loaded.txt`);
  await writeFile(list, '');
  projects.push(list);
  const result = spawnSync(process.execPath, ['--import', register, cliPath, ...args, '--cwd', root], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', TARJAMA_TEST_LOADED: list } });
  const bin = path.dirname(cliPath);
  const loaded = (await readFile(list, 'utf8'))
    .split('\n')
    .filter((url) => url.startsWith('file:'))
    .map((url) => fileURLToPath(url))
    .filter((file) => path.dirname(file) === bin);
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, loaded };
}

/** Whether the process loaded parse5 (the bundle keeps its function names). */
const loadedHtmlParser = (loaded: readonly string[]): boolean => loaded.some((file) => readFileSync(file, 'utf8').includes('function parseFragment('));

/** A project with one article and no `<` in it. */
async function plainProject(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'tarjama-html-parser-'));
  projects.push(root);
  await mkdir(path.join(root, 'source'));
  await writeFile(path.join(root, 'source', 'court.md'), '---\ntitle: "Court"\n---\n\nThe court met on Monday.\n');
  await writeFile(path.join(root, 'tarjama.config.json'), '{ "locales": ["en", "fr"] }\n');
  return root;
}

const writeFrench = (root: string, paragraph: string): Promise<void> =>
  writeFile(path.join(root, 'locales', 'fr', 'court.json'), `${JSON.stringify({ 'meta-title': 'Tribunal', 'p-the-court-met-on-monday': paragraph }, null, 2)}\n`);

const internalError = /internal error|please report it/;

describe('the HTML parser, loaded on demand', () => {
  it('is not loaded by extract, check and build on an article and translations without HTML', async () => {
    const root = await plainProject();
    const extract = await traced(root, ['extract']);
    expect(extract.code, extract.stderr).toBe(0);
    await writeFrench(root, 'Le tribunal s’est réuni lundi.');
    for (const command of ['check', 'build']) {
      const run = await traced(root, [command]);
      expect(run.stderr, command).toBe('');
      expect(run.code, command).toBe(0);
      // The hook saw the run: the bin and the command's modules.
      expect(run.loaded.length, command).toBeGreaterThan(5);
      expect(loadedHtmlParser(run.loaded), command).toBe(false);
    }
    expect(loadedHtmlParser(extract.loaded)).toBe(false);
    expect(await readFile(path.join(root, 'output', 'fr', 'court.md'), 'utf8')).toContain('Le tribunal s’est réuni lundi.');
  });

  it('is loaded for a translation that adds HTML its source does not have, which check and build refuse with the html rule', async () => {
    const root = await plainProject();
    expect((await traced(root, ['extract'])).code).toBe(0);
    await writeFrench(root, 'Le <b>tribunal</b> s’est réuni lundi.');
    const finding = 'locales/fr/court.json:3:3  error    html  rejected: the translation has inline HTML <b>, inline HTML </b> that the source does not; copy inline HTML exactly as in the source';
    for (const command of ['check', 'build']) {
      const run = await traced(root, [command]);
      expect(run.stderr, command).not.toMatch(internalError);
      expect(run.code, command).toBe(1);
      expect(run.stdout.split('\n'), command).toContain(finding);
      expect(loadedHtmlParser(run.loaded), command).toBe(true);
    }
  });

  it('is loaded for a source with HTML whose parse extract kept: build, in a process of its own, publishes the HTML', async () => {
    const root = await copyToTemp(path.join(repoRoot, 'tests', 'fixtures', 'cli', 'complete', 'project'));
    projects.push(root);
    expect((await traced(root, ['extract'])).code).toBe(0);
    const build = await traced(root, ['build']);
    expect(build.stderr).not.toMatch(internalError);
    expect(build.code).toBe(0);
    expect(loadedHtmlParser(build.loaded)).toBe(true);
    expect(await readFile(path.join(root, 'output', 'fr', 'article.md'), 'utf8')).toContain('<abbr>ISM</abbr>');
  });
});
