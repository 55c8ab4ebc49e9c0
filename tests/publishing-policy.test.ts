import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../pipeline/rules/all-rules.js';
import { runCliInProcess } from './helpers/run-cli.js';
import { applyDamage, catalog, damages, seedCopy, slug } from './helpers/seed-damages.js';

/**
 * One publishing policy for every rule: a translation with an error is never published. Without
 * --allow-incomplete its edition is blocked; with it, the segment keeps the source text, counts
 * as not translated, and the front matter says `translation: incomplete`. And an edition that
 * cannot be rebuilt after the source changed never passes for a current one.
 */
interface BuildJson {
  outputs: Array<{ locale: string; namespace: string; file: string; result: string; incomplete: boolean; stale?: boolean; reasons?: Record<string, number>; counts: { total: number; translated: number } }>;
  removed: string[];
  findings: Array<{ rule: string; severity: string }>;
}

const errorRules = new Set(allRules.filter((rule) => rule.severity === 'error').map((rule) => rule.id));
// `orphan` is about a file, not a translation: the lifecycle tests cover what build does with it.
const segmentDamages = damages.filter((damage) => errorRules.has(damage.rule) && damage.rule !== 'orphan');

describe('build --allow-incomplete', () => {
  it('has a damage for every rule that is an error by default', () => {
    expect(new Set(segmentDamages.map((damage) => damage.rule))).toEqual(new Set([...errorRules].filter((rule) => rule !== 'orphan' && rule !== 'plurals')));
  });

  it.each(segmentDamages)('$rule ($locale $key): publishes the source text in place of the damaged translation, and says the edition is incomplete', async (damage) => {
    const project = await seedCopy();
    const english = JSON.parse(await readFile(path.join(project, catalog('en')), 'utf8')) as Record<string, string>;
    await applyDamage(project, damage);
    const run = await runCliInProcess(project, ['build', '--allow-incomplete', '--format', 'json']);
    const report = JSON.parse(run.stdout) as BuildJson;
    const output = report.outputs.find((candidate) => candidate.locale === damage.locale && candidate.namespace === slug);
    if (damage.rule === 'parse') {
      // Nothing of a catalog that cannot be read is published, even with --allow-incomplete.
      expect(run.code).toBe(2);
      expect(output).toMatchObject({ result: 'blocked', reasons: { 'unreadable catalog': 1, parse: 1 } });
      return;
    }
    const published = await readFile(path.join(project, 'output', damage.locale, `${slug}.md`), 'utf8');
    expect(run.code, run.stderr).toBe(0);
    expect(report.findings.some((finding) => finding.rule === damage.rule && finding.severity === 'error')).toBe(true);
    if (damage.locale === 'en') {
      // The source edition is the source: a hand edit of its catalog never reaches it.
      expect(published).not.toContain('He stressed');
      return;
    }
    expect(output?.incomplete).toBe(true);
    expect(output?.counts.translated).toBeLessThan(output?.counts.total ?? 0);
    expect(published).toMatch(/\ntranslation: incomplete\n/);
    // The segment reads as the source does (its first words, links written as text).
    const probe = (english[damage.key] ?? '').replace(/\[([^\]]*)\]\[\d+\]/g, '$1').slice(0, 30);
    expect(probe.length).toBeGreaterThan(10);
    expect(published).toContain(probe);
  });
});

describe('the HTML preview of an incomplete edition', () => {
  it('marks each block published in the source text with its language, and with its direction in a right-to-left page', async () => {
    const project = await seedCopy();
    for (const locale of ['fr', 'ar']) {
      const file = path.join(project, catalog(locale));
      const values = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
      const key = Object.keys(values).find((candidate) => candidate.startsWith('p-')) as string;
      delete values[key];
      await writeFile(file, `${JSON.stringify(values, null, 2)}\n`);
    }
    expect((await runCliInProcess(project, ['build', '--allow-incomplete'])).code).toBe(0);
    const french = await readFile(path.join(project, 'output', 'fr', `${slug}.html`), 'utf8');
    const arabic = await readFile(path.join(project, 'output', 'ar', `${slug}.html`), 'utf8');
    // Exactly the one paragraph in English, and nothing else of the article.
    expect(french.match(/<p lang="en">/g)).toHaveLength(1);
    expect(arabic.match(/<p lang="en" dir="ltr">/g)).toHaveLength(1);
    expect(arabic.match(/<(?:p|h\d|li|td|th) lang=/g)).toHaveLength(1);
    // The Markdown edition has no place for it: it is unchanged in form.
    expect(await readFile(path.join(project, 'output', 'fr', `${slug}.md`), 'utf8')).not.toContain('lang="en"');
  });
});

describe('an edition that cannot be rebuilt after its source changed', () => {
  it('is marked stale in its front matter and its HTML preview, reported as such, and unmarked once rebuilt', async () => {
    const project = await seedCopy();
    expect((await runCliInProcess(project, ['build'])).code).toBe(0);
    const before = await readFile(path.join(project, 'output', 'ar', `${slug}.md`), 'utf8');
    const source = path.join(project, 'source', `${slug}.md`);
    await writeFile(source, (await readFile(source, 'utf8')).replace('He highlighted the importance', 'He underlined the importance'));
    expect((await runCliInProcess(project, ['extract'])).code).toBe(0);

    const text = await runCliInProcess(project, ['build']);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`blocked    output/ar/${slug}.md  (outdated 1: fix them, or pass --allow-incomplete to publish the source text in their place; the edition published before predates the current source and is marked \`stale: true\`)`);
    const stale = await readFile(path.join(project, 'output', 'ar', `${slug}.md`), 'utf8');
    expect(stale).toBe(before.replace(/\n---\n/, '\nstale: true\n---\n'));
    const html = await readFile(path.join(project, 'output', 'ar', `${slug}.html`), 'utf8');
    expect(html).toContain('<body><p class="stale-notice" role="note"');
    expect(html).toContain('تعود هذه الترجمة إلى نسخة سابقة من المقال');
    const french = await readFile(path.join(project, 'output', 'fr', `${slug}.html`), 'utf8');
    expect(french).toContain('Cette traduction porte sur une version antérieure de l’article');
    // The English edition is rebuilt, and a second blocked build changes nothing more.
    expect(await readFile(path.join(project, 'output', 'en', `${slug}.md`), 'utf8')).toContain('He underlined the importance');
    const json = JSON.parse((await runCliInProcess(project, ['build', '--format', 'json'])).stdout) as BuildJson;
    expect(json.outputs.filter((output) => output.result === 'blocked').map((output) => [output.locale, output.stale, output.reasons])).toEqual([
      ['fr', true, { outdated: 1 }],
      ['ar', true, { outdated: 1 }],
    ]);
    expect(await readFile(path.join(project, 'output', 'ar', `${slug}.md`), 'utf8')).toBe(stale);

    for (const locale of ['fr', 'ar']) expect((await runCliInProcess(project, ['confirm', '--locale', locale])).code).toBe(0);
    expect((await runCliInProcess(project, ['build'])).code).toBe(0);
    const rebuilt = await readFile(path.join(project, 'output', 'ar', `${slug}.md`), 'utf8');
    expect(rebuilt).not.toContain('stale:');
    expect(await readFile(path.join(project, 'output', 'ar', `${slug}.html`), 'utf8')).not.toContain('<p class="stale-notice"');
  });
});
