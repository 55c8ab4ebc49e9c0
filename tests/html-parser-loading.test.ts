import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyToTemp, repoRoot, runCli } from './helpers/run-cli.js';

/**
 * The HTML parser (parse5, through hast-util-from-html) is loaded only when a run meets raw HTML
 * (`pipeline/markdown/html-parser.ts`): for a source with a `<` (`loadDocument`), a translation
 * with one (`processNamespace`), or an exchange command (`loadProject`). A path that reads HTML
 * without loading it first is an internal error, so each case runs the bin in a process of its
 * own, where no earlier run has loaded the parser (without `loadDocument`'s, the second case and
 * two of `cli-fixtures.test.ts` fail). `start-up.test.ts` shows that nothing loads it before. The
 * fixtures and the exchange tools' tests run every command on articles with HTML.
 */
const projects: string[] = [];
afterEach(async () => {
  await Promise.all(projects.splice(0).map((project) => rm(project, { recursive: true, force: true })));
});

/** A project with one article and no `<` in it: nothing of the source needs the HTML parser. */
async function plainProject(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'tarjama-html-parser-'));
  projects.push(root);
  await mkdir(path.join(root, 'source'));
  await writeFile(path.join(root, 'source', 'court.md'), '---\ntitle: "Court"\n---\n\nThe court met on Monday.\n');
  await writeFile(path.join(root, 'tarjama.config.json'), '{ "locales": ["en", "fr"] }\n');
  return root;
}

const internalError = /internal error|please report it/;

describe('the HTML parser, loaded on demand', () => {
  // The html rule refuses it before anything reads it as HTML; `processNamespace` loads the parser for it all the same.
  it('leaves no internal error for a translation that adds HTML its source does not have: check and build refuse it with the html rule', async () => {
    const root = await plainProject();
    expect(runCli(root, ['extract']).code).toBe(0);
    await writeFile(
      path.join(root, 'locales', 'fr', 'court.json'),
      `${JSON.stringify({ 'meta-title': 'Tribunal', 'p-the-court-met-on-monday': 'Le <b>tribunal</b> s’est réuni lundi.' }, null, 2)}\n`,
    );
    const finding = 'locales/fr/court.json:3:3  error    html  rejected: the translation has inline HTML <b>, inline HTML </b> that the source does not; copy inline HTML exactly as in the source';
    for (const command of ['check', 'build']) {
      const result = runCli(root, [command]);
      expect(result.stderr, command).not.toMatch(internalError);
      expect(result.code, command).toBe(1);
      expect(result.stdout.split('\n'), command).toContain(finding);
    }
  });

  it('is loaded for a source with HTML whose parse extract kept: build, in a process of its own, publishes the HTML', async () => {
    const root = await copyToTemp(path.join(repoRoot, 'tests', 'fixtures', 'cli', 'complete', 'project'));
    projects.push(root);
    expect(runCli(root, ['extract']).code).toBe(0);
    const build = runCli(root, ['build']);
    expect(build.stderr).not.toMatch(internalError);
    expect(build.code).toBe(0);
    expect(await readFile(path.join(root, 'output', 'fr', 'article.md'), 'utf8')).toContain('<abbr>ISM</abbr>');
  });

  it('is not needed by a run on articles without HTML, which publishes them as before', async () => {
    const root = await plainProject();
    expect(runCli(root, ['extract']).code).toBe(0);
    await writeFile(path.join(root, 'locales', 'fr', 'court.json'), `${JSON.stringify({ 'meta-title': 'Tribunal', 'p-the-court-met-on-monday': 'Le tribunal s’est réuni lundi.' }, null, 2)}\n`);
    const build = runCli(root, ['build']);
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
    expect(await readFile(path.join(root, 'output', 'fr', 'court.md'), 'utf8')).toContain('Le tribunal s’est réuni lundi.');
  });
});
