import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyToTemp, repoRoot, runCliInProcess } from './helpers/run-cli.js';

/**
 * Every folder under tests/fixtures/cli/ is a case: `project/` is copied to a temporary
 * folder, the CLI runs each step of `steps.json` on it, and the transcript (exit codes,
 * stdout, stderr) and the resulting `locales/` and `output/` must equal `expected/`.
 * `UPDATE=1 npm test` rewrites the expected files.
 */
const fixtures = path.join(repoRoot, 'tests', 'fixtures', 'cli');
const update = process.env.UPDATE === '1';

interface Step {
  args: string[];
  /** Optional edit before the step: write `content` to `file` (relative to the project). */
  write?: { file: string; content: string };
}

async function listFiles(root: string, dir = ''): Promise<string[]> {
  if (!existsSync(path.join(root, dir))) return [];
  const entries = await readdir(path.join(root, dir), { withFileTypes: true });
  const files = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? listFiles(root, path.join(dir, entry.name)) : Promise.resolve([path.join(dir, entry.name)]))),
  );
  return files.flat().sort();
}

async function resultTree(project: string): Promise<Map<string, string>> {
  const tree = new Map<string, string>();
  for (const folder of ['locales', 'output']) {
    for (const file of await listFiles(path.join(project, folder))) {
      // The incremental-build cache depends on tarjama's own code; it is not committed either.
      if (file.split(path.sep).join('/').startsWith('.tarjama/cache/')) continue;
      tree.set(path.join(folder, file).split(path.sep).join('/'), await readFile(path.join(project, folder, file), 'utf8'));
    }
  }
  return tree;
}

const cases = existsSync(fixtures) ? (await readdir(fixtures)).sort() : [];

describe('CLI fixtures', () => {
  it.each(cases)('%s', async (name) => {
    const folder = path.join(fixtures, name);
    const steps = JSON.parse(await readFile(path.join(folder, 'steps.json'), 'utf8')) as Step[];
    const project = await copyToTemp(path.join(folder, 'project'));
    const transcript: string[] = [];
    for (const step of steps) {
      if (step.write) {
        await mkdir(path.dirname(path.join(project, step.write.file)), { recursive: true });
        await writeFile(path.join(project, step.write.file), step.write.content);
        transcript.push(`# wrote ${step.write.file}`);
      }
      const result = await runCliInProcess(project, step.args);
      transcript.push(`$ tarjama ${step.args.join(' ')}`, `[exit ${result.code}]`);
      if (result.stdout) transcript.push('--- stdout', result.stdout.trimEnd());
      if (result.stderr) transcript.push('--- stderr', result.stderr.trimEnd());
      transcript.push('');
    }
    const actual = transcript.join('\n');
    const tree = await resultTree(project);
    const expected = path.join(folder, 'expected');
    if (update) {
      await rm(expected, { recursive: true, force: true });
      await mkdir(expected, { recursive: true });
      await writeFile(path.join(expected, 'transcript.txt'), actual);
      for (const [file, content] of tree) {
        await mkdir(path.dirname(path.join(expected, 'files', file)), { recursive: true });
        await writeFile(path.join(expected, 'files', file), content);
      }
    }
    expect(actual).toBe(await readFile(path.join(expected, 'transcript.txt'), 'utf8'));
    const expectedTree = new Map<string, string>();
    for (const file of await listFiles(path.join(expected, 'files'))) {
      expectedTree.set(file.split(path.sep).join('/'), await readFile(path.join(expected, 'files', file), 'utf8'));
    }
    expect([...tree.keys()]).toEqual([...expectedTree.keys()]);
    for (const [file, content] of tree) expect(content, file).toBe(expectedTree.get(file));
    await rm(project, { recursive: true, force: true });
  });
});

