import { describe, expect, it } from 'vitest';
import { check } from '../pipeline/commands/check.js';
import { loadConfig } from '../pipeline/config/load-config.js';
import { allRules } from '../pipeline/rules/all-rules.js';
import { applyDamage, catalog, damages, seedCopy } from './helpers/seed-damages.js';

/**
 * Deliberately damaged copies of the seed translations, one defect each: the defect must be
 * reported under its rule, on the line of the damaged key, and nothing else as an error.
 * `plurals` is not here: the seed has no namespace of site strings (see tests/fixtures/rules/plurals.json);
 * nor `link-order`: the seed article has no link (see tests/translator-text.test.ts).
 */
describe('damaged copies of the seed translations', () => {
  it('cover every rule but plurals and link-order', () => {
    expect(new Set(damages.map((damage) => damage.rule))).toEqual(new Set(allRules.map((rule) => rule.id).filter((id) => id !== 'plurals' && id !== 'link-order')));
  });

  it('start from translations that pass every rule', async () => {
    const project = await seedCopy();
    expect((await check(project, await loadConfig(project))).findings).toEqual([]);
  });

  it.each(damages)('$rule ($locale $key): reported on the damaged key’s line, and nothing else as an error', async (damage) => {
    const project = await seedCopy();
    const { text, line } = await applyDamage(project, damage);
    const expectedLine = line > 0 ? line + (damage.offset ?? 0) : text.split('\n').findIndex((row) => row.startsWith(`  "${damage.key}"`)) + 1;

    const report = await check(project, await loadConfig(project));
    const severity = allRules.find((rule) => rule.id === damage.rule)?.severity;
    const own = report.findings.filter((finding) => finding.rule === damage.rule);
    expect(own.length, JSON.stringify(report.findings, null, 2)).toBeGreaterThan(0);
    expect(own[0]).toMatchObject({ severity, locale: damage.locale, file: damage.at?.file ?? catalog(damage.locale), line: damage.rule === 'parse' ? expect.any(Number) : (damage.at?.line ?? expectedLine) });
    for (const finding of report.findings) expect(finding.message).not.toContain('\uFFFC');
    const otherErrors = report.findings.filter((finding) => finding.severity === 'error' && finding.rule !== damage.rule);
    expect(otherErrors).toEqual([]);
    if (severity === 'warning') expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});
