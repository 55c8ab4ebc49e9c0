import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { copyToTemp, repoRoot, runCli } from './helpers/run-cli.js';

/** The repository's own content: the seed article in three languages. */
const slug = 'morocco-online-child-exploitation';
const arCatalog = `locales/ar/${slug}.json`;

async function repositoryCopy(): Promise<string> {
  const keep = ['tarjama.config.json', 'source', 'locales', 'output'];
  return copyToTemp(repoRoot, (file) => {
    const relative = path.relative(repoRoot, file);
    return relative === '' || keep.some((entry) => relative === entry || relative.startsWith(`${entry}${path.sep}`));
  });
}

function frontMatter(markdown: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!match?.[1]) throw new Error('no front matter');
  return parseYaml(match[1]) as Record<string, unknown>;
}

describe('the seed article', () => {
  it('passes check and its committed outputs are what build writes', async () => {
    const project = await repositoryCopy();
    const check = runCli(project, ['check']);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('ar      13/13       100%');
    const build = runCli(project, ['build']);
    expect(build.code).toBe(0);
    expect(build.stdout.trim().split('\n')).toEqual(['en', 'fr', 'ar'].map((locale) => `unchanged  output/${locale}/${slug}.md`));
  });

  it('is published in Arabic, right to left, with no English paragraph left', async () => {
    const arabic = await readFile(path.join(repoRoot, 'output', 'ar', `${slug}.md`), 'utf8');
    const english = await readFile(path.join(repoRoot, 'output', 'en', `${slug}.md`), 'utf8');
    const fields = frontMatter(arabic);
    expect(fields).toMatchObject({ lang: 'ar', dir: 'rtl', source: `source/${slug}.md`, dateline: 'الرباط' });
    expect(fields.translation).toBeUndefined();
    const body = (markdown: string) => markdown.replace(/^---\n[\s\S]*?\n---\n/, '').trim().split(/\n\n+/);
    const arabicParagraphs = body(arabic);
    expect(arabicParagraphs).toHaveLength(body(english).length);
    for (const paragraph of arabicParagraphs) {
      const letters = paragraph.match(/\p{L}/gu) ?? [];
      const arabicLetters = paragraph.match(/\p{Script=Arabic}/gu) ?? [];
      expect(arabicLetters.length / letters.length, paragraph).toBeGreaterThan(0.9);
    }
    for (const name of ['CyberSouth', 'MA-JUST', 'رئاسة النيابة العامة', 'المعهد العالي للقضاء', 'مجلس أوروبا']) expect(arabic).toContain(name);
  });

  it('fails check when one Arabic key is removed, naming the key, file and line in text and JSON', async () => {
    const project = await repositoryCopy();
    const file = path.join(project, arCatalog);
    const original = await readFile(file, 'utf8');
    const lines = original.split('\n');
    const index = lines.findIndex((line) => line.startsWith('  "p-the-presidency-of-the-public-prosecutors"'));
    expect(index).toBeGreaterThan(0);
    await writeFile(file, [...lines.slice(0, index), ...lines.slice(index + 1)].join('\n'));

    const text = runCli(project, ['check']);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`${arCatalog}:${index + 1}:1  error    missing  no Arabic translation for "p-the-presidency-of-the-public-prosecutors"`);

    const json = runCli(project, ['check', '--format', 'json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).findings).toEqual([
      {
        rule: 'missing',
        severity: 'error',
        locale: 'ar',
        namespace: slug,
        key: 'p-the-presidency-of-the-public-prosecutors',
        file: arCatalog,
        line: index + 1,
        column: 1,
        message: expect.stringContaining('The Presidency of the Public Prosecutor’s Office also ensures'),
      },
    ]);

    const before = await readFile(path.join(project, 'output', 'ar', `${slug}.md`), 'utf8');
    const build = runCli(project, ['build']);
    expect(build.code).toBe(1);
    expect(build.stdout).toContain(`blocked    output/ar/${slug}.md  (1 missing, 0 rejected`);
    expect(await readFile(path.join(project, 'output', 'ar', `${slug}.md`), 'utf8')).toBe(before);

    const incomplete = runCli(project, ['build', '--allow-incomplete']);
    expect(incomplete.code).toBe(0);
    const published = await readFile(path.join(project, 'output', 'ar', `${slug}.md`), 'utf8');
    expect(frontMatter(published)).toMatchObject({ translation: 'incomplete', translationCounts: { translated: 12, missing: 1, rejected: 0, total: 13 } });
    expect(published).toContain('The Presidency of the Public Prosecutor’s Office also ensures');
  });
});
