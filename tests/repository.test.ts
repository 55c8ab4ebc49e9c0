import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { copyToTemp, repoRoot, runCliInProcess } from './helpers/run-cli.js';

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
    const check = await runCliInProcess(project, ['check']);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/^ar +23\/23 +100%/m);
    const build = await runCliInProcess(project, ['build']);
    expect(build.code).toBe(0);
    // Six files (md and html in three languages), none rewritten.
    expect(build.stdout.trim().split('\n')).toEqual(['unchanged  6 files']);
  });

  it('is published in Arabic, right to left, with no English paragraph left', async () => {
    const arabic = await readFile(path.join(repoRoot, 'output', 'ar', `${slug}.md`), 'utf8');
    const english = await readFile(path.join(repoRoot, 'output', 'en', `${slug}.md`), 'utf8');
    const fields = frontMatter(arabic);
    expect(fields).toMatchObject({ lang: 'ar', dir: 'rtl', locale: 'ar-u-ca-gregory-nu-latn', source: `source/${slug}.md`, dateline: 'الرباط', translatedFrom: 'en' });
    expect(fields.strings).toMatchObject({ published: 'نُشر في 18 فبراير 2025', translatedFrom: 'ترجمة عن الإنجليزية' });
    expect(fields.translation).toBeUndefined();
    const body = (markdown: string) => markdown.replace(/^---\n[\s\S]*?\n---\n/, '').trim().split(/\n\n+/);
    const arabicParagraphs = body(arabic);
    expect(arabicParagraphs).toHaveLength(body(english).length);
    for (const paragraph of arabicParagraphs) {
      const letters = paragraph.match(/\p{L}/gu) ?? [];
      if (letters.length === 0) continue;
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

    const text = await runCliInProcess(project, ['check']);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`${arCatalog}:${index + 1}:1  error    missing  no Arabic translation for "p-the-presidency-of-the-public-prosecutors"`);

    const json = await runCliInProcess(project, ['check', '--format', 'json']);
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
        source: expect.stringContaining('The Presidency of the Public Prosecutor’s Office also ensures'),
      },
    ]);

    const before = await readFile(path.join(project, 'output', 'ar', `${slug}.md`), 'utf8');
    const build = await runCliInProcess(project, ['build']);
    expect(build.code).toBe(1);
    expect(build.stdout).toContain(`blocked    output/ar/${slug}.md  (missing 1: fix them, or pass --allow-incomplete to publish the source text in their place)`);
    expect(await readFile(path.join(project, 'output', 'ar', `${slug}.md`), 'utf8')).toBe(before);

    const incomplete = await runCliInProcess(project, ['build', '--allow-incomplete']);
    expect(incomplete.code).toBe(0);
    const published = await readFile(path.join(project, 'output', 'ar', `${slug}.md`), 'utf8');
    expect(frontMatter(published)).toMatchObject({ translation: 'incomplete', translationCounts: { translated: 12, outdated: 0, missing: 1, rejected: 0, total: 13 } });
    expect(published).toContain('The Presidency of the Public Prosecutor’s Office also ensures');
  });
});

describe('the seed article under edits', () => {
  it('keeps untouched translations, reports the edited and the new paragraph, archives and restores the deleted one', async () => {
    const project = await repositoryCopy();
    const sourceFile = path.join(project, 'source', `${slug}.md`);
    const original = await readFile(sourceFile, 'utf8');
    const catalogsBefore = Object.fromEntries(
      await Promise.all(['fr', 'ar'].map(async (locale) => [locale, JSON.parse(await readFile(path.join(project, 'locales', locale, `${slug}.json`), 'utf8'))] as const)),
    ) as Record<string, Record<string, string>>;
    const paragraphs = original.split('\n\n');
    const find = (start: string) => paragraphs.findIndex((paragraph) => paragraph.startsWith(start));
    const deleted = paragraphs[find('He highlighted')] as string;
    const edited = paragraphs.map((paragraph) => paragraph.replace('submitted four reports', 'submitted five reports')).filter((paragraph) => paragraph !== deleted);
    const presidency = edited.findIndex((paragraph) => paragraph.startsWith('The Presidency'));
    const fight = edited.findIndex((paragraph) => paragraph.startsWith('The fight against'));
    [edited[presidency], edited[fight]] = [edited[fight] as string, edited[presidency] as string];
    edited.splice(1, 0, 'The two-day conference brought together judges, prosecutors and experts from Morocco and Europe.');
    await writeFile(sourceFile, edited.join('\n\n'));

    expect((await runCliInProcess(project, ['extract'])).code).toBe(0);
    const changedKey = 'p-other-speakers-emphasized-moroccos';
    const deletedKey = 'p-he-highlighted-the-importance-of-privacy';
    for (const locale of ['fr', 'ar']) {
      const after = JSON.parse(await readFile(path.join(project, 'locales', locale, `${slug}.json`), 'utf8')) as Record<string, string>;
      const expected = { ...catalogsBefore[locale] };
      delete expected[deletedKey];
      // The new paragraph's key is there to fill, empty, at its place in the article's order.
      expected['p-the-two-day-conference-brought-together'] = '';
      expect(after).toEqual(expected);
      const english = JSON.parse(await readFile(path.join(project, 'locales', 'en', `${slug}.json`), 'utf8')) as Record<string, string>;
      expect(Object.keys(after).indexOf('p-the-two-day-conference-brought-together')).toBe(Object.keys(english).indexOf('p-the-two-day-conference-brought-together'));
      const archive = JSON.parse(await readFile(path.join(project, 'locales', '.tarjama', 'archive', `${locale}.json`), 'utf8'));
      expect(archive.entries).toEqual([{ namespace: slug, key: deletedKey, source: deleted, translation: catalogsBefore[locale]?.[deletedKey] }]);
    }

    const json = await runCliInProcess(project, ['check', '--format', 'json']);
    expect(json.code).toBe(1);
    const findings = (JSON.parse(json.stdout) as { findings: Array<Record<string, unknown>> }).findings;
    const shape = findings.map(({ rule, locale, key, file, line }) => ({ rule, locale, key, file, line }));
    const lineOf = async (locale: string, key: string) =>
      (await readFile(path.join(project, 'locales', locale, `${slug}.json`), 'utf8')).split('\n').findIndex((text) => text.startsWith(`  "${key}"`)) + 1;
    const newKey = 'p-the-two-day-conference-brought-together';
    expect(shape).toEqual([
      { rule: 'missing', locale: 'ar', key: newKey, file: `locales/ar/${slug}.json`, line: (await lineOf('ar', 'meta-dateline')) + 1 },
      { rule: 'outdated', locale: 'ar', key: changedKey, file: `locales/ar/${slug}.json`, line: await lineOf('ar', changedKey) },
      { rule: 'missing', locale: 'fr', key: newKey, file: `locales/fr/${slug}.json`, line: (await lineOf('fr', 'meta-dateline')) + 1 },
      { rule: 'outdated', locale: 'fr', key: changedKey, file: `locales/fr/${slug}.json`, line: await lineOf('fr', changedKey) },
    ]);
    expect(findings[1]).toMatchObject({ diff: expect.stringContaining('submitted [-four-]{+five+} reports') });

    await writeFile(sourceFile, edited.join('\n\n').replace('\n\nThe fight against', `\n\n${deleted}\n\nThe fight against`));
    expect((await runCliInProcess(project, ['extract'])).code).toBe(0);
    for (const locale of ['fr', 'ar']) {
      const after = JSON.parse(await readFile(path.join(project, 'locales', locale, `${slug}.json`), 'utf8')) as Record<string, string>;
      expect(after[deletedKey]).toBe(catalogsBefore[locale]?.[deletedKey]);
    }
    const restored = JSON.parse((await runCliInProcess(project, ['check', '--format', 'json'])).stdout) as { findings: Array<{ rule: string; key: string }> };
    expect(restored.findings.map(({ rule, key }) => `${rule} ${key}`).sort()).toEqual([`missing ${newKey}`, `missing ${newKey}`, `outdated ${changedKey}`, `outdated ${changedKey}`]);
  });
});
