import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyToTemp, repoRoot, runCliInProcess } from './helpers/run-cli.js';

/**
 * Filters through the real CLI, on the `complete` fixture plus a second article that nobody
 * has translated yet: a filter that names nothing real is an error (exit 2) that lists what
 * is valid, and a valid one narrows the findings, the summary table and the exit code alike.
 */
const fixture = path.join(repoRoot, 'tests', 'fixtures', 'cli', 'complete', 'project');
const locales = 'expected one of en, fr, ar';
const targets = 'expected one of the target locales fr, ar';
const namespaces = 'expected one of article, second';
const rules =
  'parse, duplicate, type, stale, missing, empty, outdated, from-memory, unverified, obsolete, orphan, untranslated, markup, links, link-order, code, html, placeholders, numbers, urls, emails, glossary, whitespace, invisible, end-punctuation, ar-punctuation, bidi, ar-digits, fr-spacing, fr-quotes, plurals';

async function withSecondArticle(): Promise<string> {
  const project = await copyToTemp(fixture);
  await writeFile(path.join(project, 'source', 'second.md'), '---\ntitle: Second story\n---\n\nA second story, not translated yet.\n');
  expect((await runCliInProcess(project, ['extract'])).code).toBe(0);
  return project;
}

describe('bad filter values', () => {
  let project: string;
  beforeAll(async () => {
    project = await withSecondArticle();
  });
  afterAll(async () => {
    await rm(project, { recursive: true, force: true });
  });

  it.each([
    [['check', '--locale', 'FR'], '--locale: "FR" is not in canonical form; write "fr"'],
    [['check', '--locale', 'es'], `--locale: "es" is not a configured locale (tarjama.config.json, "locales"); ${locales}`],
    [['check', '--locale', 'pt-br'], `--locale: "pt-br" is not in canonical form ("pt-BR"), and "pt-BR" is not a configured locale (tarjama.config.json, "locales"); ${locales}`],
    [['check', '--locale', 'fr,x_y'], `--locale: "x_y" is not a BCP 47 language tag; ${locales}`],
    [['check', '--locale='], '--locale needs a value, e.g. --locale fr'],
    [['check', '--ns', 'nope'], `--ns: "nope" is not a namespace of this project; ${namespaces}`],
    [['check', '--ns', 'article,Second'], `--ns: "Second" is not a namespace of this project; ${namespaces}`],
    [['check', '--ns', ','], '--ns needs a value, e.g. --ns SLUG'],
    [['check', '--rule', 'bidy'], `--rule: unknown rule "bidy"; expected one of ${rules}`],
    [['check', '--rule', 'missing,Missing'], `--rule: unknown rule "Missing"; expected one of ${rules}`],
    [['confirm', '--locale', 'es'], `--locale: "es" is not a configured locale (tarjama.config.json, "locales"); ${targets}`],
    [['confirm', '--locale', 'FR', '--key', 'meta-title'], '--locale: "FR" is not in canonical form; write "fr"'],
    [['confirm', '--locale', 'en'], `--locale: "en" is the source locale: its catalogs are written by extract, never translated; ${targets}`],
    [['confirm', '--locale', 'fr', '--ns', 'nope'], `--ns: "nope" is not a namespace of this project; ${namespaces}`],
    [['confirm', '--locale', 'fr', '--key', 'no-such-key'], '--key: "no-such-key" is not a key of any article (their keys are in locales/en/<slug>.json); `tarjama check --locale fr` names each key to confirm'],
    [['suggest', '--locale', 'EN'], `--locale: "EN" is not in canonical form ("en"), and "en" is the source locale: its catalogs are written by extract, never translated; ${targets}`],
    [['suggest', '--locale', 'ar', '--ns', 'nope'], `--ns: "nope" is not a namespace of this project; ${namespaces}`],
    [['xliff', 'export', '--locale', 'pt-br'], `--locale: "pt-br" is not in canonical form ("pt-BR"), and "pt-BR" is not a configured locale (tarjama.config.json, "locales"); ${targets}`],
    [['xliff', 'export', '--locale', 'fr', '--ns', 'nope'], `--ns: "nope" is not a namespace of this project; ${namespaces}`],
  ])('%j exits 2 and lists what is valid', async (args, message) => {
    expect(await runCliInProcess(project, args)).toEqual({ code: 2, stdout: '', stderr: `tarjama: ${message}\n` });
  });

  it('writes nothing on a bad value; a real key with nothing outdated is no error', async () => {
    expect(existsSync(path.join(project, 'xliff'))).toBe(false);
    expect(await runCliInProcess(project, ['confirm', '--locale', 'fr', '--key', 'meta-title'])).toEqual({ code: 0, stdout: 'Nothing to confirm: no outdated fr translation for "meta-title".\n', stderr: '' });
  });
});

describe('filters narrow findings, summary and exit code alike', () => {
  let project: string;
  beforeAll(async () => {
    project = await withSecondArticle();
  });
  afterAll(async () => {
    await rm(project, { recursive: true, force: true });
  });

  it('--ns leaves the untranslated article out of the table, so --max-warnings 0 passes', async () => {
    expect(await runCliInProcess(project, ['check', '--ns', 'article', '--max-warnings', '0'])).toEqual({
      code: 0,
      stdout: [
        'locale  translated  coverage  outdated  errors  warnings',
        'en      12/12       100%      0         0       0',
        'fr      12/12       100%      0         0       0',
        'ar      12/12       100%      0         0       0',
        '',
        '✔ publishable',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('--ns and --locale count only the selected editions in the JSON summary', async () => {
    const result = await runCliInProcess(project, ['check', '--ns', 'second', '--locale', 'ar', '--format', 'json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { findings: Array<{ rule: string; locale: string; namespace: string; key: string }>; summary: unknown[] };
    expect(report.findings.map((finding) => [finding.rule, finding.locale, finding.namespace, finding.key])).toEqual([
      ['missing', 'ar', 'second', 'meta-title'],
      ['missing', 'ar', 'second', 'p-a-second-story-not-translated-yet'],
    ]);
    expect(report.summary).toEqual([{ locale: 'ar', translated: 0, outdated: 0, total: 2, errors: 2, warnings: 0 }]);
  });

  it('--rule counts only the selected rules in the summary and the exit code', async () => {
    const result = await runCliInProcess(project, ['check', '--rule', 'whitespace,bidi']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'locale  translated  coverage  outdated  errors  warnings',
        'en      14/14       100%      0         0       0',
        'fr      12/14       85%       0         0       0',
        'ar      12/14       85%       0         0       0',
        '',
        '✔ publishable',
        '',
      ].join('\n'),
    );
    expect((await runCliInProcess(project, ['check', '--rule', 'missing', '--locale', 'fr'])).stdout).toContain('fr      12/14       85%       0         2       0');
  });
});

describe('a catalog that cannot be read', () => {
  it('is shown, and exits 2, even when the filter leaves its namespace and locale out', async () => {
    const project = await withSecondArticle();
    await writeFile(path.join(project, 'locales', 'fr', 'second.json'), '{\n  "meta-title": "Deuxième histoire",\n}\n');
    const frame = ['    1 | {', '    2 |   "meta-title": "Deuxième histoire",', '      |                                    ^'];
    expect(await runCliInProcess(project, ['check', '--ns', 'article', '--locale', 'ar', '--rule', 'missing'])).toEqual({
      code: 2,
      stdout: [
        'locales/fr/second.json:2:36  error    parse  not valid JSON: a trailing comma before "}": JSON allows none, delete it',
        ...frame,
        '',
        'locale  translated  coverage  outdated  errors  warnings',
        'ar      12/12       100%      0         0       0',
        '',
        '✖ 1 error, 0 warnings: not publishable',
        '',
      ].join('\n'),
      stderr: '',
    });
    const json = JSON.parse((await runCliInProcess(project, ['check', '--ns', 'article', '--format', 'json'])).stdout) as { findings: Array<{ rule: string; file: string }> };
    expect(json.findings.map((finding) => `${finding.rule} ${finding.file}`)).toEqual(['parse locales/fr/second.json']);
    await rm(project, { recursive: true, force: true });
  });
});
