import { execFileSync, spawnSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { copyToTemp, repoRoot, runCliInProcess } from './helpers/run-cli.js';

/**
 * XLIFF round trips through the real CLI, on a copy of the html-preview fixture (links,
 * inline code, footnotes, site strings) and of the seed article.
 */
const schemas = path.join(repoRoot, 'tests', 'fixtures', 'xliff-schemas');
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
const fixture = path.join(repoRoot, 'tests', 'fixtures', 'cli', 'html-preview', 'project');

async function snapshot(project: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const locale of ['en', 'fr', 'ar']) {
    for (const name of await readdir(path.join(project, 'locales', locale))) files.set(`${locale}/${name}`, await readFile(path.join(project, 'locales', locale, name), 'utf8'));
  }
  return files;
}

describe('xliff export and import', () => {
  let project = '';
  beforeEach(async () => {
    project = await copyToTemp(fixture);
  });

  it('changes no byte of any catalog when the exported files come back unedited, in both versions', async () => {
    const before = await snapshot(project);
    for (const version of ['1.2', '2.0']) {
      for (const locale of ['fr', 'ar']) expect((await runCliInProcess(project, ['xliff', 'export', '--locale', locale, '--version', version, '--out', `x${version}`])).code).toBe(0);
      const imported = await runCliInProcess(project, ['xliff', 'import', ...['fr', 'ar'].flatMap((locale) => [`x${version}/${locale}/report.xlf`, `x${version}/${locale}/common.xlf`])]);
      expect(imported.code, imported.stdout + imported.stderr).toBe(0);
      expect(imported.stdout).toContain('x' + version + '/fr/report.xlf → locales/fr/report.json: 0 merged, 7 unchanged, 0 untranslated, 0 skipped (catalog unchanged)');
    }
    expect(await snapshot(project)).toEqual(before);
  });

  it('changes no byte of the seed article’s catalogs either', async () => {
    const seed = await copyToTemp(repoRoot, (file) => !/^(node_modules|\.git|dist|output|tests)([/\\]|$)/.test(path.relative(repoRoot, file)) || path.relative(repoRoot, file) === '');
    const before = await snapshot(seed);
    for (const version of ['1.2', '2.0']) {
      for (const locale of ['fr', 'ar']) expect((await runCliInProcess(seed, ['xliff', 'export', '--locale', locale, '--version', version, '--out', `x${version}`])).code).toBe(0);
      const files = ['fr', 'ar'].flatMap((locale) => [`x${version}/${locale}/morocco-online-child-exploitation.xlf`, `x${version}/${locale}/common.xlf`]);
      const imported = await runCliInProcess(seed, ['xliff', 'import', ...files]);
      expect(imported.code, imported.stdout).toBe(0);
      expect(imported.stdout).toContain(`x${version}/ar/morocco-online-child-exploitation.xlf → locales/ar/morocco-online-child-exploitation.json: 0 merged, 13 unchanged`);
    }
    expect(await snapshot(seed)).toEqual(before);
  });

  it('exports a unit per plural form of the target locale, the English forms in a note, and imports each form to its key', async () => {
    const seed = await copyToTemp(repoRoot, (file) => /^(|source|locales|tarjama\.config\.json)([/\\]|$)/.test(path.relative(repoRoot, file)));
    const arabic = JSON.parse(await readFile(path.join(seed, 'locales', 'ar', 'common.json'), 'utf8')) as Record<string, string>;
    const english = 'reading-time_one: "{{count, number}} min read"; reading-time_other: "{{count, number}} min read"';
    for (const [version, target] of [['1.2', '<target state="translated">'], ['2.0', '<target xml:space="preserve">']] as const) {
      expect((await runCliInProcess(seed, ['xliff', 'export', '--locale', 'ar', '--version', version, '--out', `x${version}`])).code).toBe(0);
      expect((await runCliInProcess(seed, ['xliff', 'export', '--locale', 'fr', '--version', version, '--out', `x${version}`])).code).toBe(0);
      const file = path.join(seed, `x${version}`, 'ar', 'common.xlf');
      const xliff = await readFile(file, 'utf8');
      expect([...xliff.matchAll(/id="(reading-time_\w+)"/g)].map((match) => match[1])).toEqual(['zero', 'one', 'two', 'few', 'many', 'other'].map((category) => `reading-time_${category}`));
      expect(xliff).toContain(`plural form "few" of reading-time; the source's plural forms: ${english}`);
      expect(xliff).toContain(`${target}${arabic['reading-time_few']}</target>`);
      expect([...(await readFile(path.join(seed, `x${version}`, 'fr', 'common.xlf'), 'utf8')).matchAll(/id="(reading-time_\w+)"/g)].map((match) => match[1])).toEqual(['reading-time_one', 'reading-time_many', 'reading-time_other']);
      const edited = `{{count, number}} دقائق قراءة ${version}`;
      await writeFile(file, xliff.replace(`${target}${arabic['reading-time_few']}</target>`, `${target}${edited}</target>`));
      const imported = await runCliInProcess(seed, ['xliff', 'import', `x${version}/ar/common.xlf`]);
      expect(imported.stdout).toContain('→ locales/ar/common.json: 1 merged, 13 unchanged, 0 untranslated, 0 skipped (catalog written)\n  merged   reading-time_few');
      const catalog = JSON.parse(await readFile(path.join(seed, 'locales', 'ar', 'common.json'), 'utf8')) as Record<string, string>;
      expect(catalog).toEqual({ ...arabic, 'reading-time_few': edited });
      arabic['reading-time_few'] = edited;
    }
  });

  it('puts a target edited in the CAT tool into the catalog as that exact string, and check passes', async () => {
    await runCliInProcess(project, ['xliff', 'export', '--locale', 'fr']);
    const file = path.join(project, 'xliff', 'fr', 'report.xlf');
    const xliff = await readFile(file, 'utf8');
    await writeFile(file, xliff.replace('<target state="translated">Contexte</target>', '<target state="translated">Arrière-plan</target>'));
    const result = await runCliInProcess(project, ['xliff', 'import', 'xliff/fr/report.xlf']);
    expect(result.stdout).toContain('  merged   h-background');
    expect(JSON.parse(await readFile(path.join(project, 'locales', 'fr', 'report.json'), 'utf8'))['h-background']).toBe('Arrière-plan');
    expect((await runCliInProcess(project, ['check'])).code).toBe(0);
  });

  it('merges two files for the same catalog into it one after the other: the second keeps what the first merged', async () => {
    await runCliInProcess(project, ['xliff', 'export', '--locale', 'fr']);
    const xliff = await readFile(path.join(project, 'xliff', 'fr', 'report.xlf'), 'utf8');
    // Two translators' batches of the same export, each a translation revised: the whole file,
    // and a file of only the unit its translator revised (a unit left as exported in the second
    // file, which the first revised, would be skipped: the catalog changed after the export).
    const first = xliff.replace('<target state="translated">Contexte</target>', '<target state="translated">Arrière-plan</target>');
    const second = xliff.replace(/(<trans-unit id="p-call-212-537-000-000-or"[^]*?<target[^>]*>)Appelez/, '$1Composez').replace(/\s*<trans-unit id="(?!p-call-)[^]*?<\/trans-unit>/g, '');
    expect([first, second]).not.toContain(xliff);
    await writeFile(path.join(project, 'first.xlf'), first);
    await writeFile(path.join(project, 'second.xlf'), second);
    const before = JSON.parse(await readFile(path.join(project, 'locales', 'fr', 'report.json'), 'utf8')) as Record<string, string>;
    const result = await runCliInProcess(project, ['xliff', 'import', 'first.xlf', 'second.xlf']);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('first.xlf → locales/fr/report.json: 1 merged');
    expect(result.stdout).toContain('second.xlf → locales/fr/report.json: 1 merged, 0 unchanged, 0 untranslated, 0 skipped (catalog written)');
    const after = JSON.parse(await readFile(path.join(project, 'locales', 'fr', 'report.json'), 'utf8')) as Record<string, string>;
    expect(after).toEqual({ ...before, 'h-background': 'Arrière-plan', 'p-call-212-537-000-000-or': (before['p-call-212-537-000-000-or'] as string).replace('Appelez', 'Composez') });
  });

  it('refuses a target whose protected inline element was deleted, and leaves the catalog as it was', async () => {
    await runCliInProcess(project, ['xliff', 'export', '--locale', 'fr', '--version', '2.0']);
    const file = path.join(project, 'xliff', 'fr', 'report.xlf');
    const before = await readFile(path.join(project, 'locales', 'fr', 'report.json'), 'utf8');
    const xliff = await readFile(file, 'utf8');
    const edited = xliff.replace(/(<target xml:space="preserve">Appelez le \+212 537 000 000 ou lancez )<ph [^>]*\/>/, '$1tarjama check');
    expect(edited).not.toBe(xliff);
    await writeFile(file, edited);
    const result = await runCliInProcess(project, ['xliff', 'import', 'xliff/fr/report.xlf']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('  skipped  p-call-212-537-000-000-or: refused by check: code: rejected: the translation lacks inline code `tarjama check`');
    expect(await readFile(path.join(project, 'locales', 'fr', 'report.json'), 'utf8')).toBe(before);
  });

  it('merges a file made for an older source unit by unit, skipping the units whose source changed', async () => {
    await runCliInProcess(project, ['xliff', 'export', '--locale', 'fr']);
    const file = path.join(project, 'xliff', 'fr', 'report.xlf');
    await writeFile(file, (await readFile(file, 'utf8')).replace('<target state="translated">Contexte</target>', '<target state="translated">Arrière-plan</target>').replace('<target state="translated">Chiffres</target>', '<target state="translated">Les chiffres</target>'));
    const source = path.join(project, 'source', 'report.md');
    await writeFile(source, (await readFile(source, 'utf8')).replace('## Figures', '## Key figures'));
    expect((await runCliInProcess(project, ['extract'])).code).toBe(0);
    const result = await runCliInProcess(project, ['xliff', 'import', 'xliff/fr/report.xlf']);
    expect(result.stdout).toContain('  merged   h-background');
    expect(result.stdout).toContain('  skipped  h-figures: the source changed since this file was exported; export again and translate the new text');
  });

  it.each(['1.2', '2.0'])('merges a file unit by unit when one target holds an element the format does not allow there (XLIFF %s)', async (version) => {
    await runCliInProcess(project, ['xliff', 'export', '--locale', 'fr', '--version', version]);
    const file = path.join(project, 'xliff', 'fr', 'report.xlf');
    const xliff = await readFile(file, 'utf8');
    const edited = xliff.replace(/(<target[^>]*>)Contexte(<\/target>)/, '$1<b>Contexte</b>$2').replace(/(<target[^>]*>)Chiffres(<\/target>)/, '$1Les chiffres$2');
    expect(edited.match(/<b>|Les chiffres/g)).toHaveLength(2);
    await writeFile(file, edited);
    const line = edited.slice(0, edited.indexOf('<b>')).split('\n').length;
    const result = await runCliInProcess(project, ['xliff', 'import', 'xliff/fr/report.xlf']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('  merged   h-figures');
    expect(result.stdout).toContain(`  skipped  h-background: refused: line ${line}: <b> without an id; keep the inline elements of the source, and write no others`);
    const catalog = JSON.parse(await readFile(path.join(project, 'locales', 'fr', 'report.json'), 'utf8')) as Record<string, string>;
    expect([catalog['h-background'], catalog['h-figures']]).toEqual(['Contexte', 'Les chiffres']);
  });

  it('never overwrites a translation changed in the catalog after the export', async () => {
    await runCliInProcess(project, ['xliff', 'export', '--locale', 'fr']);
    const catalog = path.join(project, 'locales', 'fr', 'report.json');
    await writeFile(catalog, (await readFile(catalog, 'utf8')).replace('"Contexte"', '"Le contexte"'));
    const file = path.join(project, 'xliff', 'fr', 'report.xlf');
    await writeFile(file, (await readFile(file, 'utf8')).replace('<target state="translated">Contexte</target>', '<target state="translated">Arrière-plan</target>'));
    const result = await runCliInProcess(project, ['xliff', 'import', 'xliff/fr/report.xlf']);
    expect(result.stdout).toContain('  skipped  h-background: the catalog\'s translation changed after this file was exported (now: "Le contexte")');
    expect(JSON.parse(await readFile(catalog, 'utf8'))['h-background']).toBe('Le contexte');
  });

  it('never overwrites a translation put in the catalog after the export of a unit that was untranslated then, in both versions', async () => {
    const catalog = path.join(project, 'locales', 'fr', 'report.json');
    const values = JSON.parse(await readFile(catalog, 'utf8')) as Record<string, string>;
    for (const version of ['1.2', '2.0']) {
      await writeFile(catalog, `${JSON.stringify({ ...values, 'h-background': '' }, null, 2)}\n`);
      expect((await runCliInProcess(project, ['xliff', 'export', '--locale', 'fr', '--version', version, '--out', `x${version}`])).code).toBe(0);
      // A colleague translates it in the catalog; the CAT tool's file comes back with its own translation.
      await writeFile(catalog, `${JSON.stringify({ ...values, 'h-background': 'Contexte général' }, null, 2)}\n`);
      const file = path.join(project, `x${version}`, 'fr', 'report.xlf');
      const xliff = await readFile(file, 'utf8');
      const translated = version === '1.2' ? xliff.replace(/(<trans-unit id="h-background"[^>]*>\s*<source>Background<\/source>)/, '$1<target state="translated">Arrière-plan</target>') : xliff.replace(/(<unit id="h-background"[^]*?<source xml:space="preserve">Background<\/source>)/, '$1<target xml:space="preserve">Arrière-plan</target>');
      expect(translated, version).not.toBe(xliff);
      await writeFile(file, translated);
      const result = await runCliInProcess(project, ['xliff', 'import', `x${version}/fr/report.xlf`]);
      expect(result.stdout, version).toContain('  skipped  h-background: the catalog\'s translation changed after this file was exported (now: "Contexte général")');
      expect((JSON.parse(await readFile(catalog, 'utf8')) as Record<string, string>)['h-background'], version).toBe('Contexte général');
    }
  });

  it('reports malformed XML with the file and line', async () => {
    await writeFile(path.join(project, 'bad.xlf'), '<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n<file>\n</xliff>\n');
    const result = await runCliInProcess(project, ['xliff', 'import', 'bad.xlf']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^tarjama: bad\.xlf:\d+: not well-formed XML/);
  });
});

describe.skipIf(!hasXmllint && process.env.TARJAMA_REQUIRE_XMLLINT !== '1')('exported files against the OASIS schemas (xmllint)', () => {
  it.each([
    ['1.2', 'xliff-core-1.2-strict.xsd'],
    ['2.0', 'xliff-core-2.0.xsd'],
  ])('XLIFF %s validates against %s, for the seed article and the fixture', async (version, schema) => {
    for (const source of [fixture, repoRoot]) {
      const project = await copyToTemp(source, (file) => !file.includes(`${path.sep}node_modules`) && !file.includes(`${path.sep}.git`) && !file.includes(`${path.sep}dist`));
      for (const locale of ['fr', 'ar']) expect((await runCliInProcess(project, ['xliff', 'export', '--locale', locale, '--version', version])).code).toBe(0);
      const files = ['fr', 'ar'].flatMap((locale) => [path.join(project, 'xliff', locale, 'common.xlf')]);
      for (const locale of ['fr', 'ar']) for (const name of await readdir(path.join(project, 'xliff', locale))) files.push(path.join(project, 'xliff', locale, name));
      const output = execFileSync('xmllint', ['--noout', '--schema', path.join(schemas, schema), ...new Set(files)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      expect(output).toBe('');
    }
  });
});
