import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { copyToTemp, repoRoot, runCliInProcess } from './helpers/run-cli.js';

/**
 * Reviewed exceptions through the real CLI: "23 h" is how French writes 11 p.m., and `numbers`
 * cannot know it. A reviewer accepts that one finding; it comes back when either text changes.
 */
const fixture = path.join(repoRoot, 'tests', 'fixtures', 'cli', 'complete', 'project');
const key = 'p-the-hearing-ends-at-11-p';
let root = '';

async function translate(locale: string, value: string): Promise<void> {
  const file = path.join(root, 'locales', locale, 'article.json');
  const values = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
  values[key] = value;
  await writeFile(file, `${JSON.stringify(values, null, 2)}\n`);
}

const findings = async () =>
  (JSON.parse((await runCliInProcess(root, ['check', '--format', 'json'])).stdout) as { findings: Array<{ rule: string; severity: string; locale: string; key: string }> }).findings.filter(
    (finding) => finding.key === key,
  );

beforeEach(async () => {
  root = await copyToTemp(fixture);
  const source = path.join(root, 'source', 'article.md');
  await writeFile(source, `${await readFile(source, 'utf8')}\nThe hearing ends at 11 p.m. on Monday.\n`);
  expect((await runCliInProcess(root, ['extract'])).code).toBe(0);
  await translate('fr', 'L’audience se termine lundi à 23 h.');
  await translate('ar', 'تنتهي الجلسة يوم الاثنين على الساعة 23:00.');
});

describe('tarjama accept', () => {
  it('unblocks exactly the finding accepted, lists it as accepted in check, the JSON report and status, and records it for review', async () => {
    expect((await findings()).map((finding) => [finding.locale, finding.rule, finding.severity])).toEqual([
      ['ar', 'numbers', 'error'],
      ['fr', 'numbers', 'error'],
    ]);
    const accepted = await runCliInProcess(root, ['accept', '--locale', 'fr', '--key', key, '--rule', 'numbers', '--note', '23 h is 11 p.m. in French']);
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(accepted.stdout).toContain(`accepted  fr  article  ${key}  numbers: the source has the number 11 and the translation does not`);
    const file = JSON.parse(await readFile(path.join(root, 'locales', 'accepted.json'), 'utf8')) as { accepted: Array<Record<string, string>> };
    expect(file.accepted).toEqual([expect.objectContaining({ locale: 'fr', namespace: 'article', key, rule: 'numbers', note: '23 h is 11 p.m. in French' })]);
    // The Arabic one is still an error: one rule, one key, one locale.
    expect((await findings()).map((finding) => [finding.locale, finding.severity])).toEqual([
      ['ar', 'error'],
      ['fr', 'accepted'],
    ]);
    const check = await runCliInProcess(root, ['check', '--locale', 'fr']);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain(`locales/fr/article.json:14:3  accepted  numbers  the source has the number 11`);
    expect(check.stdout).toContain('✔ publishable (1 finding accepted by review)');
    expect((await runCliInProcess(root, ['check', '--locale', 'fr', '--format', 'github'])).stdout).toMatch(/^::notice file=locales\/fr\/article\.json,line=14,col=3,/);
    const status = await runCliInProcess(root, ['status']);
    expect(status.stdout).toMatch(/\nfr +article +13\/13 +0 +0 +0 +0 +1 +100%\n/);
    expect(status.stdout).toContain(`  locales/fr/article.json:14:3  numbers  ${key}: the source has the number 11`);
    const build = await runCliInProcess(root, ['build']);
    expect(build.stdout).toContain('written    output/fr/article.md');
    expect(build.stdout).toContain('blocked    output/ar/article.md');
    expect(await readFile(path.join(root, 'output', 'fr', 'article.md'), 'utf8')).toContain('à 23 h.');
  });

  it('comes back by itself when the translation or the source changes', async () => {
    expect((await runCliInProcess(root, ['accept', '--locale', 'fr', '--key', key, '--rule', 'numbers'])).code).toBe(0);
    await translate('fr', 'L’audience se termine lundi à 23 heures.');
    expect((await findings()).filter((finding) => finding.locale === 'fr').map((finding) => finding.severity)).toEqual(['error']);
    await translate('fr', 'L’audience se termine lundi à 23 h.');
    expect((await findings()).filter((finding) => finding.locale === 'fr').map((finding) => finding.severity)).toEqual(['accepted']);
    const source = path.join(root, 'source', 'article.md');
    await writeFile(source, (await readFile(source, 'utf8')).replace('on Monday', 'on Tuesday'));
    expect((await runCliInProcess(root, ['extract'])).code).toBe(0);
    expect((await runCliInProcess(root, ['confirm', '--locale', 'fr', '--key', key])).code).toBe(0);
    expect((await findings()).filter((finding) => finding.locale === 'fr').map((finding) => [finding.rule, finding.severity])).toEqual([['numbers', 'error']]);
  });

  it('refuses a rule of structure, a finding that is not there, and an unknown rule, and writes nothing', async () => {
    for (const [rule, message] of [
      ['links', 'a finding of "links" cannot be accepted: it breaks or hides part of the edition; fix the translation'],
      ['fr-quotes', 'fr-quotes reports nothing on "p-the-hearing-ends-at-11-p" in fr: nothing to accept'],
      ['nonsense', '--rule: unknown rule "nonsense"'],
    ]) {
      const run = await runCliInProcess(root, ['accept', '--locale', 'fr', '--key', key, '--rule', rule as string]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(message);
    }
    await expect(readFile(path.join(root, 'locales', 'accepted.json'))).rejects.toThrow(/ENOENT/);
  });
});

describe('locales/accepted.json edited by hand', () => {
  it('stops check with the file, line and what to do, when it is not valid JSON or an entry lacks a field', async () => {
    await writeFile(path.join(root, 'locales', 'accepted.json'), '{\n  "accepted": [\n    { "locale": "fr" },\n  ]\n}\n');
    expect(await runCliInProcess(root, ['check'])).toMatchObject({ code: 2, stderr: 'tarjama: locales/accepted.json:3:23: not valid JSON: a trailing comma before "]": JSON allows none, delete it\n' });
    await writeFile(path.join(root, 'locales', 'accepted.json'), '{\n  "accepted": [\n    { "locale": "fr" }\n  ]\n}\n');
    const run = await runCliInProcess(root, ['check']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('tarjama: locales/accepted.json:3:5: accepted finding 1: "namespace" must be a string; restore the file from version control or accept the finding again');
    // Located by its path, wherever "accepted" stands in the object.
    await writeFile(path.join(root, 'locales', 'accepted.json'), '{\n  "reviewer": "desk",\n  "accepted": [\n    { "locale": "fr" }\n  ]\n}\n');
    expect((await runCliInProcess(root, ['check'])).stderr).toContain('tarjama: locales/accepted.json:4:5: accepted finding 1: "namespace" must be a string');
  });
});
