import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../pipeline/config/load-config.js';
import { parseArticle } from '../pipeline/extract/parse-article.js';
import { parsedArticles } from '../pipeline/project/parsed-articles.js';
import { projectPaths, type ProjectPaths } from '../pipeline/project/project-paths.js';
import { repoRoot, runCliInProcess } from './helpers/run-cli.js';

/**
 * `build` and `check` take an article's parse from the one `extract` kept
 * (`locales/.tarjama/cache/parsed/`), only for the very text, front-matter fields and code it
 * was made from: a kept parse must read back as the parse itself, and anything else about the
 * file must mean parsing again, never an error and never another text's parse.
 */
const fields = ['title', 'description'];

/** Every article of the repository and of the CLI fixtures: headings, lists, tables, footnotes, HTML, front matter, Arabic. */
async function sources(): Promise<Array<{ file: string; text: string }>> {
  const found: Array<{ file: string; text: string }> = [];
  const visit = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) await visit(file);
      else if (entry.name.endsWith('.md') && path.basename(dir) === 'source') found.push({ file: path.relative(repoRoot, file), text: await readFile(file, 'utf8') });
    }
  };
  await visit(path.join(repoRoot, 'tests', 'fixtures'));
  await visit(path.join(repoRoot, 'source'));
  return found;
}

let project = '';
let paths: ProjectPaths;
beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), 'tarjama-parsed-'));
  paths = projectPaths(project, await loadConfig(project));
});
afterAll(() => rm(project, { recursive: true, force: true }));

/** The types of the nodes of a tree that have a `position` member, even an undefined one. */
function positioned(node: object): string[] {
  const own = 'position' in node ? [String((node as { type?: unknown }).type)] : [];
  const children = (node as { children?: unknown }).children;
  return [...own, ...(Array.isArray(children) ? children.flatMap((child: object) => positioned(child)) : [])];
}

/** Parses that cannot be read back (a text that is not an article) are not kept: the same error every time. */
const parses = (code = 'code-1', frontMatterFields = fields) => parsedArticles(paths, frontMatterFields, code);

describe('parsedArticles', () => {
  it('reads a kept parse back exactly as parsed, for every source of the repository and the fixtures', async () => {
    const all = await sources();
    expect(all.length).toBeGreaterThan(20);
    for (const [index, { file, text }] of all.entries()) {
      let fresh;
      try {
        fresh = parseArticle(file, text, fields);
      } catch {
        // A fixture tarjama refuses (no front matter…): refused through the cache as well, and nothing kept.
        await expect(parses().parse(`refused-${index}`, file, text)).rejects.toThrow();
        expect(existsSync(paths.parsedFile(`refused-${index}`)), file).toBe(false);
        continue;
      }
      // Extract has taken every line it reports: the tree comes without positions (a third of a kept parse's JSON).
      expect(positioned(fresh.tree), file).toEqual([]);
      expect(await parses().parse(`article-${index}`, file, text), file).toStrictEqual(fresh);
      expect(existsSync(paths.parsedFile(`article-${index}`)), file).toBe(true);
      // A new run reads it from the file.
      expect(await parses().parse(`article-${index}`, file, text), file).toStrictEqual(fresh);
    }
  });

  it('uses a kept parse only for the same text, fields and code', async () => {
    const text = '---\ntitle: A story\n---\n\nFirst paragraph with a [link](https://example.org).\n';
    await parses().parse('story', 'source/story.md', text);
    // Proof that a run reads the file: a parse changed in it is what the next run gets.
    const kept = await readFile(paths.parsedFile('story'), 'utf8');
    await writeFile(paths.parsedFile('story'), kept.replace('First paragraph', 'Kept paragraph'));
    expect(JSON.stringify(await parses().parse('story', 'source/story.md', text))).toContain('Kept paragraph');

    const edited = text.replace('First', 'Second');
    expect(JSON.stringify(await parses().parse('story', 'source/story.md', edited))).toContain('Second paragraph');
    await writeFile(paths.parsedFile('story'), (await readFile(paths.parsedFile('story'), 'utf8')).replace('Second paragraph', 'Kept paragraph'));
    expect(await parses('code-2').parse('story', 'source/story.md', edited)).toStrictEqual(parseArticle('source/story.md', edited, fields));
    await writeFile(paths.parsedFile('story'), (await readFile(paths.parsedFile('story'), 'utf8')).replace('Second paragraph', 'Kept paragraph'));
    expect(await parses('code-2', ['title']).parse('story', 'source/story.md', edited)).toStrictEqual(parseArticle('source/story.md', edited, ['title']));
  });

  it('keeps no parse JSON cannot read back exactly: front matter with a YAML timestamp, .nan, -0, binary, a set', async () => {
    for (const [index, field] of ['date: !!timestamp 2025-03-01', 'ratio: .nan', 'offset: -0', 'photo: !!binary aGVsbG8=', 'tags: !!set {a, b}', 'big: 1e400'].entries()) {
      const text = `---\ntitle: Front matter\n${field}\n---\n\nA paragraph.\n`;
      const fresh = parseArticle('source/front.md', text, fields);
      expect(await parses().parse(`front-${index}`, 'source/front.md', text), field).toStrictEqual(fresh);
      expect(existsSync(paths.parsedFile(`front-${index}`)), field).toBe(false);
      expect(await parses().parse(`front-${index}`, 'source/front.md', text), field).toStrictEqual(fresh);
    }
    // A date written as YAML 1.2 reads it, text, is kept.
    await parses().parse('front-text', 'source/front.md', '---\ntitle: Front matter\ndate: 2025-03-01\n---\n\nA paragraph.\n');
    expect(existsSync(paths.parsedFile('front-text'))).toBe(true);
  });

  it('parses again, without an error, when the kept file is damaged, hand-made or cannot be written', async () => {
    const text = '---\ntitle: Damaged\n---\n\nA paragraph.\n';
    const fresh = parseArticle('source/damaged.md', text, fields);
    await parses().parse('damaged', 'source/damaged.md', text);
    const kept = await readFile(paths.parsedFile('damaged'), 'utf8');
    const [key] = kept.split('\n');
    for (const damaged of [kept.slice(0, kept.length / 2), `${key}\n{"tree":`, `${key}\n${'['.repeat(5000)}${']'.repeat(5000)}`, `${key}\n`, '']) {
      await writeFile(paths.parsedFile('damaged'), damaged);
      expect(await parses().parse('damaged', 'source/damaged.md', text)).toStrictEqual(fresh);
      // And kept again, whole.
      expect(await readFile(paths.parsedFile('damaged'), 'utf8')).toBe(kept);
    }

    // A file where the folder should be: nothing can be kept, and the run goes on.
    const blocked = await mkdtemp(path.join(tmpdir(), 'tarjama-parsed-'));
    try {
      const blockedPaths = projectPaths(blocked, await loadConfig(blocked));
      await mkdir(path.dirname(blockedPaths.parsedFolder), { recursive: true });
      await writeFile(blockedPaths.parsedFolder, 'not a folder');
      expect(await parsedArticles(blockedPaths, fields, 'code-1').parse('damaged', 'source/damaged.md', text)).toStrictEqual(fresh);
    } finally {
      await rm(blocked, { recursive: true, force: true });
    }
  });
});

describe('parses kept by extract, through the CLI', () => {
  it('build gives the same report and files from kept parses as from none; extract reads a renamed article from one parse, the kept one, and forgets the parse of its old name', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'tarjama-parsed-cli-'));
    try {
      await cp(path.join(repoRoot, 'tests', 'fixtures', 'cli', 'complete', 'project'), root, { recursive: true });
      expect((await runCliInProcess(root, ['extract'])).code).toBe(0);
      const namespaces = (await readdir(path.join(root, 'source'))).map((name) => name.replace(/\.md$/, ''));
      expect((await readdir(path.join(root, 'locales', '.tarjama', 'cache', 'parsed'))).sort()).toEqual(namespaces.map((namespace) => `${namespace}.json`).sort());

      const snapshot = async (): Promise<Record<string, string>> => {
        const files: Record<string, string> = {};
        for (const locale of await readdir(path.join(root, 'output'))) {
          for (const name of await readdir(path.join(root, 'output', locale))) files[`${locale}/${name}`] = await readFile(path.join(root, 'output', locale, name), 'utf8');
        }
        return files;
      };
      const kept = await runCliInProcess(root, ['build']);
      const keptFiles = await snapshot();
      await rm(path.join(root, 'output'), { recursive: true });
      await rm(path.join(root, 'locales', '.tarjama', 'cache'), { recursive: true });
      const fresh = await runCliInProcess(root, ['build']);
      expect(kept.code).toBe(0);
      expect(kept.stdout).toBe(fresh.stdout);
      expect(keptFiles).toEqual(await snapshot());

      const [first] = namespaces;
      await rename(path.join(root, 'source', `${first}.md`), path.join(root, 'source', 'renamed-story.md'));
      // The new name's parse is kept already (the same text: its key names no article), with a
      // word changed in it: the catalogs made under the new name show which parse they came from.
      const parsedFile = (namespace: string): string => path.join(root, 'locales', '.tarjama', 'cache', 'parsed', `${namespace}.json`);
      await writeFile(parsedFile('renamed-story'), (await readFile(parsedFile(first as string), 'utf8')).replaceAll('programme for', 'programme, kept, for'));
      expect((await runCliInProcess(root, ['extract'])).code).toBe(0);
      // Found a rename from that parse, and planned the article from the same parse, not a second one.
      expect(await readFile(path.join(root, 'locales', 'en', 'renamed-story.json'), 'utf8')).toContain('programme, kept, for');
      expect(existsSync(path.join(root, 'locales', 'fr', 'renamed-story.json'))).toBe(true);
      const parsed = await readdir(path.join(root, 'locales', '.tarjama', 'cache', 'parsed'));
      expect(parsed).toContain('renamed-story.json');
      expect(parsed).not.toContain(`${first}.json`);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
