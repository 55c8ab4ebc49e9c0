import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasTool } from './helpers/debian-tool.js';
import { copyToTemp, repoRoot, runCliInProcess } from './helpers/run-cli.js';

/**
 * Debian's Translate Toolkit (3.8) on tarjama's XLIFF 1.2 exports of the repository's content
 * and of the rich fixture: `pocount` counts what tarjama counts, `xliff2po` keeps the notes,
 * `pofilter` flags the outdated unit, `po2xliff`'s XLIFF 1.1 is refused with its reason, and
 * XLIFF 2.0 is not read (the README says which tools read which version).
 */
const rich = path.join(repoRoot, 'tests', 'fixtures', 'tools', 'rich');

function tool(command: string, args: readonly string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe.skipIf(!hasTool('pocount'))('Translate Toolkit reads the XLIFF 1.2 export', () => {
  let repo = '';
  let full = '';
  let outdated = '';
  let empty = '';

  beforeAll(async () => {
    repo = await copyToTemp(repoRoot, (file) => /^(|source|locales|tarjama\.config\.json)([/\\]|$)/.test(path.relative(repoRoot, file)));
    full = await copyToTemp(rich);
    outdated = await copyToTemp(rich);
    const source = path.join(outdated, 'source', 'court-report.md');
    await writeFile(source, (await readFile(source, 'utf8')).replace('press conference', 'news conference'));
    expect((await runCliInProcess(outdated, ['extract'])).code).toBe(0);
    empty = await copyToTemp(rich);
    await writeFile(path.join(empty, 'locales', 'fr', 'court-report.json'), '{}\n');
    for (const project of [repo, full]) for (const locale of ['fr', 'ar']) expect((await runCliInProcess(project, ['xliff', 'export', '--locale', locale])).code).toBe(0);
    for (const project of [outdated, empty]) expect((await runCliInProcess(project, ['xliff', 'export', '--locale', 'fr'])).code).toBe(0);
    expect((await runCliInProcess(full, ['xliff', 'export', '--locale', 'fr', '--version', '2.0', '--out', 'xliff-2.0'])).code).toBe(0);
  }, 60_000);

  it('pocount: a fully translated export is 100 % translated, an untranslated one 0 %, an outdated unit fuzzy', () => {
    const files = [
      ...['fr', 'ar'].flatMap((locale) => ['morocco-online-child-exploitation', 'common'].map((namespace) => path.join(repo, 'xliff', locale, `${namespace}.xlf`))),
      ...['fr', 'ar'].map((locale) => path.join(full, 'xliff', locale, 'court-report.xlf')),
      path.join(outdated, 'xliff', 'fr', 'court-report.xlf'),
      path.join(empty, 'xliff', 'fr', 'court-report.xlf'),
      path.join(full, 'xliff-2.0', 'fr', 'court-report.xlf'),
    ];
    const lines = tool('pocount', ['--no-color', '--short-strings', ...files], repoRoot).trim().split('\n');
    const counts = lines.map((line) => /strings: total: (\d+)\t\| (\d+)t\t(\d+)f\t(\d+)u/.exec(line)?.slice(1).map(Number));
    expect(counts).toEqual([
      [13, 13, 0, 0],
      // A unit per plural form of the locale: French one, many, other; Arabic all six.
      [11, 11, 0, 0],
      [13, 13, 0, 0],
      [14, 14, 0, 0],
      [17, 17, 0, 0],
      [17, 17, 0, 0],
      [17, 16, 1, 0],
      [17, 0, 0, 17],
      // XLIFF 2.0: Translate Toolkit 3.8 reads no unit of it.
      [0, 0, 0, 0],
    ]);
  });

  it('xliff2po keeps every note as an extracted comment, and the outdated unit fuzzy with its old source', async () => {
    tool('xliff2po', ['-i', 'xliff', '-o', 'po'], outdated);
    const po = await readFile(path.join(outdated, 'po', 'fr', 'court-report.po'), 'utf8');
    expect(po.match(/^#\. (front-matter field|paragraph|heading|link title|table header cell|table cell|list item|footnote) \(source\/court-report\.md, line \d+\)$/gm)).toHaveLength(17);
    expect(po).toContain(
      '#. paragraph (source/court-report.md, line 13)\n#. under the heading: Background\n#. outdated: the translation was made for the source text "The council presented the report at a press conference in Rabat, where its secretary general said that digital tools had shortened delays<sup>1</sup>."\n#: p-the-council-presented-the-report-at\n#, fuzzy\n',
    );
    expect(po.match(/^#, fuzzy$/gm)).toHaveLength(2); // the header's and the outdated unit's
    tool('xliff2po', ['-i', 'xliff', '-o', 'po'], repo);
    const seed = await readFile(path.join(repo, 'po', 'ar', 'morocco-online-child-exploitation.po'), 'utf8');
    expect(seed.match(/^#\. .+ \(source\/morocco-online-child-exploitation\.md, line \d+\)$/gm)).toHaveLength(13);
  });

  it('pofilter flags the outdated unit only, and nothing in the fully translated fixture', async () => {
    tool('pofilter', ['--language=fr', 'xliff/fr/court-report.xlf', 'flagged.xlf'], outdated);
    const flagged = await readFile(path.join(outdated, 'flagged.xlf'), 'utf8');
    expect([...flagged.matchAll(/<(?:\w+:)?trans-unit[^>]* id="([^"]+)"/g)].map((match) => match[1])).toEqual(['p-the-council-presented-the-report-at']);
    expect([...flagged.matchAll(/from="pofilter">(\w+):/g)].map((match) => match[1])).toEqual(['isfuzzy', 'isreview']);
    tool('pofilter', ['--language=fr', 'xliff/fr/court-report.xlf', 'flagged.xlf'], full);
    await expect(readFile(path.join(full, 'flagged.xlf'), 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('refuses the XLIFF 1.1 po2xliff writes, saying where and what to import instead, and changes no catalog', async () => {
    tool('xliff2po', ['xliff/fr/court-report.xlf', 'court-report.po'], full);
    tool('po2xliff', ['court-report.po', 'court-report.xlf'], full);
    const before = await readFile(path.join(full, 'locales', 'fr', 'court-report.json'), 'utf8');
    const result = await runCliInProcess(full, ['xliff', 'import', 'court-report.xlf']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "tarjama: court-report.xlf:2: XLIFF 1.1 (what Translate Toolkit's po2xliff writes) is not imported: it has lost what tarjama needs (the namespace, the target language, each unit's key as its id, the protected elements as inline elements); translate the XLIFF 1.2 file that `tarjama xliff export` wrote (pocount, pofilter and xliff2po read it as it is) and import that file\n",
    );
    expect(await readFile(path.join(full, 'locales', 'fr', 'court-report.json'), 'utf8')).toBe(before);
  });
});
