import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../pipeline/commands/extract.js';
import { loadConfig } from '../pipeline/config/load-config.js';
import { diskOps, type FileOps } from '../pipeline/store/write-file-atomic.js';
import { copyToTemp, repoRoot, runCliInProcess } from './helpers/run-cli.js';

/**
 * An article's life through the real CLI: a hand edit of a generated file, deletion,
 * renaming (with and without an edit), re-wrapping, a deleted paragraph that comes back
 * after an intermediate edit, a lost state file, a reserved slug, and what a stopped run
 * leaves behind. Nothing a translator wrote is lost, and nothing wrong is reported current.
 */
const fixture = path.join(repoRoot, 'tests', 'fixtures', 'cli', 'complete', 'project');
let base = '';
const read = (root: string, file: string): Promise<string> => readFile(path.join(root, file), 'utf8');
const json = async (root: string, file: string): Promise<Record<string, string>> => JSON.parse(await read(root, file)) as Record<string, string>;
const write = async (root: string, file: string, content: string): Promise<void> => {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), content);
};
const rules = (stdout: string): string[] => (JSON.parse(stdout) as { findings: Array<{ rule: string }> }).findings.map((finding) => finding.rule);

beforeAll(async () => {
  base = await copyToTemp(fixture);
  await write(base, 'source/brief.md', '---\ntitle: Judges trained in Rabat\n---\n\nThe judges completed the course on Friday.\n');
  expect((await runCliInProcess(base, ['extract'])).code).toBe(0);
  await write(base, 'locales/fr/brief.json', `${JSON.stringify({ 'meta-title': 'Des juges formés à Rabat', 'p-the-judges-completed-the-course-on': 'Les juges ont achevé la formation vendredi.' }, null, 2)}\n`);
  await write(base, 'locales/ar/brief.json', `${JSON.stringify({ 'meta-title': 'تكوين قضاة في الرباط', 'p-the-judges-completed-the-course-on': 'أنهى القضاة الدورة يوم الجمعة.' }, null, 2)}\n`);
  expect((await runCliInProcess(base, ['build'])).code).toBe(0);
  expect((await runCliInProcess(base, ['check'])).code).toBe(0);
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('generated files are regenerated, never trusted', () => {
  it('reports a hand edit of the English catalog where it is, and extract undoes it without touching a translation', async () => {
    const root = await copyToTemp(base);
    const before = { en: await read(root, 'locales/en/article.json'), fr: await read(root, 'locales/fr/article.json'), state: await read(root, 'locales/.tarjama/state/article.json') };
    await write(root, 'locales/en/article.json', before.en.replace('"Training for *judges*"', '"Training for *magistrates*"'));
    const check = await runCliInProcess(root, ['check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('locales/en/article.json:4:3  error    stale  "h-training-for-judges" was edited by hand, but locales/en/article.json is generated from source/article.md: edit the source (line 6) instead');
    const run = await runCliInProcess(root, ['extract']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('undid a hand edit of locales/en/article.json, which is generated (edit the source instead): h-training-for-judges');
    expect(await read(root, 'locales/en/article.json')).toBe(before.en);
    expect(await read(root, 'locales/fr/article.json')).toBe(before.fr);
    expect(await read(root, 'locales/.tarjama/state/article.json')).toBe(before.state);
    expect((await runCliInProcess(root, ['check'])).code).toBe(0);
  });

  it('makes every translation of an article unverified, never silently current, when its state file is deleted or edited', async () => {
    const root = await copyToTemp(base);
    // An outdated French and Arabic translation first.
    await write(root, 'source/brief.md', (await read(root, 'source/brief.md')).replace('on Friday', 'on Saturday'));
    expect((await runCliInProcess(root, ['extract'])).code).toBe(0);
    expect(rules((await runCliInProcess(root, ['check', '--format', 'json'])).stdout).sort()).toEqual(['outdated', 'outdated']);

    await rm(path.join(root, 'locales/.tarjama/state/brief.json'));
    const lost = await runCliInProcess(root, ['check', '--format', 'json']);
    expect(lost.code).toBe(1);
    const findings = (JSON.parse(lost.stdout) as { findings: Array<{ rule: string; key: string; locale: string; message: string }> }).findings;
    expect(findings.map((finding) => `${finding.locale} ${finding.rule} ${finding.key}`).sort()).toEqual([
      'ar unverified meta-title',
      'ar unverified p-the-judges-completed-the-course-on',
      'fr unverified meta-title',
      'fr unverified p-the-judges-completed-the-course-on',
    ]);
    expect(findings[0]?.message).toContain('locales/.tarjama/state/brief.json is missing');
    // extract writes a state again, in which those translations wait for review.
    expect((await runCliInProcess(root, ['extract'])).stdout).toContain('fr  unverified (the state was lost or edited), to review: meta-title, p-the-judges-completed-the-course-on');
    expect(rules((await runCliInProcess(root, ['check', '--format', 'json'])).stdout)).toEqual(['unverified', 'unverified', 'unverified', 'unverified']);
    expect((await runCliInProcess(root, ['confirm', '--locale', 'fr'])).code).toBe(0);
    expect((await runCliInProcess(root, ['confirm', '--locale', 'ar'])).code).toBe(0);
    expect((await runCliInProcess(root, ['check'])).code).toBe(0);

    // A state file edited by hand (an outdated entry deleted) is noticed the same way.
    await write(root, 'source/brief.md', (await read(root, 'source/brief.md')).replace('on Saturday', 'on Sunday'));
    expect((await runCliInProcess(root, ['extract'])).code).toBe(0);
    const state = JSON.parse(await read(root, 'locales/.tarjama/state/brief.json')) as { locales: Record<string, unknown> };
    delete state.locales.fr;
    await write(root, 'locales/.tarjama/state/brief.json', `${JSON.stringify(state, null, 2)}\n`);
    const edited = await runCliInProcess(root, ['check', '--format', 'json']);
    // The French lost its entries: both translations unverified, the outdated one included; the Arabic keeps its flag.
    expect(rules(edited.stdout).sort()).toEqual(['outdated', 'unverified', 'unverified', 'unverified']);
    expect(edited.stdout).toContain('locales/.tarjama/state/brief.json was edited by hand (its seal does not match its content)');
  });
});

describe('article lifecycle', () => {
  it('archives every translation of a deleted article, removes its editions, and restores them all when it comes back', async () => {
    const root = await copyToTemp(base);
    const source = await read(root, 'source/article.md');
    const fr = await json(root, 'locales/fr/article.json');
    const ar = await json(root, 'locales/ar/article.json');
    await rm(path.join(root, 'source/article.md'));
    const orphaned = await runCliInProcess(root, ['check']);
    expect(orphaned.code).toBe(1);
    expect(orphaned.stdout).toContain('locales/fr/article.json:1:1  error    orphan  no article source/article.md for this file (deleted or renamed)');
    expect(orphaned.stdout).toContain('output/fr/article.md:1:1  error    orphan  no article source/article.md for this edition (deleted or renamed); run `tarjama build`, which removes it');

    const removed = await runCliInProcess(root, ['extract']);
    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain('article: its source is gone; translations moved to the archive (fr 12, ar 12), its catalogs and state removed');
    for (const file of ['locales/en/article.json', 'locales/fr/article.json', 'locales/ar/article.json', 'locales/.tarjama/state/article.json']) expect(existsSync(path.join(root, file)), file).toBe(false);
    const archive = JSON.parse(await read(root, 'locales/.tarjama/archive/fr.json')) as { entries: Array<{ namespace: string; key: string; translation: string }> };
    expect(Object.fromEntries(archive.entries.map((entry) => [entry.key, entry.translation]))).toEqual(fr);

    // A page written before the preview's doctype was upper case is recognised as tarjama's too.
    const page = await read(root, 'output/fr/article.html');
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    await write(root, 'output/fr/article.html', page.replace('<!DOCTYPE html>', '<!doctype html>'));
    const built = await runCliInProcess(root, ['build']);
    expect(built.code).toBe(0);
    for (const locale of ['en', 'fr', 'ar']) {
      for (const kind of ['md', 'html']) {
        expect(built.stdout).toContain(`removed    output/${locale}/article.${kind}  (its article is gone)`);
        expect(existsSync(path.join(root, `output/${locale}/article.${kind}`))).toBe(false);
      }
    }
    expect(existsSync(path.join(root, 'output/fr/brief.md'))).toBe(true);
    const clean = await runCliInProcess(root, ['check', '--format', 'json']);
    expect(clean.code).toBe(0);
    expect(rules(clean.stdout)).toEqual([]);

    await write(root, 'source/article.md', source);
    const back = await runCliInProcess(root, ['extract']);
    expect(back.stdout).toContain('fr  restored from the archive: meta-title');
    expect(await json(root, 'locales/fr/article.json')).toEqual(fr);
    expect(await json(root, 'locales/ar/article.json')).toEqual(ar);
    expect(existsSync(path.join(root, 'locales/.tarjama/archive/fr.json'))).toBe(false);
    expect((await runCliInProcess(root, ['check'])).code).toBe(0);
  });

  it('carries keys, translations and state to the new name of a renamed article, and removes the old editions', async () => {
    const root = await copyToTemp(base);
    const fr = await read(root, 'locales/fr/article.json');
    const ar = await read(root, 'locales/ar/article.json');
    await rename(path.join(root, 'source/article.md'), path.join(root, 'source/training.md'));
    const run = await runCliInProcess(root, ['extract']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('renamed from article: its keys, translations and state moved here');
    expect(await read(root, 'locales/fr/training.json')).toBe(fr);
    expect(await read(root, 'locales/ar/training.json')).toBe(ar);
    for (const file of ['locales/en/article.json', 'locales/fr/article.json', 'locales/.tarjama/state/article.json']) expect(existsSync(path.join(root, file)), file).toBe(false);
    expect(existsSync(path.join(root, 'locales/.tarjama/state/training.json'))).toBe(true);
    expect(existsSync(path.join(root, 'locales/.tarjama/archive/fr.json'))).toBe(false);
    const built = await runCliInProcess(root, ['build']);
    expect(built.stdout).toContain('removed    output/fr/article.md  (its article is gone)');
    expect(built.stdout).toContain('written    output/fr/training.md');
    const check = await runCliInProcess(root, ['check', '--format', 'json']);
    expect(check.code).toBe(0);
    expect(rules(check.stdout)).toEqual([]);
  });

  it('carries a renamed and edited article too: only the edited paragraph is outdated', async () => {
    const root = await copyToTemp(base);
    const source = await read(root, 'source/article.md');
    await rm(path.join(root, 'source/article.md'));
    await write(root, 'source/judges-training.md', source.replace('programme for <abbr>ISM</abbr> judges', 'programme for <abbr>ISM</abbr> magistrates'));
    expect((await runCliInProcess(root, ['extract'])).stdout).toContain('renamed from article');
    const built = await runCliInProcess(root, ['build']);
    expect(built.code).toBe(1);
    expect(built.stdout).toContain('removed    output/en/article.md');
    const check = await runCliInProcess(root, ['check', '--format', 'json']);
    expect(check.code).toBe(1);
    const findings = (JSON.parse(check.stdout) as { findings: Array<{ rule: string; key: string; diff?: string }> }).findings;
    expect(findings.map((finding) => `${finding.rule} ${finding.key}`)).toEqual(['outdated p-the-council-of-europe-funds-the', 'outdated p-the-council-of-europe-funds-the']);
    expect(findings[0]?.diff).toContain('<abbr>ISM</abbr> [-judges-]{+magistrates+}.');
  });

  it('refuses an article named after the site strings, and writes nothing', async () => {
    const root = await copyToTemp(base);
    await write(root, 'source/common.md', '# Common\n\nA paragraph.\n');
    const refused = await runCliInProcess(root, ['extract']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      'tarjama: source/common.md: "common" is the name of a namespace of site strings (locales/en/common.json, written by hand, shown by every edition); an article cannot take it: rename the article (git mv source/common.md source/common-article.md)\n',
    );
    expect(existsSync(path.join(root, 'locales/en/common.json'))).toBe(false);
    await rm(path.join(root, 'source/common.md'));
    // Nor a slug whose source-locale catalog holds strings written by hand.
    await write(root, 'locales/en/navigation.json', '{ "home": "Home", "search": "Search" }\n');
    await write(root, 'source/navigation.md', '# Navigation\n\nHow to find your way.\n');
    expect((await runCliInProcess(root, ['check'])).stderr).toContain('"navigation" is the name of a namespace of site strings (locales/en/navigation.json, written by hand)');
    expect(await read(root, 'locales/en/navigation.json')).toBe('{ "home": "Home", "search": "Search" }\n');
  });
});

describe('formatting is not a change', () => {
  it('keeps every translation current through re-wrapping, another list marker and another emphasis delimiter; a changed word is outdated with a word diff', async () => {
    const root = await copyToTemp(base);
    const source = await read(root, 'source/article.md');
    const reformatted = source
      .replace('funds the `CyberSouth` programme for', 'funds the `CyberSouth`\nprogramme  for')
      .replace('# Training for *judges*', '# Training for _judges_')
      .replace('- Trainees run', '* Trainees run')
      .replace('- Then they read', '* Then they read')
      .replace('the **guide**', 'the __guide__');
    expect(reformatted).not.toBe(source);
    await write(root, 'source/article.md', reformatted);
    const run = await runCliInProcess(root, ['extract']);
    expect(run.stdout).toContain('2 articles with no segment changed\nwritten    locales/en/article.json\n');
    expect(run.stdout).not.toContain('outdated');
    expect((await runCliInProcess(root, ['check'])).code).toBe(0);

    await write(root, 'source/article.md', reformatted.replace('Then they read', 'Then they study'));
    await runCliInProcess(root, ['extract']);
    const check = await runCliInProcess(root, ['check', '--format', 'json']);
    const diffs = (JSON.parse(check.stdout) as { findings: Array<{ rule: string; diff?: string }> }).findings.map((finding) => `${finding.rule} ${finding.diff}`);
    expect(diffs).toEqual(['outdated Then they [-read-]{+study+} the **guide**.', 'outdated Then they [-read-]{+study+} the **guide**.']);
  });
});

describe('the archive', () => {
  it('restores a translation whenever its exact text comes back, whatever happened in between', async () => {
    const root = await copyToTemp(base);
    const source = await read(root, 'source/article.md');
    const fr = await json(root, 'locales/fr/article.json');
    await write(root, 'source/article.md', source.replace('- Then they read the **guide**.\n', ''));
    expect((await runCliInProcess(root, ['extract'])).stdout).toContain('fr  archived: li-then-they-read-the-guide');
    await write(root, 'source/article.md', source.replace('the **guide**', 'the **manual**'));
    await runCliInProcess(root, ['extract']);
    expect(rules((await runCliInProcess(root, ['check', '--format', 'json'])).stdout)).toEqual(['missing', 'missing']);
    await write(root, 'source/article.md', source);
    // The segment kept the key it got in between; the translation of its text comes back under it.
    expect((await runCliInProcess(root, ['extract'])).stdout).toContain('fr  restored from the archive: li-then-they-read-the-manual');
    expect(Object.values(await json(root, 'locales/fr/article.json'))).toEqual(Object.values(fr));
    expect((await runCliInProcess(root, ['check'])).code).toBe(0);
  });
});

describe('what a stopped run leaves behind', () => {
  it('is completed by the next run: check refuses to report half an extract, extract completes it and says so', async () => {
    const root = await copyToTemp(base);
    const reference = await copyToTemp(base);
    const edit = async (project: string): Promise<void> => write(project, 'source/article.md', (await read(project, 'source/article.md')).replace('- Then they read the **guide**.\n', '').replace('judges.', 'magistrates.'));
    await edit(root);
    await edit(reference);
    await runCliInProcess(reference, ['extract']);
    // Stopped after the journal and one file: the others still hold their old content.
    let operations = 0;
    const stopping: FileOps = { ...diskOps, rename: (from, to) => { operations += 1; if (operations === 3) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }); diskOps.rename(from, to); } };
    await expect(extract(root, await loadConfig(root), { ops: stopping })).rejects.toThrow(/The run's other changes are kept in locales\/.tarjama\/journal.json: fix the cause, then run tarjama again/);
    const check = await runCliInProcess(root, ['check']);
    expect(check.code).toBe(2);
    expect(check.stderr).toBe('tarjama: locales/.tarjama/journal.json: a "extract" was stopped before it finished writing; run `tarjama extract` (or any command that writes) to complete it, then check again\n');
    await write(root, 'locales/fr/.article.json.0123456789ab.tmp', '{"half": "writ');
    const run = await runCliInProcess(root, ['extract']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^tarjama: completed the "extract" that was stopped before it finished \(\d+ files\)\ntarjama: removed 1 temporary file left by a stopped run\n$/);
    for (const file of ['locales/en/article.json', 'locales/fr/article.json', 'locales/ar/article.json', 'locales/.tarjama/state/article.json', 'locales/.tarjama/archive/fr.json']) {
      expect(await read(root, file), file).toBe(await read(reference, file));
    }
    expect(existsSync(path.join(root, 'locales/.tarjama/journal.json'))).toBe(false);
    expect(existsSync(path.join(root, 'locales/fr/.article.json.0123456789ab.tmp'))).toBe(false);
  });

  it('removes the temporary files of a run killed with its lock held; after a run that ended, it does not look for any', async () => {
    const root = await copyToTemp(base);
    expect((await runCliInProcess(root, ['build'])).code).toBe(0);
    const temporary = 'output/fr/.article.md.0123456789ab.tmp';
    await write(root, temporary, '---\nlang: fr\n');
    // No lock and no journal: the last run ended, and every run that ends removes its own.
    const ended = await runCliInProcess(root, ['build']);
    expect(ended.code).toBe(0);
    expect(ended.stderr).toBe('');
    expect(existsSync(path.join(root, temporary))).toBe(true);
    // A lock whose process is gone: that run was killed, perhaps between a write and its rename.
    await write(root, 'locales/.tarjama/lock', '2147483646 build\n');
    const after = await runCliInProcess(root, ['build']);
    expect(after.code).toBe(0);
    expect(after.stderr).toBe('tarjama: removed 1 temporary file left by a stopped run\n');
    expect(existsSync(path.join(root, temporary))).toBe(false);
    expect(existsSync(path.join(root, 'locales/.tarjama/lock'))).toBe(false);
  });

  it('does not overwrite a file changed by hand after the stop: it says which, and what to do', async () => {
    const root = await copyToTemp(base);
    await write(root, 'source/article.md', (await read(root, 'source/article.md')).replace('- Then they read the **guide**.\n', ''));
    let operations = 0;
    const stopping: FileOps = { ...diskOps, rename: (from, to) => { operations += 1; if (operations === 2) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }); diskOps.rename(from, to); } };
    await expect(extract(root, await loadConfig(root), { ops: stopping })).rejects.toThrow(/ENOSPC/);
    const translator = `${(await read(root, 'locales/ar/article.json')).trimEnd().slice(0, -1)},\n  "note": "mine"\n}\n`;
    await write(root, 'locales/ar/article.json', translator);
    const run = await runCliInProcess(root, ['extract']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('a "extract" run was stopped before it finished, and locales/ar/article.json was changed since; completing that run would overwrite the change.');
    expect(await read(root, 'locales/ar/article.json')).toBe(translator);
  });

  it('says clearly when the lock cannot be made', async () => {
    const root = await copyToTemp(base);
    await rm(path.join(root, 'locales/.tarjama'), { recursive: true, force: true });
    await write(root, 'locales/.tarjama', 'not a folder');
    const run = await runCliInProcess(root, ['extract']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^tarjama: locales\/.tarjama\/lock: cannot create the lock file: (a file stands where a folder should be \(ENOTDIR\)|.*\(EEXIST\)); tarjama keeps its lock, state and archive in locales\/.tarjama, which must be writable \(and the disk not full\)\n$/);
  });
});
