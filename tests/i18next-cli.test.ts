import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
// Through the package's entry point these types are `any` under NodeNext (its declarations import
// each other without extensions), so the test reads the declaration file itself.
import type { ExtractedKey, Plugin } from '../node_modules/i18next-cli/types/types.js';
import { tarjamaPlugin } from '../pipeline/integrations/i18next-cli-plugin.js';
import { copyToTemp, repoRoot, runCli, type CliResult } from './helpers/run-cli.js';

/**
 * tests/fixtures/i18next-cli/ is an app with one t('app-title') call beside tarjama's catalogs:
 * an article whose Arabic catalog lacks one key, and an `app` namespace with a plural.
 * Its i18next.config.mjs loads the compiled plugin (`npm test` compiles first).
 */
const fixture = path.join(repoRoot, 'tests', 'fixtures', 'i18next-cli');
const i18nextCli = path.join(repoRoot, 'node_modules', '.bin', 'i18next-cli');
const missingKey = 'p-judges-from-twelve-countries-took-part';

/** Runs the real `i18next-cli status` in the project; its tips file goes to the project, not the shared temp folder. */
function status(project: string, args: readonly string[] = []): CliResult {
  const env = { ...process.env, NO_COLOR: '1', TMPDIR: project, TARJAMA_I18NEXT_PLUGIN: path.join(repoRoot, 'dist', 'integrations', 'i18next-cli-plugin.js') };
  const result = spawnSync(process.execPath, [i18nextCli, 'status', ...args], { cwd: project, encoding: 'utf8', env });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

let project: string;
beforeAll(async () => {
  project = await copyToTemp(fixture);
  // Not a catalog: the plugin must pass over it.
  await writeFile(path.join(project, 'locales', 'en', 'notes.txt'), 'Translators: see the README.\n');
});
afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

describe('tarjamaPlugin', () => {
  it('has the shape of an i18next-cli Plugin', () => {
    expectTypeOf<Plugin>().not.toBeAny();
    expectTypeOf(tarjamaPlugin()).toExtend<Plugin>();
  });

  it('adds every source-locale key with its namespace and English text, a plural as its base with hasCount', async () => {
    const keys = new Map<string, ExtractedKey>([['app:app-title', { key: 'app-title', ns: 'app', defaultValue: 'app-title' }]]);
    await tarjamaPlugin({ localesDir: path.join(project, 'locales'), sourceLocale: 'en' }).onEnd(keys);
    expect([...keys]).toEqual([
      ['app:app-title', { key: 'app-title', ns: 'app', defaultValue: 'app-title' }],
      ['app:reading-time', { key: 'reading-time', ns: 'app', defaultValue: '{{count, number}} min read', hasCount: true }],
      ['article:meta-title', { key: 'meta-title', ns: 'article', defaultValue: 'Rabat hosts a conference on child protection online' }],
      ['article:p-the-presidency-of-the-public-prosecutors', { key: 'p-the-presidency-of-the-public-prosecutors', ns: 'article', defaultValue: "The Presidency of the Public Prosecutor's Office organised the conference in Rabat." }],
      [`article:${missingKey}`, { key: missingKey, ns: 'article', defaultValue: 'Judges from twelve countries took part.' }],
    ]);
  });

  it('fails at the place of a value that is not a string, as tarjama check words it', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'tarjama-plugin-'));
    try {
      await mkdir(path.join(folder, 'locales', 'en'), { recursive: true });
      const file = path.join(folder, 'locales', 'en', 'app.json');
      await writeFile(file, '{\n  "title": 12\n}\n');
      const shown = path.relative(process.cwd(), file).split(path.sep).join('/');
      await expect(tarjamaPlugin({ localesDir: path.join(folder, 'locales') }).onEnd(new Map())).rejects.toThrow(
        `${shown}:2:3: the translation of "title" must be a string, not a number (run tarjama check)`,
      );
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('i18next-cli status with tarjamaPlugin', () => {
  it('counts the article keys beside the key found in code, and every plural form each locale needs', () => {
    const result = status(project);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines).toContain('🔑 Keys Found:         5');
    expect(lines).toContain('📚 Namespaces Found:   2');
    expect(lines).toContain('- fr: [■■■■■■■■■■■■■■■■■■■■] 100% (7/7 keys)');
    expect(lines).toContain('- ar: [■■■■■■■■■■■■■■■■■■□□] 90% (9/10 keys)');
  });

  it('reports missing in Arabic exactly the key that tarjama check reports missing', () => {
    const result = status(project, ['ar']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    const article = lines.slice(lines.indexOf('Namespace: article'), lines.indexOf('Namespace: article') + 5);
    expect(article).toEqual([
      'Namespace: article',
      'Namespace Progress: [■■■■■■■■■■■■■□□□□□□□] 67% (2/3)',
      '  ✓ meta-title',
      '  ✓ p-the-presidency-of-the-public-prosecutors',
      `  ✗ ${missingKey}`,
    ]);
    const statusMissing = lines.filter((line) => line.startsWith('  ✗ ')).map((line) => line.slice('  ✗ '.length));
    expect(statusMissing).toEqual([missingKey]);

    const check = runCli(project, ['check', '--format', 'json']);
    expect(check.code).toBe(1);
    const report = JSON.parse(check.stdout) as { findings: Array<{ rule: string; locale: string; namespace: string; key: string }> };
    expect(report.findings.map(({ rule, locale, namespace, key }) => ({ rule, locale, namespace, key }))).toEqual([
      { rule: 'missing', locale: 'ar', namespace: 'article', key: missingKey },
    ]);
  });
});
