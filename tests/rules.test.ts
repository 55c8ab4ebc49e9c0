import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../pipeline/commands/check.js';
import { extract } from '../pipeline/commands/extract.js';
import { loadConfig } from '../pipeline/config/load-config.js';
import { allRules } from '../pipeline/rules/all-rules.js';
import { ruleIds } from '../pipeline/rules/rule-ids.js';
import { repoRoot } from './helpers/run-cli.js';

/**
 * One fixture per rule in tests/fixtures/rules/<rule>.json, and more cases of a rule in
 * <rule>--<case>.json: `fail` and `pass` are lists of
 * steps (write files, run extract) on a fresh project whose locales are the source locale
 * and `locale`; then `check` must report the rule for `fail`, and nothing at all for `pass`.
 */
interface Step {
  write?: Record<string, unknown>;
  extract?: boolean;
}

interface RuleFixture {
  rule: string;
  locale: string;
  config?: Record<string, unknown>;
  fail: Step[];
  pass: Step[];
}

const folder = path.join(repoRoot, 'tests', 'fixtures', 'rules');
const fixtures = (await readdir(folder)).filter((name) => name.endsWith('.json')).sort();

async function run(fixture: RuleFixture, steps: readonly Step[]) {
  const root = await mkdtemp(path.join(tmpdir(), `tarjama-rule-${fixture.rule}-`));
  const locales = [...new Set(['en', fixture.locale])];
  await writeFile(path.join(root, 'tarjama.config.json'), JSON.stringify({ locales, ...fixture.config }));
  try {
    for (const step of steps) {
      for (const [file, content] of Object.entries(step.write ?? {})) {
        await mkdir(path.dirname(path.join(root, file)), { recursive: true });
        await writeFile(path.join(root, file), typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
      }
      if (step.extract) await extract(root, await loadConfig(root));
    }
    return await check(root, await loadConfig(root));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

describe('rule fixtures', () => {
  it('cover every rule', () => {
    const own = fixtures.filter((name) => !name.includes('--'));
    expect(own.map((name) => name.slice(0, -'.json'.length))).toEqual(allRules.map((rule) => rule.id).sort());
  });

  it('name each further case after its rule', async () => {
    for (const name of fixtures.filter((candidate) => candidate.includes('--'))) {
      const fixture = JSON.parse(await readFile(path.join(folder, name), 'utf8')) as RuleFixture;
      expect(name.split('--')[0], name).toBe(fixture.rule);
    }
  });

  it('list every rule id, in order, in the start-up list the config check reads', () => {
    expect([...ruleIds]).toEqual(allRules.map((rule) => rule.id));
  });

  describe.each(fixtures)('%s', (name) => {
    it('reports the rule on the failing fixture, at its default severity', async () => {
      const fixture = JSON.parse(await readFile(path.join(folder, name), 'utf8')) as RuleFixture;
      const report = await run(fixture, fixture.fail);
      const own = report.findings.filter((finding) => finding.rule === fixture.rule);
      expect(own.length, JSON.stringify(report.findings, null, 2)).toBeGreaterThan(0);
      const severity = allRules.find((rule) => rule.id === fixture.rule)?.severity;
      for (const finding of own) expect(finding.severity).toBe(severity);
      for (const finding of own) expect(finding.file).toMatch(/^locales\//);
      // Masked syntax is quoted as written, never as the U+FFFC that stands for it.
      for (const finding of report.findings) expect(finding.message).not.toContain('\uFFFC');
    });

    it('reports nothing at all on the passing fixture', async () => {
      const fixture = JSON.parse(await readFile(path.join(folder, name), 'utf8')) as RuleFixture;
      const report = await run(fixture, fixture.pass);
      expect(report.findings).toEqual([]);
    });
  });
});
