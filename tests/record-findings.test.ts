import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordedFindings, recordFindings } from '../pipeline/cache/record-findings.js';
import type { Finding } from '../pipeline/report/finding.js';
import { copyToTemp, repoRoot, runCliInProcess } from './helpers/run-cli.js';

/** A finding of rule `missing`, its fields in the order the rules write them. */
const missing = (locale: string, key: string | null, source?: string): Finding => ({
  rule: 'missing',
  severity: 'error',
  locale,
  namespace: 'court',
  key,
  file: `locales/${locale}/court.json`,
  line: 1,
  column: 1,
  message: `no translation for "${key}" yet`,
  ...(source === undefined ? {} : { source }),
});

describe('findings as a record keeps them', () => {
  it('hold each source text that several findings carry once, and give back every finding as it was, its fields in order', () => {
    const editions = [
      { locale: 'de', findings: [missing('de', 'title', 'The court'), missing('de', 'p-one', 'It met on Monday.'), missing('de', '__proto__', 'A hostile key.'), missing('de', 'constructor', 'Another.')] },
      { locale: 'es', findings: [missing('es', 'title', 'The court'), missing('es', 'p-one', 'It met on Monday.'), missing('es', '__proto__', 'A hostile key.'), missing('es', 'constructor', 'Another.')] },
      // Carried once: stays in its finding. A key whose findings carry other texts (an outdated
      // translation's older source, say) keeps its own in each. No key, no source: as they are.
      { locale: 'fr', findings: [missing('fr', 'p-two', 'Only here.'), missing('fr', 'title', 'The old court'), missing('fr', null), missing('fr', 'p-three')] },
      { locale: 'en', findings: [] },
    ];
    const recorded = recordFindings(editions);
    expect(recorded.sources).toEqual({ title: 'The court', 'p-one': 'It met on Monday.', ['__proto__']: 'A hostile key.', constructor: 'Another.' });
    expect(Object.getPrototypeOf(recorded.sources)).toBe(Object.prototype);
    expect(Object.hasOwn(recorded.sources, '__proto__')).toBe(true);
    const text = JSON.stringify(recorded);
    for (const source of ['The court"', 'It met on Monday.', 'A hostile key.', 'Another.']) expect(text.split(source)).toHaveLength(2);
    expect(text).toContain('"Only here."');
    expect(text).toContain('"The old court"');
    expect(Object.keys(recorded.findings.de?.[0] ?? {})).toEqual(Object.keys(missing('de', 'title', 'x')));
    // Through JSON, as the cache file keeps them.
    const read = JSON.parse(text) as typeof recorded;
    for (const { locale, findings } of editions) {
      const restored = recordedFindings(read, locale);
      expect(restored).toEqual(findings);
      expect(JSON.stringify(restored)).toBe(JSON.stringify(findings));
    }
  });

  it('are no findings when a source is 0 and the record holds no text for its key (a damaged record, not used)', () => {
    const damaged = { findings: { de: [{ ...missing('de', 'title'), source: 0 as const }] }, sources: { other: 'x' } };
    expect(recordedFindings(damaged, 'de')).toBeNull();
    expect(recordedFindings({ findings: { de: [{ ...missing('de', 'constructor'), source: 0 as const }] } }, 'de')).toBeNull();
    expect(recordedFindings({ findings: { de: [{ ...missing('de', null), source: 0 as const }] }, sources: {} }, 'de')).toBeNull();
  });
});

describe('a check of a project opened to new locales', () => {
  it('records each source text once, and reports from its record exactly what it reported without', async () => {
    const root = await copyToTemp(path.join(repoRoot, 'tests', 'fixtures', 'cli', 'complete', 'project'));
    // The fixture has no config: the default locales, and three new ones with no catalog.
    await writeFile(path.join(root, 'tarjama.config.json'), `${JSON.stringify({ locales: ['en', 'fr', 'ar', 'de', 'es', 'it'] }, null, 2)}\n`);
    const cold = await runCliInProcess(root, ['check', '--format', 'json']);
    expect(cold.code, cold.stderr).toBe(1);
    const findings = (JSON.parse(cold.stdout) as { findings: Finding[] }).findings.filter((finding) => finding.locale === 'de' && finding.rule === 'missing');
    expect(findings.length).toBeGreaterThan(5);
    const record = await readFile(path.join(root, 'locales', '.tarjama', 'cache', 'check.json'), 'utf8');
    for (const { source } of findings) {
      expect(source).toBeTypeOf('string');
      expect(record.split(JSON.stringify(source).replace(/[\u0080-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`))).toHaveLength(2);
    }
    const cached = await runCliInProcess(root, ['check', '--format', 'json']);
    expect(cached.code).toBe(1);
    expect(cached.stdout).toBe(cold.stdout);
    // The run took them from the record: a text changed there is what every locale's finding shows.
    const [first] = findings;
    const recordFile = path.join(root, 'locales', '.tarjama', 'cache', 'check.json');
    const marked = record.replace(`${JSON.stringify(first?.key)}:${JSON.stringify(first?.source)}`, `${JSON.stringify(first?.key)}:"Changed in the record."`);
    expect(marked).not.toBe(record);
    await writeFile(recordFile, marked);
    const shown = (JSON.parse((await runCliInProcess(root, ['check', '--format', 'json'])).stdout) as { findings: Finding[] }).findings.filter((finding) => finding.key === first?.key && finding.rule === 'missing');
    expect(shown.map((finding) => [finding.locale, finding.source])).toEqual(['de', 'es', 'it'].map((locale) => [locale, 'Changed in the record.']));
    await writeFile(recordFile, record);
    expect((await runCliInProcess(root, ['check'])).stdout).toBe((await runCliInProcess(await copyToTemp(root, (file) => !file.includes(`${path.sep}cache`)), ['check'])).stdout);
  });
});
