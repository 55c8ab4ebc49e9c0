import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../bench/corpus.js';
import { translateCorpus } from '../bench/translate-corpus.js';
import { extract } from '../pipeline/commands/extract.js';
import { loadConfig } from '../pipeline/config/load-config.js';
import { longRunsFollow } from './helpers/long-runs.js';
import { cliPath } from './helpers/run-cli.js';

/**
 * A newsroom archive gets a new locale with no translation yet: every key of every article is
 * missing in it, hundreds of thousands of findings, and check and build must still end with
 * their report. `npm test` runs it on 60 articles; `npm run test:huge` (HUGE=1, in .ci/run) on
 * 6,500, where the text report once overflowed the stack after minutes of work; the short run is
 * skipped when the long one follows in the same job (`longRunsFollow`).
 */
const huge = process.env.HUGE === '1';
const articles = huge ? 6500 : 60;
const minutes = 60_000;

let project = '';
let keys = 0;
beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), 'tarjama-huge-'));
  await writeCorpus(project, articles);
  const config = await loadConfig(project);
  await extract(project, config);
  await translateCorpus(project, config);
  for (const name of await readdir(path.join(project, 'locales', 'en'))) keys += Object.keys(JSON.parse(await readFile(path.join(project, 'locales', 'en', name), 'utf8')) as object).length;
  const file = path.join(project, 'tarjama.config.json');
  const settings = JSON.parse(await readFile(file, 'utf8')) as { locales: string[] };
  settings.locales.push('de');
  await writeFile(file, `${JSON.stringify(settings, null, 2)}\n`);
}, (huge ? 20 : 2) * minutes);

// 6,500 articles and their editions take hundreds of megabytes of temporary files.
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

/** The report's last lines: coverage per locale, the new one at 0 %, and the verdict. */
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
    row('fr', keys, '100%', 0),
    row('ar', keys, '100%', 0),
    row('de', 0, '0%', keys),
    '',
    `✖ ${keys} errors, 0 warnings: not publishable`,
    '',
  ];
}

describe.skipIf(!huge && longRunsFollow)(`${articles} articles and a new locale with no catalog`, () => {
  it('check finishes with its report: every key missing in the new locale, the summary, exit 1', async () => {
    const result = await run(['check']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.lines.filter((line) => /^locales\/de\/article-\d{5}\.json:\d+:1  error    missing  no German translation for "/.test(line))).toHaveLength(keys);
    expect(summary(result.lines)).toEqual(expectedSummary());
  }, (huge ? 20 : 2) * minutes);

  it('build finishes with its report: the new locale blocked, every other edition written, the findings and the summary, exit 1', async () => {
    const result = await run(['build']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.lines.filter((line) => /^blocked {4}output\/de\/article-\d{5}\.md {2}\(missing \d+: fix them, or pass --allow-incomplete to publish the source text in their place\)$/.test(line))).toHaveLength(articles);
    expect(result.lines.filter((line) => /^written {4}output\/(en|fr|ar)\/article-\d{5}\.(md|html)$/.test(line))).toHaveLength(articles * 3 * 2);
    expect(result.lines.filter((line) => line.startsWith('locales/de/'))).toHaveLength(keys);
    expect(summary(result.lines)).toEqual(expectedSummary());
    expect(await readdir(path.join(project, 'output', 'fr'))).toHaveLength(articles * 2);
  }, (huge ? 20 : 2) * minutes);
});
