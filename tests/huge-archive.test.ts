import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../bench/corpus.js';
import { longRunsFollow } from './helpers/long-runs.js';
import { cliPath, runCliInProcess } from './helpers/run-cli.js';

/**
 * A newsroom archive in English is opened to nine new languages at once, with no translation
 * yet: every key of every article is missing in each, and check and build must still end with
 * their report. `npm run test:huge` (HUGE=1, in .ci/run) runs it on 740 articles: 156,348
 * findings in one report, more than a call can take as spread arguments (`Math.max(...list)`),
 * which is how the text report once overflowed the stack after minutes of work on 6,500 articles
 * and one new locale (152,725 findings; the test checks that its findings are still past that
 * limit). Findings grow with articles times locales, but parsing and publishing the English with
 * articles only: this file took 55–57 s of CPU with nine locales over 740 articles, against
 * 87–89 s with three over 2,200 (`HUGE=1 npx vitest run tests/huge-archive.test.ts` under GNU
 * time, alternating). `npm test` runs it on 20 articles; the short run is skipped when the long
 * one follows in the same job (`longRunsFollow`).
 */
const huge = process.env.HUGE === '1';
const articles = huge ? 740 : 20;
const added = { de: 'German', es: 'Spanish', it: 'Italian', nl: 'Dutch', pl: 'Polish', pt: 'Portuguese', ru: 'Russian', sv: 'Swedish', tr: 'Turkish' } as const;
const minutes = 60_000;

let project = '';
let keys = 0;
beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), 'tarjama-huge-'));
  await writeCorpus(project, articles);
  const file = path.join(project, 'tarjama.config.json');
  const settings = JSON.parse(await readFile(file, 'utf8')) as { locales: string[] };
  settings.locales = ['en'];
  await writeFile(file, `${JSON.stringify(settings, null, 2)}\n`);
  // The compiled CLI, in this process: extract reads the articles on worker threads.
  const extract = await runCliInProcess(project, ['extract']);
  expect(extract.code, extract.stderr).toBe(0);
  for (const name of await readdir(path.join(project, 'locales', 'en'))) keys += Object.keys(JSON.parse(await readFile(path.join(project, 'locales', 'en', name), 'utf8')) as object).length;
  settings.locales.push(...Object.keys(added));
  await writeFile(file, `${JSON.stringify(settings, null, 2)}\n`);
}, (huge ? 10 : 2) * minutes);

// The articles, their editions and the reports take tens of megabytes of temporary files.
afterAll(() => rm(project, { recursive: true, force: true }));

/** Runs the real CLI with its report written to a file: it is tens of megabytes, more than a pipe buffer holds. */
async function run(args: readonly string[]): Promise<{ code: number | null; stderr: string; lines: string[] }> {
  const report = path.join(project, `report-${args[0]}.txt`);
  const out = openSync(report, 'w');
  try {
    const result = spawnSync(process.execPath, [cliPath, ...args, '--cwd', project], { stdio: ['ignore', out, 'pipe'], encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { code: result.status, stderr: result.stderr, lines: (await readFile(report, 'utf8')).split('\n') };
  } finally {
    closeSync(out);
  }
}

/** The report's last lines: coverage per locale, the new ones at 0 %, and the verdict. */
function summary(lines: readonly string[]): string[] {
  return lines.slice(lines.findLastIndex((line) => line.startsWith('locale  translated')));
}

function expectedSummary(): string[] {
  const width = Math.max('translated'.length, `${keys}/${keys}`.length);
  const errorsWidth = Math.max('errors'.length, String(keys).length);
  const row = (locale: string, translated: number, coverage: string, errors: number): string =>
    `${locale.padEnd(6)}  ${`${translated}/${keys}`.padEnd(width)}  ${coverage.padEnd(8)}  0         ${String(errors).padEnd(errorsWidth)}  0`;
  return [
    `locale  ${'translated'.padEnd(width)}  coverage  outdated  ${'errors'.padEnd(errorsWidth)}  warnings`,
    row('en', keys, '100%', 0),
    ...Object.keys(added).map((locale) => row(locale, 0, '0%', keys)),
    '',
    `✖ ${keys * Object.keys(added).length} errors, 0 warnings: not publishable`,
    '',
  ];
}

/** The report's line for each missing key of a new locale. */
const missing = new RegExp(`^locales/(${Object.keys(added).join('|')})/article-\\d{5}\\.json:\\d+:1  error    missing  no (${Object.values(added).join('|')}) translation for "`);

describe.skipIf(!huge && longRunsFollow)(`${articles} articles and ${Object.keys(added).length} new locales with no catalog`, () => {
  it('check finishes with its report: every key missing in each new locale, the summary, exit 1', async () => {
    const result = await run(['check']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const findings = result.lines.filter((line) => missing.test(line));
    expect(findings).toHaveLength(keys * Object.keys(added).length);
    for (const [locale, name] of Object.entries(added)) expect(findings.filter((line) => line.startsWith(`locales/${locale}/`) && line.includes(` no ${name} translation `))).toHaveLength(keys);
    expect(summary(result.lines)).toEqual(expectedSummary());
    // The size that once overflowed the stack: more findings than a call takes as arguments.
    if (huge) expect(() => Math.max(...findings.map((line) => line.length))).toThrow(RangeError);
  }, (huge ? 10 : 2) * minutes);

  it('build finishes with its report: the new locales blocked, every English edition written, the findings and the summary, exit 1', async () => {
    const result = await run(['build']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    for (const locale of Object.keys(added)) {
      const blocked = new RegExp(`^blocked {4}output/${locale}/article-\\d{5}\\.md {2}\\(missing \\d+: fix them, or pass --allow-incomplete to publish the source text in their place\\)$`);
      expect(result.lines.filter((line) => blocked.test(line))).toHaveLength(articles);
    }
    expect(result.lines.filter((line) => /^written {4}output\/en\/article-\d{5}\.(md|html)$/.test(line))).toHaveLength(articles * 2);
    expect(result.lines.filter((line) => missing.test(line))).toHaveLength(keys * Object.keys(added).length);
    expect(summary(result.lines)).toEqual(expectedSummary());
    expect(await readdir(path.join(project, 'output', 'en'))).toHaveLength(articles * 2);
    expect(await readdir(path.join(project, 'output'))).toEqual(['en']);
  }, (huge ? 10 : 2) * minutes);
});
