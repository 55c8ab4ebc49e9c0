import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot } from '../pipeline/project/find-project-root.js';
import { cliPath, copyToTemp, repoRoot } from './helpers/run-cli.js';

/** Runs the real CLI in `cwd`, without --cwd, as a person in a terminal does. */
const runIn = (cwd: string, args: readonly string[]) => spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

/** A folder tree under a fresh temporary folder: each path ending in "/" is a folder, the others empty files. */
async function tree(paths: readonly string[]): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'tarjama-root-'));
  for (const entry of paths) {
    if (entry.endsWith('/')) await mkdir(path.join(root, entry), { recursive: true });
    else {
      await mkdir(path.dirname(path.join(root, entry)), { recursive: true });
      await writeFile(path.join(root, entry), '{}');
    }
  }
  return root;
}

describe('findProjectRoot', () => {
  it('takes the nearest folder with tarjama.config.json over a nearer package.json', async () => {
    const root = await tree(['news/tarjama.config.json', 'news/tools/package.json', 'news/tools/lib/']);
    expect(findProjectRoot(path.join(root, 'news/tools/lib'))).toBe(path.join(root, 'news'));
  });

  it('takes a folder with source/ and locales/ (the default config) as a project', async () => {
    const root = await tree(['package.json', 'site/source/', 'site/locales/fr/']);
    expect(findProjectRoot(path.join(root, 'site/locales/fr'))).toBe(path.join(root, 'site'));
  });

  it('falls back to the nearest package.json, and finds nothing where nothing marks a project', async () => {
    const root = await tree(['app/package.json', 'app/src/', 'loose/']);
    expect(findProjectRoot(path.join(root, 'app/src'))).toBe(path.join(root, 'app'));
    // Nothing above the temporary folder marks a project either (the checkout is elsewhere).
    expect(findProjectRoot(path.join(root, 'loose'))).toBe(null);
  });
});

describe('a command run from a subfolder', () => {
  it('finds the project from source/, as git does, and reports its files from the root', async () => {
    const project = await copyToTemp(path.join(repoRoot, 'tests', 'fixtures', 'cli', 'broken-translations', 'project'));
    await writeFile(path.join(project, 'tarjama.config.json'), '{}\n');
    const fromRoot = runIn(project, ['check']);
    const fromSource = runIn(path.join(project, 'source'), ['check']);
    expect(fromSource.stdout).toContain('locales/fr/article.json:');
    expect(fromSource).toMatchObject({ status: fromRoot.status, stdout: fromRoot.stdout, stderr: fromRoot.stderr });
  });

  it('says so, and what to do, where no folder up holds a project, and exits 2', async () => {
    const loose = await tree(['notes/']);
    const run = runIn(path.join(loose, 'notes'), ['check']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`tarjama: no project here: neither ${path.join(loose, 'notes')} nor any folder above it holds tarjama.config.json, source/ and locales/, or package.json; run tarjama in the project's folder, or pass --cwd DIR`);
  });

  it('names the missing source folder and how to make one, in a project that has none', async () => {
    const project = await tree(['package.json']);
    const run = runIn(project, ['check']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`tarjama: source: there is no source folder in ${project}: write the articles as source/<slug>.md, or set "sourceDir" in tarjama.config.json\n`);
  });
});
