import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, realpath, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath, copyToTemp, repoRoot, runCli, runCliInProcess } from './helpers/run-cli.js';

/** Bad input through the real CLI, on copies of tests/fixtures/cli/complete (en, fr, ar). */
// A full or read-only disk is simulated with a small tmpfs, where the tests may mount one (root).
const canMount = (() => {
  if (process.getuid?.() !== 0) return false;
  const probe = spawnSync('sh', ['-c', 'd=$(mktemp -d) && mount -t tmpfs -o size=64k tmpfs "$d" && umount "$d" && rmdir "$d"']);
  return probe.status === 0;
})();
const fixture = path.join(repoRoot, 'tests', 'fixtures', 'cli', 'complete', 'project');
const frFile = 'locales/fr/article.json';

async function project(): Promise<string> {
  const root = await copyToTemp(fixture);
  expect((await runCliInProcess(root, ['build'])).code).toBe(0);
  return root;
}

async function snapshot(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const visit = async (dir: string): Promise<void> => {
    for (const entry of await readdir(path.join(root, dir), { withFileTypes: true })) {
      const relative = path.join(dir, entry.name);
      if (entry.isDirectory()) await visit(relative);
      else files.set(relative, await readFile(path.join(root, relative), 'utf8'));
    }
  };
  for (const dir of ['locales', 'output']) if (existsSync(path.join(root, dir))) await visit(dir);
  return files;
}

const json = (text: string) => JSON.parse(text) as { findings: Array<{ rule: string; key: string | null; line: number; column: number; message: string }> };

describe('malformed catalogs', () => {
  it.each([
    ['a trailing comma', (text: string) => text.replace(/"\n}\n$/, '",\n}\n'), 'a trailing comma before "}": JSON allows none, delete it'],
    ['an unescaped quote', (text: string) => text.replace('Formation des', 'Formation "des'), 'invalid symbol'],
    ['a merge-conflict marker', (text: string) => text.replace('{\n', '{\n<<<<<<< HEAD\n'), 'invalid symbol'],
  ])('%s: file:line:column with a code frame, exit 2, and nothing written', async (_name, damage, expected) => {
    const root = await project();
    const file = path.join(root, frFile);
    await writeFile(file, damage(await readFile(file, 'utf8')));
    const before = await snapshot(root);
    const check = await runCliInProcess(root, ['check']);
    expect(check.code).toBe(2);
    expect(check.stdout).toMatch(new RegExp(`^locales/fr/article\\.json:\\d+:\\d+  error    parse  not valid JSON: ${expected}`, 'm'));
    expect(check.stdout).toMatch(/^ {4}\d+ \| .*\n {4} +\| +\^$/m);
    expect((await runCliInProcess(root, ['build'])).code).toBe(2);
    const extract = await runCliInProcess(root, ['extract']);
    expect(extract.code).toBe(2);
    expect(extract.stderr).toContain('tarjama: locales/fr/article.json:');
    expect(await snapshot(root)).toEqual(before);
  });

  it('reports duplicate keys, values that are not strings, invalid UTF-8 and NUL characters', async () => {
    const root = await project();
    await writeFile(
      path.join(root, frFile),
      '{\n  "meta-title": "Titre",\n  "meta-title": "Titre",\n  "th-programme": 12,\n  "th-funding": ["Financement"],\n  "td-cybersouth": {"x": "y"},\n  "td-european-union": "Union\\u0000européenne"\n}\n',
    );
    const findings = json((await runCliInProcess(root, ['check', '--format', 'json', '--locale', 'fr'])).stdout).findings.filter((finding) => finding.rule !== 'missing');
    expect(findings.map((finding) => [finding.rule, finding.key, finding.line])).toEqual([
      ['duplicate', 'meta-title', 3],
      ['type', 'th-programme', 4],
      ['type', 'th-funding', 5],
      ['type', 'td-cybersouth', 6],
      ['type', 'td-european-union', 7],
    ]);
    expect(findings[4]?.message).toContain('contains a NUL character');

    await writeFile(path.join(root, frFile), Buffer.concat([Buffer.from('{\n  "meta-title": "Ti'), Buffer.from([0xff, 0xfe]), Buffer.from('tre"\n}\n')]));
    const check = await runCliInProcess(root, ['check']);
    expect(check.code).toBe(2);
    expect(check.stdout).toContain('locales/fr/article.json:2:20  error    parse  not valid UTF-8 (save the file as UTF-8)');
  });

  it('reads a catalog with a byte-order mark, and keeps a CRLF catalog’s line endings when extract edits it', async () => {
    const root = await project();
    const file = path.join(root, frFile);
    const text = await readFile(file, 'utf8');
    await writeFile(file, `\uFEFF${text.replaceAll('\n', '\r\n')}`);
    expect((await runCliInProcess(root, ['check'])).code).toBe(0);
    const source = path.join(root, 'source', 'article.md');
    await writeFile(source, (await readFile(source, 'utf8')).replace('- Then they read the **guide**.\n', ''));
    expect((await runCliInProcess(root, ['extract'])).code).toBe(0);
    const edited = await readFile(file, 'utf8');
    expect(edited).not.toContain('li-then-they-read-the-guide');
    expect(edited.replaceAll('\r\n', '')).not.toContain('\n');
    expect(edited.startsWith('\uFEFF')).toBe(true);
  });

  it('keeps __proto__, constructor and prototype as plain keys: nothing is polluted', async () => {
    const root = await project();
    const file = path.join(root, frFile);
    const values = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
    await writeFile(file, JSON.stringify({ ...values, ['__proto__']: 'x', constructor: 'y', prototype: 'z' }).replace('{', '{"__proto__": {"polluted": "yes"},'));
    const result = json((await runCliInProcess(root, ['check', '--format', 'json', '--locale', 'fr'])).stdout);
    expect(result.findings.map((finding) => `${finding.rule} ${finding.key}`)).toEqual(
      expect.arrayContaining(['obsolete constructor', 'obsolete prototype', 'type __proto__']),
    );
    expect((await runCliInProcess(root, ['build'])).code).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('translations cannot inject', () => {
  const attacks: Array<[string, string, string, string]> = [
    ['a heading', 'li-trainees-run-npm-ci-first', 'Les stagiaires lancent d’abord `npm ci`.\n\n# Titre injecté', 'markup'],
    ['a list item', 'li-trainees-run-npm-ci-first', 'Les stagiaires lancent `npm ci`.\n- injecté', 'markup'],
    ['a table', 'li-trainees-run-npm-ci-first', 'Les stagiaires `npm ci`.\n\n| a |\n| - |\n| b |', 'markup'],
    ['a link reference definition', 'li-trainees-run-npm-ci-first', '[1]: https://evil.example\n\nLes stagiaires lancent `npm ci`.', 'markup'],
    ['a <script>', 'li-then-they-read-the-guide', 'Puis ils lisent le **guide**.<script>alert(1)</script>', 'html'],
    ['an <img onerror>', 'li-then-they-read-the-guide', 'Puis ils lisent le **guide**.<img src=x onerror=alert(1)>', 'html'],
    ['an <iframe>', 'li-then-they-read-the-guide', 'Puis ils lisent le **guide**.<iframe src="https://evil.example"></iframe>', 'html'],
    ['a javascript: link', 'li-then-they-read-the-guide', 'Puis ils lisent le [guide](javascript:alert(1)).', 'links'],
    ['a data: image', 'li-then-they-read-the-guide', 'Puis ils lisent le **guide** ![x](data:image/svg+xml;base64,PHN2Zz4=).', 'links'],
  ];

  it.each(attacks)('%s is rejected, and never reaches output/ as live markup', async (_name, key, attack, rule) => {
    const root = await project();
    const file = path.join(root, frFile);
    const values = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
    values[key] = attack;
    await writeFile(file, JSON.stringify(values, null, 2));
    const findings = json((await runCliInProcess(root, ['check', '--format', 'json', '--locale', 'fr'])).stdout).findings;
    expect(findings.map((finding) => `${finding.rule} ${finding.key}`)).toContain(`${rule} ${key}`);
    expect((await runCliInProcess(root, ['build'])).code).toBe(1);
    expect((await runCliInProcess(root, ['build', '--allow-incomplete'])).code).toBe(0);
    const markdown = await readFile(path.join(root, 'output', 'fr', 'article.md'), 'utf8');
    const html = await readFile(path.join(root, 'output', 'fr', 'article.html'), 'utf8');
    for (const text of [markdown, html]) expect(text).not.toMatch(/<script|onerror|<iframe|javascript:|data:image|Titre injecté|evil\.example|- injecté/);
  });

  it('a front-matter translation with line breaks is rejected, and never leaves its own field', async () => {
    const root = await project();
    const file = path.join(root, 'locales', 'ar', 'article.json');
    const values = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
    values['meta-title'] = 'عنوان\nlang: en\ndir: ltr\n---\n# injected';
    await writeFile(file, JSON.stringify(values, null, 2));
    const findings = json((await runCliInProcess(root, ['check', '--format', 'json', '--locale', 'ar'])).stdout).findings;
    expect(findings.map((finding) => `${finding.rule} ${finding.key} ${finding.line}:${finding.column} ${finding.message}`)).toContain(
      // Markdown reads the lines before "---" as a heading (a setext one), and so would a site's Markdown filter.
      'markup meta-title 2:18 rejected: the front-matter field "title" is plain text, but the translation has a heading (#), a line break that the source does not; write it on one line, without Markdown or HTML',
    );
    expect((await runCliInProcess(root, ['build'])).code).toBe(1);
    expect((await runCliInProcess(root, ['build', '--allow-incomplete'])).code).toBe(0);
    const markdown = await readFile(path.join(root, 'output', 'ar', 'article.md'), 'utf8');
    expect(markdown).toContain('title: Council of Europe backs training for Moroccan judges\n');
    expect(markdown).toMatch(/^lang: ar$/m);
    expect(markdown).toMatch(/^dir: rtl$/m);
    expect(markdown).not.toMatch(/^lang: en$/m);
    expect(markdown).not.toMatch(/^# injected$/m);
  });
});

describe('paths', () => {
  it('does not write through an output folder linked out of the project', async () => {
    const root = await project();
    const outside = await mkdtemp(path.join(tmpdir(), 'tarjama-outside-'));
    await mkdir(path.join(root, 'output'), { recursive: true });
    const { rm } = await import('node:fs/promises');
    await rm(path.join(root, 'output', 'ar'), { recursive: true, force: true });
    await symlink(outside, path.join(root, 'output', 'ar'));
    const values = path.join(root, 'locales', 'ar', 'article.json');
    await writeFile(values, (await readFile(values, 'utf8')).replace('التمويل', 'التمويل العمومي'));
    const result = await runCliInProcess(root, ['build']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^tarjama: output\/ar\/article\.md: resolves to .*, outside the project \(a symbolic link\?\)/);
    expect(await readdir(outside)).toEqual([]);
  });

  it('does not read a catalog linked to a file outside the project', async () => {
    const root = await project();
    const { rm } = await import('node:fs/promises');
    await rm(path.join(root, frFile));
    await symlink('/etc/hostname', path.join(root, frFile));
    const result = await runCliInProcess(root, ['check']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('tarjama: locales/fr/article.json: resolves to /etc/hostname, outside the project');
  });
});

describe('paths, with warm records', () => {
  // The records of the last extract, build and check let a run skip a file it has seen, by
  // size and time; they never let it skip the check that the file lies inside the project.
  async function warm(): Promise<string> {
    const root = await copyToTemp(fixture);
    for (const command of ['extract', 'check', 'build']) expect((await runCliInProcess(root, [command])).code).toBe(0);
    // Every record is trusted: a second build reads nothing.
    expect((await runCliInProcess(root, ['build'])).stdout).toBe('unchanged  6 files\n');
    return root;
  }

  /** Moves a folder of the project out of it (times kept, so that every record still holds) and links it back; returns where it went. */
  async function linkOut(root: string, folder: string): Promise<string> {
    const outside = path.join(await realpath(await mkdtemp(path.join(tmpdir(), 'tarjama-outside-'))), path.basename(folder));
    await cp(path.join(root, folder), outside, { recursive: true, preserveTimestamps: true });
    await rm(path.join(root, folder), { recursive: true });
    await symlink(outside, path.join(root, folder));
    return outside;
  }

  /** Every file under the folders, with its content and modification time. */
  async function files(...folders: string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (const folder of folders) {
      for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
        const file = path.join(entry.parentPath, entry.name);
        if (entry.isFile()) found.set(file, `${(await stat(file)).mtimeMs} ${await readFile(file, 'utf8')}`);
      }
    }
    return found;
  }

  const refused = (file: string, real: string): string => `tarjama: ${file}: resolves to ${real}, outside the project (a symbolic link?); tarjama only reads and writes inside the project\n`;

  it.each([
    ['a catalog folder', 'locales/fr', 'locales/fr/article.json', 'article.json'],
    ['the source folder', 'source', 'source/article.md', 'article.md'],
  ])('refuses %s linked out of the project in every command, as a run without records does, and writes nothing', async (_name, folder, file, name) => {
    const root = await warm();
    const outside = await linkOut(root, folder);
    const before = await files(path.join(root, 'output'), path.join(root, 'locales', '.tarjama'), outside);
    const expected = { code: 2, stdout: '', stderr: refused(file, path.join(outside, name)) };
    for (const command of ['build', 'check', 'status', 'extract']) expect(await runCliInProcess(root, [command]), command).toEqual(expected);
    expect(await files(path.join(root, 'output'), path.join(root, 'locales', '.tarjama'), outside)).toEqual(before);
    // Without records: the same refusal.
    await rm(path.join(root, 'locales', '.tarjama', 'cache'), { recursive: true });
    for (const command of ['build', 'check', 'extract']) expect(await runCliInProcess(root, [command]), `${command} without records`).toEqual(expected);
  });

  it('refuses an output folder linked out of the project, though its editions are those the records describe', async () => {
    const root = await warm();
    const outside = await linkOut(root, 'output/fr');
    const before = await files(path.join(root, 'output'), outside);
    expect(await runCliInProcess(root, ['build'])).toEqual({ code: 2, stdout: '', stderr: refused('output/fr/article.md', path.join(outside, 'article.md')) });
    expect(await files(path.join(root, 'output'), outside)).toEqual(before);
  });

  it('refuses a catalog replaced by a link to a file inside the project, records or not', async () => {
    const root = await warm();
    const copy = path.join(root, 'fr-article.json');
    await cp(path.join(root, frFile), copy, { preserveTimestamps: true });
    await rm(path.join(root, frFile));
    await symlink(copy, path.join(root, frFile));
    const expected = { code: 2, stdout: '', stderr: 'tarjama: locales/fr/article.json: is a symbolic link; tarjama does not read or write through links (replace it with the file itself)\n' };
    for (const command of ['build', 'check', 'extract']) expect(await runCliInProcess(root, [command]), command).toEqual(expected);
  });
});

describe('a check that cannot keep its records', () => {
  it('still reports, as a check that could (a read-only checkout)', async () => {
    const root = await project();
    const expected = await runCliInProcess(root, ['check']);
    await rm(path.join(root, 'locales', '.tarjama', 'cache'), { recursive: true, force: true });
    // A file where the cache folder goes: no record can be written, whoever runs the test.
    await writeFile(path.join(root, 'locales', '.tarjama', 'cache'), 'not a folder');
    expect(await runCliInProcess(root, ['check'])).toEqual(expected);
  });
});

describe('a reader that stops early', () => {
  it('is no failure: check keeps its own exit code and prints no stack trace (`tarjama check | head`)', async () => {
    const root = await copyToTemp(path.join(repoRoot, 'tests', 'fixtures', 'cli', 'broken-translations', 'project'));
    // `true` exits at once, so every write of the report meets a closed pipe.
    const piped = spawnSync('bash', ['-c', 'node "$0" check --cwd "$1" | true; exit "${PIPESTATUS[0]}"', cliPath, root], { encoding: 'utf8' });
    expect(piped.stderr).toBe('');
    expect(piped.status).toBe(1);
  });
});

describe('locks and write failures', () => {
  it('refuses to run while another run holds the lock, and takes over a lock left by a killed run', async () => {
    const root = await project();
    const lock = path.join(root, 'locales', '.tarjama', 'lock');
    await mkdir(path.dirname(lock), { recursive: true });
    await writeFile(lock, `${process.pid} build\n`);
    // Another process holds it: the CLI runs in a child process of this one.
    const refused = runCli(root, ['build']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`tarjama: locales/.tarjama/lock: another tarjama run holds the lock (process ${process.pid}, "build"); wait for it to finish, or delete this file if no tarjama is running\n`);
    await writeFile(lock, '2147483646 build\n');
    expect(runCli(root, ['build']).code).toBe(0);
    expect(existsSync(lock)).toBe(false);
  });

  it('says clearly when an output cannot be written, and leaves the other outputs as they were', async () => {
    const root = await project();
    const blocked = path.join(root, 'output', 'fr', 'article.md');
    const { rm } = await import('node:fs/promises');
    await rm(blocked);
    await mkdir(blocked);
    const before = await readFile(path.join(root, 'output', 'ar', 'article.md'), 'utf8');
    const values = path.join(root, frFile);
    await writeFile(values, (await readFile(values, 'utf8')).replace('Financement', 'Le financement'));
    const result = await runCliInProcess(root, ['build']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('tarjama: output/fr/article.md: cannot write: a folder has that name (EISDIR)');
    expect(await readFile(path.join(root, 'output', 'ar', 'article.md'), 'utf8')).toBe(before);
  });

  it.skipIf(!canMount)('says clearly when the disk is full or read-only, and leaves the previous outputs intact', async () => {
    const root = await project();
    const output = path.join(root, 'output');
    const saved = await copyToTemp(output);
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', output]).status).toBe(0);
    try {
      await cp(saved, output, { recursive: true });
      const before = await snapshot(root);
      const { statfsSync } = await import('node:fs');
      const free = statfsSync(output);
      await writeFile(path.join(output, 'filler'), Buffer.alloc(Math.max(0, free.bavail * free.bsize - 512)));
      const values = path.join(root, frFile);
      await writeFile(values, (await readFile(values, 'utf8')).replace('Financement', `Le financement ${'très '.repeat(2000)}`));
      const full = await runCliInProcess(root, ['build']);
      expect(full.code).toBe(2);
      expect(full.stderr).toMatch(/cannot write: the disk is full \(ENOSPC\); the previous version of the file is left as it was/);
      const after = await snapshot(root);
      for (const [file, text] of before) if (file.startsWith('output')) expect(after.get(file), file).toBe(text);

      expect(spawnSync('mount', ['-o', 'remount,ro', output]).status).toBe(0);
      const readOnly = await runCliInProcess(root, ['build']);
      expect(readOnly.code).toBe(2);
      expect(readOnly.stderr).toMatch(/cannot write: the file system is read-only \(EROFS\)/);
    } finally {
      spawnSync('umount', [output]);
    }
  });

  it.skipIf(process.getuid?.() === 0)('says clearly when the output folder is read-only', async () => {
    const root = await project();
    await chmod(path.join(root, 'output', 'fr'), 0o555);
    const values = path.join(root, frFile);
    await writeFile(values, (await readFile(values, 'utf8')).replace('Financement', 'Le financement'));
    const result = await runCliInProcess(root, ['build']);
    await chmod(path.join(root, 'output', 'fr'), 0o755);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cannot write: permission denied (EACCES)');
  });
});
