import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasTool } from './helpers/debian-tool.js';
import { copyToTemp, repoRoot, runCliInProcess } from './helpers/run-cli.js';

const tools = hasTool('msgfmt') && hasTool('pofilter') && hasTool('po4a-gettextize', ['--version']) && hasTool('msgattrib');

function run(command: string, args: readonly string[], cwd: string): { code: number; out: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  return { code: result.status ?? -1, out: `${result.stdout}${result.stderr}` };
}

const catalog = async (project: string, locale: string, namespace: string): Promise<Record<string, string>> =>
  JSON.parse(await readFile(path.join(project, 'locales', locale, `${namespace}.json`), 'utf8')) as Record<string, string>;

describe.skipIf(!tools)('PO: the repository article and site strings', () => {
  let project: string;
  beforeAll(async () => {
    project = await copyToTemp(repoRoot, (file) => !/node_modules|\.git$|\/dist|\/output|\/tests/.test(file.slice(repoRoot.length)));
    for (const locale of ['fr', 'ar']) expect((await runCliInProcess(project, ['po', 'export', '--locale', locale])).code).toBe(0);
  });

  it('writes files msgfmt --check accepts, plurals with the locale’s gettext forms', async () => {
    for (const file of ['fr/common.po', 'ar/common.po', 'fr/morocco-online-child-exploitation.po', 'ar/morocco-online-child-exploitation.po']) {
      expect(run('msgfmt', ['--check', '--check-format', '-o', '/dev/null', path.join('po', file)], project)).toEqual({ code: 0, out: '' });
    }
    const ar = await readFile(path.join(project, 'po/ar/common.po'), 'utf8');
    expect(ar.replace(/"\n"/g, '')).toContain('Plural-Forms: nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);');
    expect(ar).toMatch(/msgctxt "reading-time"\nmsgid "\{\{count, number\}\} min read"\nmsgid_plural "\{\{count, number\}\} min read"\nmsgstr\[0\] "أقل من دقيقة للقراءة"\n(msgstr\[\d\] .*\n){5}/);
    const fr = await readFile(path.join(project, 'po/fr/common.po'), 'utf8');
    expect(fr).toContain('"Plural-Forms: nplurals=2; plural=(n > 1);\\n"');
    expect(fr).toMatch(/"Language: fr\\n"[\s\S]*"Content-Type: text\/plain; charset=utf-8\\n"/);
  });

  it('imports the files as exported without changing a byte', async () => {
    const before = await readFile(path.join(project, 'locales/fr/common.json'), 'utf8');
    const result = await runCliInProcess(project, ['po', 'import', 'po/fr/common.po', 'po/fr/morocco-online-child-exploitation.po']);
    expect(result.stdout).toContain('po/fr/common.po → locales/fr/common.json: 0 merged, 10 unchanged, 0 untranslated, 0 skipped (catalog unchanged)');
    expect(result.stdout).toContain('0 merged, 13 unchanged, 0 untranslated, 0 skipped (catalog unchanged)');
    expect(await readFile(path.join(project, 'locales/fr/common.json'), 'utf8')).toBe(before);
  });

  it('imports an Arabic plural form edited in the PO file into its own key, and nothing else', async () => {
    const file = path.join(project, 'po/ar/common.po');
    await writeFile(file, (await readFile(file, 'utf8')).replace('msgstr[2] "دقيقتان للقراءة"', 'msgstr[2] "دقيقتان اثنتان للقراءة"'));
    const before = await catalog(project, 'ar', 'common');
    const result = await runCliInProcess(project, ['po', 'import', 'po/ar/common.po']);
    expect(result.stdout).toContain('1 merged');
    expect(result.code).toBe(0);
    expect(await catalog(project, 'ar', 'common')).toEqual({ ...before, 'reading-time_two': 'دقيقتان اثنتان للقراءة' });
  });

  it('merges two files for the same catalog into it one after the other: the second keeps what the first merged', async () => {
    // A fresh export: the tests above changed the catalog after the first one.
    expect((await runCliInProcess(project, ['po', 'export', '--locale', 'ar', '--ns', 'common', '--out', 'batches'])).code).toBe(0);
    const po = await readFile(path.join(project, 'batches/ar/common.po'), 'utf8');
    // Two translators' batches of the same export, each a translation revised: the whole file,
    // and a file of the header and the entry its translator revised.
    const first = po.replace(/^msgstr\[2\] "[^"]*"$/m, 'msgstr[2] "دقيقتا قراءة"');
    const entries = po.split('\n\n');
    const shared = entries.find((entry) => entry.includes('msgctxt "share-this"')) as string;
    const second = [entries[0], shared.replace('msgstr "شارك المقال"', 'msgstr "شارك هذا المقال"')].join('\n\n');
    expect([first, second]).not.toContain(po);
    await writeFile(path.join(project, 'batches/ar/first.po'), first);
    await writeFile(path.join(project, 'batches/ar/second.po'), second);
    const before = await catalog(project, 'ar', 'common');
    const result = await runCliInProcess(project, ['po', 'import', 'batches/ar/first.po', 'batches/ar/second.po']);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const after = await catalog(project, 'ar', 'common');
    expect(after).toEqual({ ...before, 'reading-time_two': 'دقيقتا قراءة', 'share-this': 'شارك هذا المقال' });
  });

  it('never overwrites a translation put in the catalog after the export of an entry that was untranslated then', async () => {
    const file = path.join(project, 'locales/ar/common.json');
    const original = await readFile(file, 'utf8');
    const values = JSON.parse(original) as Record<string, string>;
    await writeFile(file, `${JSON.stringify({ ...values, 'share-this': '' }, null, 2)}\n`);
    expect((await runCliInProcess(project, ['po', 'export', '--locale', 'ar', '--ns', 'common', '--out', 'late'])).code).toBe(0);
    // A colleague translates it in the catalog; the PO file comes back with its own translation.
    await writeFile(file, `${JSON.stringify({ ...values, 'share-this': 'شارك' }, null, 2)}\n`);
    const po = path.join(project, 'late/ar/common.po');
    const text = await readFile(po, 'utf8');
    const translated = text.replace('msgctxt "share-this"\nmsgid "Share this"\nmsgstr ""', 'msgctxt "share-this"\nmsgid "Share this"\nmsgstr "انشر المقال"');
    expect(translated).not.toBe(text);
    await writeFile(po, translated);
    const result = await runCliInProcess(project, ['po', 'import', 'late/ar/common.po']);
    expect(result.stdout).toMatch(/skipped {2}share-this: line \d+: the catalog's translation changed after this file was exported \(now: "شارك"\)/);
    expect((await catalog(project, 'ar', 'common'))['share-this']).toBe('شارك');
    await writeFile(file, original);
  });

  it('migrates a po4a-gettextize PO file of the article into an empty catalog: every segment filled as it was', async () => {
    const file = path.join(project, 'locales/fr/morocco-online-child-exploitation.json');
    const original = await readFile(file, 'utf8');
    expect((await runCliInProcess(project, ['build'])).code).toBe(0);
    // The French edition as a newsroom had it before tarjama: without tarjama's footer line.
    const edition = await readFile(path.join(project, 'output/fr/morocco-online-child-exploitation.md'), 'utf8');
    await writeFile(path.join(project, 'fr.md'), edition.slice(0, edition.lastIndexOf('\n---\n') + 1));
    const gettextize = ['-f', 'text', '-o', 'markdown', '-o', 'yfm_keys=title,description,dateline', '-M', 'UTF-8', '-L', 'UTF-8', '-m', 'source/morocco-online-child-exploitation.md', '-l', 'fr.md', '-p', 'po4a.po'];
    expect(run('po4a-gettextize', gettextize, project).code).toBe(0);
    expect(run('msgattrib', ['--clear-fuzzy', '-o', 'fr.po', 'po4a.po'], project).code).toBe(0);
    await writeFile(file, '{}\n');
    const result = await runCliInProcess(project, ['po', 'migrate', '--locale', 'fr', 'fr.po']);
    expect(result.stdout).toContain('13 merged, 0 unchanged, 0 untranslated, 0 skipped');
    expect(result.code).toBe(0);
    expect(await catalog(project, 'fr', 'morocco-online-child-exploitation')).toEqual(JSON.parse(original));
  });
});

describe.skipIf(!tools)('PO: the rich fixture through msgfmt, pofilter, an edit and po4a', () => {
  let project: string;
  let original: Record<string, string>;
  beforeAll(async () => {
    project = await copyToTemp(path.join(repoRoot, 'tests/fixtures/tools/rich'));
    original = await catalog(project, 'fr', 'court-report');
    expect((await runCliInProcess(project, ['po', 'export', '--locale', 'fr'])).code).toBe(0);
  });

  it('passes msgfmt --check, and pofilter reads every entry (it flags only French spacing before ";")', async () => {
    expect(run('msgfmt', ['--check', '--check-format', '-o', '/dev/null', 'po/fr/court-report.po'], project)).toEqual({ code: 0, out: '' });
    expect(run('pofilter', ['--progress=none', '-i', 'po/fr/court-report.po', '-o', 'filtered.po'], project).code).toBe(0);
    const filtered = await readFile(path.join(project, 'filtered.po'), 'utf8');
    expect([...filtered.matchAll(/^# \(pofilter\) (\w+)/gm)].map((match) => match[1])).toEqual(['puncspacing']);
  });

  it('round-trips an edit, refuses a bad entry with its line and a changed source, keeps the rest', async () => {
    const file = path.join(project, 'po/fr/court-report.po');
    const text = (await readFile(file, 'utf8'))
      .replace('msgstr "Chiffres"', 'msgstr "Les chiffres"')
      .replace('msgid "Courts can now be reached by e-mail."', 'msgid "Courts can be reached by e-mail."')
      .replace('msgstr "Contexte"', 'msgstr "Le "contexte" broken"');
    await writeFile(file, text);
    const line = text.split('\n').findIndex((row) => row.includes('broken"')) + 1;
    const result = await runCliInProcess(project, ['po', 'import', 'po/fr/court-report.po']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`skipped  \\(unreadable entry\\): line ${line}: Invalid key name`));
    expect(result.stdout).toContain('li-courts-can-now-be-reached-by: line');
    expect(result.stdout).toContain('the source changed since this file was exported');
    expect(await catalog(project, 'fr', 'court-report')).toEqual({ ...original, 'h-figures': 'Les chiffres' });
  });

  it('marks an outdated translation fuzzy with the previous msgid, and does not import it while fuzzy', async () => {
    const source = path.join(project, 'source/court-report.md');
    await writeFile(source, (await readFile(source, 'utf8')).replace('funded in part', 'partly funded'));
    expect((await runCliInProcess(project, ['extract'])).code).toBe(0);
    expect((await runCliInProcess(project, ['po', 'export', '--locale', 'fr'])).code).toBe(0);
    const file = path.join(project, 'po/fr/court-report.po');
    const text = await readFile(file, 'utf8');
    expect(text).toContain('#, fuzzy\n#| msgid "The report was funded in part by the European Union[^1]."\nmsgctxt "p-the-report-was-funded-in-part"\nmsgid "The report was partly funded by the European Union[^1]."');
    expect(run('msgfmt', ['--check', '-o', '/dev/null', 'po/fr/court-report.po'], project).code).toBe(0);
    await writeFile(file, text.replace('msgstr "Le rapport a été financé en partie', 'msgstr "Le rapport a été partiellement financé'));
    const result = await runCliInProcess(project, ['po', 'import', 'po/fr/court-report.po']);
    expect(result.stdout).toContain('is marked fuzzy');
    expect((await catalog(project, 'fr', 'court-report'))['p-the-report-was-funded-in-part']).toBe(original['p-the-report-was-funded-in-part']);
  });

  it('migrates a po4a-gettextize PO file: every matching segment filled, the flattened table reported with its line, nothing overwritten', async () => {
    const fresh = await copyToTemp(path.join(repoRoot, 'tests/fixtures/tools/rich'));
    expect((await runCliInProcess(fresh, ['build'])).code).toBe(0);
    const gettextize = ['-f', 'text', '-o', 'markdown', '-o', 'yfm_keys=title,description', '-M', 'UTF-8', '-L', 'UTF-8', '-m', 'source/court-report.md', '-l', 'output/fr/court-report.md', '-p', 'po4a.po'];
    expect(run('po4a-gettextize', gettextize, fresh).code).toBe(0);
    // po4a-gettextize marks every entry fuzzy until a translator reviews it: the review, done.
    expect(run('msgattrib', ['--clear-fuzzy', '-o', 'reviewed.po', 'po4a.po'], fresh).code).toBe(0);
    // Markdown spelled otherwise than tarjama writes it still matches: _emphasis_ for *emphasis*.
    const po4a = (await readFile(path.join(fresh, 'reviewed.po'), 'utf8')).replace('*annual report*', '_annual report_');
    expect(po4a).toContain('_annual report_');
    await writeFile(path.join(fresh, 'fr.po'), po4a);
    const tableLine = po4a.split('\n').findIndex((row) => row.startsWith('"| Court'));
    await writeFile(path.join(fresh, 'locales/fr/court-report.json'), `${JSON.stringify({ 'h-figures': 'Les chiffres' }, null, 2)}\n`);
    const result = await runCliInProcess(fresh, ['po', 'migrate', '--locale', 'fr', 'fr.po']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`fr.po:${tableLine}  no segment has this source: "| Court | Cases handled |`);
    expect(result.stdout).toContain('h-figures: fr.po:');
    expect(result.stdout).toContain('the catalog already has a different translation, kept: "Les chiffres"');
    const migrated = await catalog(fresh, 'fr', 'court-report');
    const table = ['th-court', 'th-cases-handled', 'td-courts-of-first-instance', 'td-courts-of-appeal'];
    const expected = Object.fromEntries(Object.entries(original).filter(([key]) => !table.includes(key)));
    expect(migrated).toEqual({ ...expected, 'h-figures': 'Les chiffres' });
    // A file whose header names another language is refused before anything is written.
    await writeFile(path.join(fresh, 'ar.po'), po4a.replace('"Language: \\n"', '"Language: ar\\n"'));
    const wrong = await runCliInProcess(fresh, ['po', 'migrate', '--locale', 'fr', 'ar.po']);
    expect([wrong.code, wrong.stderr]).toEqual([2, 'tarjama: ar.po: the file is for language "ar", not fr; give --locale ar, or the fr PO file\n']);
  });
});
