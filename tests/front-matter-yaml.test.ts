import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderFrontMatter } from '../pipeline/publish/render-front-matter.js';
import { copyToTemp, repoRoot, runCliInProcess } from './helpers/run-cli.js';

/**
 * Front matter that every YAML reader reads alike: YAML 1.2 (js-yaml, the `yaml` package,
 * Go's yaml.v3) and YAML 1.1 (PyYAML, Ruby's Psych for Jekyll, Go's yaml.v2), which read
 * `yes`, `2025-01-01`, `12:30:00` or `1_000` as a boolean, a date or a number. The YAML 1.1
 * reader is Debian's python3-yaml (PyYAML), which `.ci/run` installs.
 */
const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const hasPyYaml = spawnSync(python, ['-c', 'import yaml'], { stdio: 'ignore' }).status === 0;

/** What PyYAML reads from YAML documents, as JSON (a date or a set would fail to serialise, and the test with it). */
function pyYaml(documents: readonly string[]): unknown[] {
  const script = 'import sys, json, yaml\nprint(json.dumps([yaml.safe_load(d) for d in json.load(sys.stdin)]))';
  return JSON.parse(execFileSync(python, ['-c', script], { input: JSON.stringify(documents), encoding: 'utf8' })) as unknown[];
}

const frontMatter = (markdown: string): string => markdown.slice(4, markdown.indexOf('\n---\n', 3) + 1);

describe.skipIf(!hasPyYaml && process.env.TARJAMA_REQUIRE_PYYAML !== '1')('front matter read by YAML 1.1 and 1.2 readers', () => {
  it('gives every reader the same strings, whatever a translator or an editor wrote', () => {
    const values = [
      'yes', 'No', 'on', 'OFF', 'y', 'n', '~', 'null', '2025-01-01', '2001-12-14t21:59:43.10-05:00', '12:30:00', '190:20:30.15', '1_000', '0x1F', '017', '0o17',
      '.inf', '.NaN', '1e3', '+1', '<<', '=', 'a: b', '#x', '- x', '!tag', '&anchor', '*alias', '%pct', '@at', '`bt', '|pipe', '>gt', '?q', '[a]', '{b}',
      '"q"', "'s'", '\\back', 'line1\nline2', 'tab\there', 'sep\u2028x', 'par\u2029x', 'nel\u0085x', ' leading', 'trailing ', 'a  b',
      'Le Maroc, acteur international (Ministère public)', 'الرباط، المغرب', 'Maroc\u00a0: une réforme', '« Protéger les enfants »',
    ];
    const source = Object.fromEntries(values.map((value, index) => [`field${index}`, value]));
    Object.assign(source, { on: 'a key YAML 1.1 reads as true', yes: 'another', '2025': 'a numeric key' });
    const info = { lang: 'fr', dir: 'ltr' as const, locale: 'fr', source: 'source/x.md', sourceHash: 'abc', translatedFrom: 'en', readingTime: 3, strings: { readingTime: '3 min' }, incomplete: null };
    const yaml = renderFrontMatter(source, new Map([['title', 'yes']]), info);
    const expected = { ...source, title: 'yes', lang: 'fr', dir: 'ltr', locale: 'fr', source: 'source/x.md', sourceHash: 'abc', translatedFrom: 'en', readingTime: 3, strings: { readingTime: '3 min' } };
    expect(parse(yaml)).toEqual(expected);
    expect(parse(yaml, { version: '1.1' })).toEqual(expected);
    expect(pyYaml([yaml])[0]).toEqual(expected);
    // Words and sentences stay unquoted, as a person would write them.
    expect(yaml).toContain('\nfield47: Le Maroc, acteur international (Ministère public)\n');
    expect(yaml).toContain('\nfield48: الرباط، المغرب\n');
  });

  it('reads every edition tarjama writes, this repository’s and a fixture’s, the same in PyYAML as in YAML 1.2', async () => {
    const project = await copyToTemp(path.join(repoRoot, 'tests', 'fixtures', 'cli', 'complete', 'project'));
    expect((await runCliInProcess(project, ['build'])).code).toBe(0);
    const editions: string[] = [];
    for (const root of [repoRoot, project]) {
      for (const locale of await readdir(path.join(root, 'output'))) {
        for (const name of await readdir(path.join(root, 'output', locale))) {
          if (name.endsWith('.md')) editions.push(frontMatter(await readFile(path.join(root, 'output', locale, name), 'utf8')));
        }
      }
    }
    expect(editions.length).toBeGreaterThanOrEqual(6);
    expect(pyYaml(editions)).toEqual(editions.map((text) => parse(text)));
  });
});
