import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyToTemp, repoRoot, runCliInProcess } from './helpers/run-cli.js';

/**
 * A regional locale (`ar-MA`) through the real CLI, on a copy of this repository's article
 * and site strings: with no catalogs of its own it is all missing, never the `ar` text that
 * i18next would find by language; only a fallback the config declares fills its gaps, and
 * the editions built that way say so.
 */
const slug = 'morocco-online-child-exploitation';

async function withRegionalLocale(fallbacks?: Record<string, string>): Promise<string> {
  const project = await copyToTemp(repoRoot, (file) => !/^(node_modules|\.git|dist|output|tests|xliff)([/\\]|$)/.test(path.relative(repoRoot, file)) || path.relative(repoRoot, file) === '');
  const configFile = path.join(project, 'tarjama.config.json');
  const config = JSON.parse(await readFile(configFile, 'utf8')) as { locales: string[] };
  await writeFile(configFile, JSON.stringify({ ...config, locales: [...config.locales, 'ar-MA'], ...(fallbacks ? { fallbacks } : {}) }, null, 2));
  return project;
}

describe('a configured locale with no catalogs', () => {
  it('is all missing when the config declares no fallback, and its edition is not published', async () => {
    const project = await withRegionalLocale();
    const check = await runCliInProcess(project, ['check', '--locale', 'ar-MA', '--format', 'json']);
    expect(check.code).toBe(1);
    const report = JSON.parse(check.stdout) as { findings: Array<{ rule: string; file: string; translation?: string }>; summary: unknown[] };
    expect(report.summary).toEqual([{ locale: 'ar-MA', translated: 0, outdated: 0, total: 23, errors: 24, warnings: 0 }]);
    expect(new Set(report.findings.map((finding) => finding.rule))).toEqual(new Set(['missing', 'plurals']));
    expect(report.findings.every((finding) => finding.file.startsWith('locales/ar-MA/') && finding.translation === undefined)).toBe(true);
    const build = await runCliInProcess(project, ['build', '--no-html']);
    expect(build.code).toBe(1);
    expect(build.stdout).toContain(`blocked    output/ar-MA/${slug}.md  (missing 13, missing site strings 8, errors in the site strings 1: fix them, or pass --allow-incomplete to publish the source text in their place)`);
    expect(existsSync(path.join(project, 'output', 'ar-MA', `${slug}.md`))).toBe(false);
    await rm(project, { recursive: true, force: true });
  });

  it('takes what it lacks from a declared fallback, site strings included, and its front matter says how much', async () => {
    const project = await withRegionalLocale({ 'ar-MA': 'ar' });
    await mkdir(path.join(project, 'locales', 'ar-MA'), { recursive: true });
    await writeFile(path.join(project, 'locales', 'ar-MA', `${slug}.json`), '{\n  "meta-dateline": "الرباط (المغرب)"\n}\n');
    const check = await runCliInProcess(project, ['check', '--max-warnings', '0']);
    expect(check.code, check.stdout).toBe(0);
    expect(check.stdout).toContain('ar-MA   23/23       100%      0         0       0');
    expect((await runCliInProcess(project, ['build', '--no-html'])).code).toBe(0);
    const edition = await readFile(path.join(project, 'output', 'ar-MA', `${slug}.md`), 'utf8');
    const frontMatter = edition.split('\n---\n')[0] as string;
    expect(frontMatter).toContain('\ndateline: الرباط (المغرب)\n');
    expect(frontMatter).toContain('\nlang: ar-MA\ndir: rtl\n');
    expect(frontMatter).toContain('\n  readingTime: دقيقتان للقراءة\n');
    expect(frontMatter.endsWith('\nfallback:\n  ar: 12')).toBe(true);
    // The edition depends on the fallback's catalog: an edit there builds it again.
    const arFile = path.join(project, 'locales', 'ar', `${slug}.json`);
    const ar = await readFile(arFile, 'utf8');
    await writeFile(arFile, ar.replace('"meta-title": "المغرب فاعل دولي', '"meta-title": "المغرب، فاعل دولي'));
    expect((await runCliInProcess(project, ['build', '--no-html'])).stdout).toContain(`written    output/ar-MA/${slug}.md`);
    expect(await readFile(path.join(project, 'output', 'ar-MA', `${slug}.md`), 'utf8')).toContain('\ntitle: المغرب، فاعل دولي');
    await rm(project, { recursive: true, force: true });
  });

  it('keeps only its own translations in the editions of the other locales', async () => {
    const project = await withRegionalLocale({ 'ar-MA': 'ar' });
    expect((await runCliInProcess(project, ['build', '--no-html'])).code).toBe(0);
    const ar = await readFile(path.join(project, 'output', 'ar', `${slug}.md`), 'utf8');
    expect(ar).not.toContain('fallback:');
    expect(await readFile(path.join(project, 'output', 'ar-MA', `${slug}.md`), 'utf8')).toContain('\nfallback:\n  ar: 13\n---\n');
    await rm(project, { recursive: true, force: true });
  });
});
