import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyToTemp, repoRoot, runCliInProcess } from './helpers/run-cli.js';

/**
 * Reports that cannot be forged: keys and translations are anyone's to write, and a report is
 * read on a terminal or by the CI runner. Through the real CLI, in every format, nothing a
 * catalog holds reaches the output as a live character: no control character but the newlines
 * between lines, no C1 control, no bidi formatting; no line starts a workflow command tarjama
 * did not write; a finding is one line of text.
 */
const fixture = path.join(repoRoot, 'tests', 'fixtures', 'cli', 'complete', 'project');
const frFile = 'locales/fr/article.json';
const FORGED_KEY = 'x\n::error file=x::FORGED';
const OSC_KEY = 'k\u001B]52;c;Zm9yZ2Vk\u0007\u009B2J';
const SEPARATOR_KEY = 'z\u2028::warning::FORGED';
const live = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

interface JsonFinding {
  rule: string;
  key: string | null;
  line: number;
  message: string;
}

async function forgedProject(): Promise<string> {
  const root = await copyToTemp(fixture);
  const file = path.join(root, frFile);
  const values = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
  values['li-then-they-read-the-guide'] = 'Puis ils lisent\u001B[2J le **guide**.';
  values['meta-description'] = `\u001B]52;c;Zm9yZ2Vk\u0007${values['meta-description']}`;
  values['th-funding'] = 'Finan\u202Ecement\u202C';
  values[FORGED_KEY] = 'x';
  values[OSC_KEY] = 'y';
  values[SEPARATOR_KEY] = 'z';
  await writeFile(file, `${JSON.stringify(values, null, 2)}\n`);
  return root;
}

async function findingsOf(root: string): Promise<JsonFinding[]> {
  return (JSON.parse((await runCliInProcess(root, ['check', '--format', 'json'])).stdout) as { findings: JsonFinding[] }).findings;
}

describe('a report of forged keys and translations', () => {
  it('in JSON: the same strings for a program, with every control, separator and bidi character escaped', async () => {
    const root = await forgedProject();
    const run = await runCliInProcess(root, ['check', '--format', 'json']);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(live);
    expect(run.stdout).toContain('"key": "k\\u001b]52;c;Zm9yZ2Vk\\u0007\\u009b2J"');
    expect(run.stdout).toContain('"key": "z\\u2028::warning::FORGED"');
    const findings = (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
    expect(findings.map((finding) => `${finding.rule} ${finding.key}`).sort()).toEqual(
      [
        // The clipboard-writing sequence has semicolons, which French spaces.
        'fr-spacing meta-description',
        'fr-spacing meta-description',
        'invisible li-then-they-read-the-guide',
        'invisible meta-description',
        'invisible meta-description',
        'invisible th-funding',
        `obsolete ${FORGED_KEY}`,
        `obsolete ${OSC_KEY}`,
        `obsolete ${SEPARATOR_KEY}`,
      ].sort(),
    );
    expect(findings.find((finding) => finding.key === FORGED_KEY)?.message).toContain(`"${FORGED_KEY}" is not a key of source/article.md`);
  });

  it('in text: one line per finding, the newline shown as ⏎ and every other character that acts as an escape', async () => {
    const root = await forgedProject();
    const findings = await findingsOf(root);
    for (const args of [['check'], ['build']]) {
      const run = await runCliInProcess(root, args);
      expect(run.code).toBe(1);
      expect(run.stdout).not.toMatch(live);
      const lines = run.stdout.split('\n');
      expect(lines.filter((line) => line.startsWith('::'))).toEqual([]);
      expect(lines.filter((line) => line.startsWith(`${frFile}:`))).toHaveLength(findings.length);
      const line = findings.find((finding) => finding.key === FORGED_KEY)?.line;
      // The rule column is as wide as the longest rule shown.
      const forged = lines.find((candidate) => candidate.startsWith(`${frFile}:${line}:3  warning  obsolete `))?.replace(/obsolete +/, 'obsolete ');
      expect(forged).toBe(
        `${frFile}:${line}:3  warning  obsolete "x⏎::error file=x::FORGED" is not a key of source/article.md (it is not published); if it is mistyped, rename it to the key it translates, else \`tarjama extract\` moves it to the archive`,
      );
      expect(run.stdout).toContain('"k\\u001b]52;c;Zm9yZ2Vk\\u0007\\u009b2J" is not a key');
      expect(run.stdout).toContain('"z\\u2028::warning::FORGED" is not a key');
      expect(run.stdout).toContain('U+001B ESCAPE in "…s ils lisent\\u001b[2J le **gui…"');
      expect(run.stdout).toContain('U+202E RIGHT-TO-LEFT OVERRIDE: it displays what follows right to left, letter by letter ("cement" shows as "tnemec")');
    }
  });

  it('in --format github: only tarjama’s own annotations start with "::", one per finding, the runner’s escapes and visible escapes inside', async () => {
    const root = await forgedProject();
    const findings = await findingsOf(root);
    const run = await runCliInProcess(root, ['check', '--format', 'github']);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(live);
    const commands = run.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(commands).toHaveLength(findings.length);
    for (const command of commands) expect(command).toMatch(/^::(error|warning) file=locales\/fr\/article\.json,line=\d+,col=\d+,title=tarjama [a-z-]+ \(fr\)::[^\n]*$/);
    expect(run.stdout).toContain('::"x%0A::error file=x::FORGED" is not a key');
    expect(run.stdout).toContain('"k\\u001b]52;c;Zm9yZ2Vk\\u0007\\u009b2J" is not a key');
  });

  it('in extract, which prints the keys it archives', async () => {
    const root = await forgedProject();
    const run = await runCliInProcess(root, ['extract']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(live);
    expect(run.stdout.split('\n').filter((line) => line.startsWith('::'))).toEqual([]);
    expect(run.stdout).toContain('archived: x⏎::error file=x::FORGED, k\\u001b]52;c;Zm9yZ2Vk\\u0007\\u009b2J, z\\u2028::warning::FORGED');
  });

  it('in the code frame of a catalog that is not JSON, its caret still under the fault', async () => {
    const root = await copyToTemp(fixture);
    await writeFile(path.join(root, frFile), '{\n  "meta-title": "Titre" \u001B[2J\u202E\n}\n');
    const run = await runCliInProcess(root, ['check']);
    expect(run.code).toBe(2);
    expect(run.stdout).not.toMatch(live);
    const frame = run.stdout.split('\n').filter((line) => line.startsWith('    '));
    expect(frame.slice(-2)).toEqual(['    2 |   "meta-title": "Titre" \\u001b[2J\\u202e', '      |                         ^']);
  });
});
