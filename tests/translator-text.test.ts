import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyToTemp, repoRoot, runCliInProcess } from './helpers/run-cli.js';
import { catalog, seedCopy, slug } from './helpers/seed-damages.js';
import type { Finding } from '../pipeline/report/finding.js';

/**
 * Every character a translator controls is checked: front-matter fields, link and image
 * titles and alt texts as the body is, short strings left in the source language, and links
 * that change places. Each attack goes through the real CLI: check reports it where it is,
 * build blocks the edition, and build --allow-incomplete publishes the source text instead.
 */
const complete = path.join(repoRoot, 'tests', 'fixtures', 'cli', 'complete', 'project');

/** A finding as `--format json` prints it. */
type JsonFinding = Finding;

const findingsOf = (stdout: string): JsonFinding[] => (JSON.parse(stdout) as { findings: JsonFinding[] }).findings;

/** Sets catalog values of a project's locale; returns the 1-based line of each key in the written file. */
async function translate(project: string, file: string, values: Record<string, string>): Promise<Map<string, number>> {
  const full = path.join(project, file);
  const current = JSON.parse(await readFile(full, 'utf8')) as Record<string, string>;
  const text = `${JSON.stringify({ ...current, ...values }, null, 2)}\n`;
  await writeFile(full, text);
  return new Map(text.split('\n').flatMap((row, index) => (/^ {2}"([^"]+)":/.exec(row)?.slice(1, 2) ?? []).map((key) => [key, index + 1] as const)));
}

const blockedLine = (file: string, reasons: string): string => `blocked    ${file}  (${reasons}: fix them, or pass --allow-incomplete to publish the source text in their place)`;

const englishTitle = 'Morocco, international player in fight against online child exploitation & sexual abuse – Public Prosecutor';

describe('a front-matter field is plain text', () => {
  it('refuses HTML in the French title (html, at its line and column), blocks the edition, and publishes the English title with --allow-incomplete', async () => {
    const project = await seedCopy();
    const lines = await translate(project, catalog('fr'), { 'meta-title': '<script>alert(document.domain)</script><img src=x onerror=alert(1)>' });
    const check = await runCliInProcess(project, ['check', '--format', 'json']);
    expect(check.code).toBe(1);
    const errors = findingsOf(check.stdout).filter((finding) => finding.severity === 'error');
    expect(errors).toEqual([
      {
        rule: 'html',
        severity: 'error',
        locale: 'fr',
        namespace: slug,
        key: 'meta-title',
        file: catalog('fr'),
        line: lines.get('meta-title'),
        column: 18,
        message: 'rejected: the front-matter field "title" is plain text, but the translation has HTML <script>, <img> that the source does not; write it without Markdown or HTML',
        source: englishTitle,
        translation: '<script>alert(document.domain)</script><img src=x onerror=alert(1)>',
      },
    ]);

    const build = await runCliInProcess(project, ['build']);
    expect(build.code).toBe(1);
    expect(build.stdout).toContain(blockedLine(`output/fr/${slug}.md`, 'html 1'));
    expect((await runCliInProcess(project, ['build', '--allow-incomplete'])).code).toBe(0);
    const published = await readFile(path.join(project, 'output', 'fr', `${slug}.md`), 'utf8');
    const html = await readFile(path.join(project, 'output', 'fr', `${slug}.html`), 'utf8');
    expect(published).toContain(`title: ${englishTitle}\n`);
    expect(published).toMatch(/\ntranslation: incomplete\n/);
    for (const text of [published, html]) expect(text).not.toMatch(/<script|onerror/);
  });

  it('refuses a heading and a list after the French title (markup), blocks the edition, and publishes the English title with --allow-incomplete', async () => {
    const project = await seedCopy();
    const french = (JSON.parse(await readFile(path.join(project, catalog('fr')), 'utf8')) as Record<string, string>)['meta-title'] as string;
    const lines = await translate(project, catalog('fr'), { 'meta-title': `${french}\n\n# Titre injecté\n\n- puce` });
    const check = await runCliInProcess(project, ['check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(
      `${catalog('fr')}:${lines.get('meta-title')}:${18 + french.length}  error    markup  rejected: the front-matter field "title" is plain text, but the translation has a line break, a heading (#), a list (-, *, + or 1.) that the source does not; write it on one line, without Markdown or HTML\n`,
    );
    expect(check.stdout).toContain('✖ 1 error, 0 warnings: not publishable');

    const build = await runCliInProcess(project, ['build']);
    expect(build.code).toBe(1);
    expect(build.stdout).toContain(blockedLine(`output/fr/${slug}.md`, 'markup 1'));
    expect((await runCliInProcess(project, ['build', '--allow-incomplete'])).code).toBe(0);
    const published = await readFile(path.join(project, 'output', 'fr', `${slug}.md`), 'utf8');
    expect(published).toContain(`title: ${englishTitle}\n`);
    expect(published).not.toMatch(/Titre injecté|puce/);
  });

  it('refuses the same field through XLIFF import, and leaves the catalog as it was', async () => {
    const project = await seedCopy();
    expect((await runCliInProcess(project, ['xliff', 'export', '--locale', 'fr', '--ns', slug])).code).toBe(0);
    const file = path.join(project, 'xliff', 'fr', `${slug}.xlf`);
    const xliff = await readFile(file, 'utf8');
    const edited = xliff.replace(/(<trans-unit id="meta-title"[\s\S]*?<target[^>]*>)[^<]*(<\/target>)/, '$1&lt;script&gt;alert(document.domain)&lt;/script&gt;$2');
    expect(edited).not.toBe(xliff);
    await writeFile(file, edited);
    const before = await readFile(path.join(project, catalog('fr')), 'utf8');
    const result = await runCliInProcess(project, ['xliff', 'import', `xliff/fr/${slug}.xlf`]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '  skipped  meta-title: refused by check: html: rejected: the front-matter field "title" is plain text, but the translation has HTML <script> that the source does not; write it without Markdown or HTML',
    );
    expect(await readFile(path.join(project, catalog('fr')), 'utf8')).toBe(before);
  });
});

describe('a site string is plain text too', () => {
  it('refuses HTML in a French site string (html), blocks the French editions, and publishes the English string with --allow-incomplete', async () => {
    const project = await seedCopy();
    const lines = await translate(project, 'locales/fr/common.json', { published: 'Publié le {{date, datetime}}<img src=x onerror=alert(1)>' });
    const check = await runCliInProcess(project, ['check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(
      `locales/fr/common.json:${lines.get('published')}:45  error    html  rejected: the site string "published" is plain text, but the translation has HTML <img> that the source does not; write it without Markdown or HTML\n`,
    );
    const build = await runCliInProcess(project, ['build']);
    expect(build.code).toBe(1);
    expect(build.stdout).toContain(blockedLine(`output/fr/${slug}.md`, 'errors in the site strings 1'));
    // With --allow-incomplete the English string stands in for it, as the source text does for a segment.
    expect((await runCliInProcess(project, ['build', '--allow-incomplete'])).code).toBe(0);
    const published = await readFile(path.join(project, 'output', 'fr', `${slug}.md`), 'utf8');
    expect(published).toContain('  published: Published on 18 février 2025\n');
    for (const text of [published, await readFile(path.join(project, 'output', 'fr', `${slug}.html`), 'utf8')]) expect(text).not.toContain('onerror');
  });
});

describe('a link title and an alt text are plain text too', () => {
  it('refuses HTML in a link title (html), blocks the edition, and publishes the English title with --allow-incomplete', async () => {
    const project = await copyToTemp(complete);
    const lines = await translate(project, 'locales/fr/article.json', { 'title-council-of-europe-website': 'Site du <b>Conseil</b> de l’Europe' });
    const check = await runCliInProcess(project, ['check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(
      `locales/fr/article.json:${lines.get('title-council-of-europe-website')}:47  error    html  rejected: the title of the link […][1] is plain text, but the translation has HTML <b> that the source does not; write it without Markdown or HTML\n`,
    );
    const build = await runCliInProcess(project, ['build']);
    expect(build.code).toBe(1);
    expect(build.stdout).toContain(blockedLine('output/fr/article.md', 'html 1'));
    expect((await runCliInProcess(project, ['build', '--allow-incomplete'])).code).toBe(0);
    const published = await readFile(path.join(project, 'output', 'fr', 'article.md'), 'utf8');
    expect(published).toContain('Le [Conseil de l’Europe](https://www.coe.int "Council of Europe website") finance');
  });

  it('refuses an emptied alt text (markup, naming the image), blocks the edition, and publishes the English description with --allow-incomplete', async () => {
    const project = await copyToTemp(complete);
    const lines = await translate(project, 'locales/fr/article.json', { 'p-a-courtroom-in-rabat': '![][1]' });
    const check = await runCliInProcess(project, ['check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(
      `locales/fr/article.json:${lines.get('p-a-courtroom-in-rabat')}:32  error    markup  rejected: the translation leaves the image ![…][1] without a description (alt text), which the source gives: "A courtroom in Rabat"; translate it between "![" and "][1]"\n`,
    );
    const build = await runCliInProcess(project, ['build']);
    expect(build.code).toBe(1);
    expect(build.stdout).toContain(blockedLine('output/fr/article.md', 'markup 1'));
    expect((await runCliInProcess(project, ['build', '--allow-incomplete'])).code).toBe(0);
    const published = await readFile(path.join(project, 'output', 'fr', 'article.md'), 'utf8');
    expect(published).toContain('![A courtroom in Rabat](https://example.org/court.jpg)');
  });

  it('refuses HTML in an alt text (html)', async () => {
    const project = await copyToTemp(complete);
    const lines = await translate(project, 'locales/fr/article.json', { 'p-a-courtroom-in-rabat': '![Une salle <img src=x onerror=alert(1)>][1]' });
    const check = await runCliInProcess(project, ['check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(
      `locales/fr/article.json:${lines.get('p-a-courtroom-in-rabat')}:42  error    html  rejected: the description (alt text) of the image ![…][1] is plain text, but the translation has HTML <img> that the source does not; write it without Markdown or HTML\n`,
    );
    expect((await runCliInProcess(project, ['build'])).stdout).toContain(blockedLine('output/fr/article.md', 'html 1'));
  });
});

describe('untranslated short strings', () => {
  it('catches an Arabic catalog copied from the English one on every key but the programme name', async () => {
    const project = await copyToTemp(complete);
    await writeFile(path.join(project, 'locales', 'ar', 'article.json'), await readFile(path.join(project, 'locales', 'en', 'article.json'), 'utf8'));
    const findings = findingsOf((await runCliInProcess(project, ['check', '--format', 'json', '--locale', 'ar'])).stdout).filter((finding) => finding.rule === 'untranslated');
    expect(findings.map((finding) => `${finding.line} ${finding.key}`)).toEqual([
      '2 meta-title',
      '3 meta-description',
      '4 h-training-for-judges',
      '5 p-the-council-of-europe-funds-the',
      '6 title-council-of-europe-website',
      '7 li-trainees-run-npm-ci-first',
      '8 li-then-they-read-the-guide',
      '9 th-programme',
      '10 th-funding',
      '12 td-european-union',
      '13 p-a-courtroom-in-rabat',
    ]);
    expect(findings.find((finding) => finding.key === 'th-funding')?.message).toBe(
      'the translation is the source text unchanged ("Funding" is not a name, number or code); translate it, or, if Arabic writes it the same (a name, a word both languages share), add it to locales/glossary.json with "keep": ["ar"]',
    );
  });

  it('catches headings and cells such as "Key figures", "Item", "New track" and "Hassan II bridge", and lets names, codes and kept terms pass', async () => {
    const project = await copyToTemp(complete);
    await writeFile(
      path.join(project, 'source', 'tram.md'),
      [
        '---',
        'title: Rabat opens its new tram line',
        '---',
        '',
        'The line crosses the Hassan II bridge and links Rabat to Salé, with UNICEF and MA-JUST support.',
        '',
        '## Key figures',
        '',
        '| Item | Value |',
        '| --- | --- |',
        '| New track | 12 km |',
        '| New stations | 21 |',
        '| Hassan II bridge | 2025 |',
        '| UNICEF | MA-JUST |',
        '| Rabat | Salé |',
        '',
      ].join('\n'),
    );
    expect((await runCliInProcess(project, ['extract'])).code).toBe(0);
    const english = JSON.parse(await readFile(path.join(project, 'locales', 'en', 'tram.json'), 'utf8')) as Record<string, string>;
    await mkdir(path.join(project, 'locales', 'fr'), { recursive: true });
    await writeFile(path.join(project, 'locales', 'fr', 'tram.json'), `${JSON.stringify(english, null, 2)}\n`);
    const untranslated = findingsOf((await runCliInProcess(project, ['check', '--format', 'json', '--locale', 'fr', '--ns', 'tram'])).stdout).filter((finding) => finding.rule === 'untranslated');
    expect(untranslated.map((finding) => `${finding.key}: ${english[finding.key ?? '']}`)).toEqual([
      'meta-title: Rabat opens its new tram line',
      'p-the-line-crosses-the-hassan-ii: The line crosses the Hassan II bridge and links Rabat to Salé, with UNICEF and MA-JUST support.',
      'h-key-figures: Key figures',
      'th-item: Item',
      'th-value: Value',
      'td-new-track: New track',
      'td-new-stations: New stations',
      'td-hassan-ii-bridge: Hassan II bridge',
    ]);
    // "UNICEF", "MA-JUST", "Rabat" and "Salé" (written as names in the article) and the figures stay as they are.
    const build = await runCliInProcess(project, ['build']);
    expect(build.code).toBe(1);
    expect(build.stdout).toContain(blockedLine('output/fr/tram.md', 'untranslated 8'));
  });

  it('stops at a glossary "keep" that contradicts a rendering, with its line and column (exit 2)', async () => {
    const project = await seedCopy();
    await writeFile(path.join(project, 'locales', 'glossary.json'), '{"terms": [\n  {"en": "UNICEF", "keep": true, "ar": "اليونيسف"}\n]}\n');
    for (const command of ['check', 'build']) {
      const result = await runCliInProcess(project, [command]);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe('tarjama: locales/glossary.json:2:34: invalid glossary: term "UNICEF": "keep" lets ar write it "UNICEF", but "ar" requires "اليونيسف"; remove one of them\n');
    }
  });

  it('keeps the repository publishable: "Rabat" is a name, "Notes" a word French keeps (locales/glossary.json)', async () => {
    const result = await runCliInProcess(repoRoot, ['check', '--max-warnings', '0']);
    expect(result.stdout).toContain('✔ publishable');
    expect(result.code).toBe(0);
  });
});

describe('links stay with their text', () => {
  const source = [
    '---',
    'title: Appeal for children',
    '---',
    '',
    'Give to [UNICEF](https://example.org/donate) and report scams to the [fraud office](https://example.org/report).',
    '',
  ].join('\n');

  async function appeal(paragraph: string): Promise<{ project: string; line: number }> {
    const project = await copyToTemp(complete);
    await writeFile(path.join(project, 'source', 'appeal.md'), source);
    expect((await runCliInProcess(project, ['extract'])).code).toBe(0);
    await writeFile(path.join(project, 'locales', 'fr', 'appeal.json'), `${JSON.stringify({ 'meta-title': 'Appel pour les enfants', 'p-give-to-unicef-and-report-scams': paragraph }, null, 2)}\n`);
    return { project, line: 3 };
  }

  it('warns when the link numbers change places ("UNICEF" now leads to the fraud office), saying which text now points where; the warning does not block', async () => {
    const { project, line } = await appeal('Donnez à l’[UNICEF][2] et signalez les escroqueries au [bureau des fraudes][1].');
    const check = await runCliInProcess(project, ['check', '--locale', 'fr', '--ns', 'appeal']);
    expect(check.stdout).toContain(
      `locales/fr/appeal.json:${line}:52  warning  link-order  the links are in another order than in the source: "UNICEF" now links to [2] (https://example.org/report), which the source gives to "fraud office"; "bureau des fraudes" now links to [1] (https://example.org/donate), which the source gives to "UNICEF"; check that each text links where it should (a reordering made on purpose can stay: this is a warning)\n`,
    );
    expect(check.code).toBe(0);
    expect((await runCliInProcess(project, ['check', '--locale', 'fr', '--ns', 'appeal', '--max-warnings', '0'])).code).toBe(1);
    // (The Arabic edition of this article has no catalog: it is blocked as missing, and only it.)
    const build = await runCliInProcess(project, ['build']);
    expect(build.stdout).toContain('written    output/fr/appeal.md\n');
    expect(build.stdout).not.toContain('blocked    output/fr/');
    expect(await readFile(path.join(project, 'output', 'fr', 'appeal.md'), 'utf8')).toContain('Donnez à l’[UNICEF](https://example.org/report) et signalez les escroqueries au [bureau des fraudes](https://example.org/donate).');
  });

  it('says nothing when the links keep the source’s order', async () => {
    const { project } = await appeal('Donnez à l’[UNICEF][1] et signalez les escroqueries au [bureau des fraudes][2].');
    const check = await runCliInProcess(project, ['check', '--locale', 'fr', '--ns', 'appeal', '--max-warnings', '0']);
    expect(check.stdout).not.toContain('link-order');
    expect(check.code).toBe(0);
  });
});
