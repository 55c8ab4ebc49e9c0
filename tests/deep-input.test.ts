import { appendFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyToTemp, repoRoot, runCliInProcess, type CliResult } from './helpers/run-cli.js';

/** Input nested far deeper than any article, catalog or XLIFF file, through the real CLI on copies of tests/fixtures/cli/complete. */
const fixture = path.join(repoRoot, 'tests', 'fixtures', 'cli', 'complete', 'project');
const frFile = 'locales/fr/article.json';
const markdownMessage = 'Markdown nested more than 100 deep (block quotes, list items, footnotes, emphasis or links inside one another); flatten it: tarjama reads at most 100 levels';

async function project(): Promise<string> {
  const root = await copyToTemp(fixture);
  expect((await runCliInProcess(root, ['build'])).code).toBe(0);
  return root;
}

/** A run that failed as tarjama fails on bad input: its own message, never Node's stack trace. */
function expectNoCrash(result: CliResult): void {
  expect(result.stderr).not.toContain('internal error');
  expect(result.stderr).not.toMatch(/^ +at /m);
  expect(result.code).not.toBe(70);
}

describe('a catalog nested 5,000 arrays deep', () => {
  it('is a parse error at file:line:column naming the key: check reports it with the rest (exit 2), build and extract refuse', async () => {
    const root = await project();
    const file = path.join(root, frFile);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('"th-funding": "Financement"', `"th-funding": ${'['.repeat(5000)}${']'.repeat(5000)}`));
    // Line 10 is `  "th-funding": [[[…`: the first bracket at column 17, the 64th (depth 65 under the root object) at 17 + 63.
    const message = 'arrays and objects nested more than 64 deep in the value of "th-funding"; a catalog is one object of "key": "translation" pairs, each translation a string';

    const check = await runCliInProcess(root, ['check']);
    expectNoCrash(check);
    expect(check.code).toBe(2);
    expect(check.stdout).toContain(`locales/fr/article.json:10:80  error    parse  ${message}\n`);
    expect(check.stdout).toMatch(/^fr +0\/12 +0% +0 +1 +0$/m);
    expect(check.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 1 error, 0 warnings: not publishable');
    const json = JSON.parse((await runCliInProcess(root, ['check', '--format', 'json'])).stdout) as { findings: Array<{ rule: string; key: string | null; line: number; column: number; message: string }> };
    expect(json.findings).toEqual([expect.objectContaining({ rule: 'parse', key: 'th-funding', line: 10, column: 80, message })]);

    const build = await runCliInProcess(root, ['build']);
    expectNoCrash(build);
    expect(build.code).toBe(2);
    expect(build.stdout).toContain(`locales/fr/article.json:10:80  error    parse  ${message}\n`);
    const extract = await runCliInProcess(root, ['extract']);
    expectNoCrash(extract);
    expect(extract.code).toBe(2);
    expect(extract.stderr).toBe(`tarjama: locales/fr/article.json:10:80: ${message}; extract edits this file, so fix it first (nothing was written)\n`);
  });

  it('in the config is an error at its line and column, exit 2', async () => {
    const root = await project();
    await writeFile(path.join(root, 'tarjama.config.json'), `{\n  "rules": ${'{"a": '.repeat(3000)}1${'}'.repeat(3000)}\n}\n`);
    const result = await runCliInProcess(root, ['check']);
    expectNoCrash(result);
    expect(result.code).toBe(2);
    // `  "rules": ` is 11 characters; the 64th `{` of the value (depth 65) starts at 12 + 63 × 6.
    expect(result.stderr).toBe('tarjama: tarjama.config.json:2:390: the config nests arrays and objects more than 64 deep in "rules"; no setting goes deeper than 3\n');
  });
});

describe('an XLIFF target with <g> nested 20,000 deep', () => {
  it('is refused by xliff import at its line and column, exit 2, and the catalog is untouched', async () => {
    const root = await project();
    expect((await runCliInProcess(root, ['xliff', 'export', '--locale', 'fr'])).code).toBe(0);
    const xliff = path.join(root, 'xliff', 'fr', 'article.xlf');
    const exported = await readFile(xliff, 'utf8');
    const open = '<g id="1" ctype="bold">';
    const target = `<target state="translated">Puis ils lisent le ${open}guide</g>.</target>`;
    expect(exported).toContain(target);
    const deep = exported.replace(target, `<target state="translated">Puis ils lisent le ${open.repeat(20_000)}guide${'</g>'.repeat(20_000)}.</target>`);
    await writeFile(xliff, deep);
    const before = await readFile(path.join(root, frFile), 'utf8');

    const result = await runCliInProcess(root, ['xliff', 'import', 'xliff/fr/article.xlf']);
    expectNoCrash(result);
    expect(result.code).toBe(2);
    // <xliff> <file> <body> <trans-unit> <target> are 5 levels: the 124th <g> is the 129th.
    const lines = deep.split('\n');
    const line = lines.findIndex((candidate) => candidate.includes(`le ${open}`)) + 1;
    const column = (lines[line - 1] as string).indexOf(open) + 123 * open.length + 1;
    expect(result.stderr).toBe(
      `tarjama: xliff/fr/article.xlf:${line}:${column}: elements nested more than 128 deep (at <g>); tarjama's XLIFF nests far less: keep the inline elements of the source as they are\n`,
    );
    expect(await readFile(path.join(root, frFile), 'utf8')).toBe(before);
  });
});

describe('a source article nested thousands deep', () => {
  it('in block quotes (> > > …) is refused by extract, check and build at file:line:column, exit 2', async () => {
    const root = await project();
    await appendFile(path.join(root, 'source', 'article.md'), `\n${'>'.repeat(3000)} Deep.\n`);
    for (const command of ['extract', 'check', 'build']) {
      const result = await runCliInProcess(root, [command]);
      expectNoCrash(result);
      expect(result.code).toBe(2);
      // The 101st `>` opens the 101st block quote.
      expect(result.stderr).toBe(`tarjama: source/article.md:19:101: ${markdownMessage}\n`);
    }
  });

  it('in list items (- - - …) is refused by extract and check at file:line:column, exit 2', async () => {
    const root = await project();
    // 2,000 rather than 3,000 as for block quotes: micromark's time grows with the square of a list's depth.
    await appendFile(path.join(root, 'source', 'article.md'), `\n${'- '.repeat(2000)}Deep.\n`);
    for (const command of ['extract', 'check']) {
      const result = await runCliInProcess(root, [command]);
      expectNoCrash(result);
      expect(result.code).toBe(2);
      // Each `- ` is two columns: the 101st item starts at column 201.
      expect(result.stderr).toBe(`tarjama: source/article.md:19:201: ${markdownMessage}\n`);
    }
  }, 60_000);

  it('in 250 list items indented line by line is refused at the line of the 101st', async () => {
    const root = await project();
    // Two and a half times the limit; micromark's time grows with the cube of this depth (500 took 7 s).
    const lines = Array.from({ length: 250 }, (_, index) => `${'  '.repeat(index)}- Item ${index}`);
    await appendFile(path.join(root, 'source', 'article.md'), `\n${lines.join('\n')}\n`);
    const result = await runCliInProcess(root, ['extract']);
    expectNoCrash(result);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`tarjama: source/article.md:119:201: ${markdownMessage}\n`);
  }, 60_000);

  it('in raw HTML elements is refused at the line of the HTML, exit 2', async () => {
    const root = await project();
    await appendFile(path.join(root, 'source', 'article.md'), `\n${'<div>'.repeat(5000)}Deep.${'</div>'.repeat(5000)}\n`);
    const result = await runCliInProcess(root, ['build']);
    expectNoCrash(result);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("tarjama: source/article.md:19:1: raw HTML elements nested more than 100 deep; flatten them: tarjama's preview reads at most 100 levels\n");
  });

  it('in its YAML front matter is refused at the line and column where it passes 64 levels, exit 2', async () => {
    const root = await project();
    const file = path.join(root, 'source', 'article.md');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('---\ntitle:', `---\ntags: ${'['.repeat(5000)}${']'.repeat(5000)}\ntitle:`));
    const result = await runCliInProcess(root, ['extract']);
    expectNoCrash(result);
    expect(result.code).toBe(2);
    // Under the front matter's mapping (one level), the 64th `[` of `tags: [[[…` (column 7 + 63).
    expect(result.stderr).toBe('tarjama: source/article.md:2:70: front matter nested more than 64 deep (mappings and sequences inside one another); flatten it: tarjama reads at most 64 levels\n');
  });
});

describe('a translation nested thousands deep', () => {
  it('is rejected as markup, with the rest of the report (exit 1)', async () => {
    const root = await project();
    const file = path.join(root, frFile);
    const values = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
    values['li-then-they-read-the-guide'] = `${'>'.repeat(5000)} Puis ils lisent le **guide**.`;
    values['th-funding'] = `${'*a '.repeat(1000)}Financement${' b*'.repeat(1000)}`;
    await writeFile(file, `${JSON.stringify(values, null, 2)}\n`);
    const result = await runCliInProcess(root, ['check', '--locale', 'fr']);
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        `locales/fr/article.json:8:3  error    markup  rejected: ${markdownMessage}`,
        `locales/fr/article.json:10:3  error    markup  rejected: ${markdownMessage}`,
        '',
        'locale  translated  coverage  outdated  errors  warnings',
        'fr      10/12       83%       0         2       0',
        '',
        '✖ 2 errors, 0 warnings: not publishable',
        '',
      ].join('\n'),
    );
  }, 60_000);
});

describe('a record of the cache nested 100,000 deep', () => {
  it('is not used: extract, check and build do their work again, as without records', async () => {
    const root = await project();
    expect((await runCliInProcess(root, ['extract'])).code).toBe(0);
    const cache = path.join(root, 'locales', '.tarjama', 'cache');
    const report = (await runCliInProcess(root, ['check'])).stdout;
    for (const name of ['extract.json', 'check.json', 'build.json']) {
      const file = path.join(cache, name);
      const lines = (await readFile(file, 'utf8')).split('\n');
      lines[1] = (lines[1] as string).replace(/^("article":\{)/, `$1"x":${'['.repeat(100_000)}${']'.repeat(100_000)},`);
      await writeFile(file, lines.join('\n'));
    }
    await appendFile(path.join(root, 'source', 'article.md'), '\n');
    for (const command of ['extract', 'check', 'build']) {
      const result = await runCliInProcess(root, [command]);
      expectNoCrash(result);
      expect(result.code).toBe(0);
      if (command === 'check') expect(result.stdout).toBe(report);
    }
  });
});

describe('content at the limits', () => {
  it('is read, checked, exported and published like any other', async () => {
    const root = await project();
    let inline = 'deep';
    for (let level = 0; level < 49; level += 1) inline = level % 2 === 0 ? `**word ${inline} end**` : `*word ${inline} end*`;
    const deep = [
      `${'>'.repeat(50)} Quoted ${inline} text.`,
      `${'- '.repeat(99)}Listed *item*.`,
      `${'<div>'.repeat(100)}Raw HTML.${'</div>'.repeat(100)}`,
    ];
    await appendFile(path.join(root, 'source', 'article.md'), `\n${deep.join('\n\n')}\n`);
    const file = path.join(root, 'source', 'article.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('---\ntitle:', `---\ntags: ${'['.repeat(63)}1${']'.repeat(63)}\ntitle:`));
    for (const command of [['extract'], ['check'], ['build', '--allow-incomplete'], ['xliff', 'export', '--locale', 'fr']]) {
      const result = await runCliInProcess(root, command);
      expectNoCrash(result);
      expect(result.stderr).toBe('');
    }
    const page = await readFile(path.join(root, 'output', 'fr', 'article.html'), 'utf8');
    const article = page.slice(page.indexOf('<main>'), page.indexOf('</main>'));
    expect(article.match(/<blockquote>/g)).toHaveLength(50);
    // The innermost, whose text is published in English, says so (lang="en").
    expect(article.match(/<div(?: lang="en")?>/g)).toHaveLength(100);
    expect(article).toContain('<div lang="en">Raw HTML.</div>');
    expect(article.match(/<li>/g)).toHaveLength(2 + 99);
  });
});
