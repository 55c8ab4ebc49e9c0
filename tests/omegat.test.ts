import { execFile, execFileSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasTool } from './helpers/debian-tool.js';
import { copyToTemp, repoRoot, runCliInProcess, type CliResult } from './helpers/run-cli.js';

/**
 * The OmegaT round trip with Debian's OmegaT 3.6 in console mode: `xliff export --for omegat`
 * on the repository's content and on the rich fixture, one OmegaT project per locale holding
 * both (OmegaT runs twice, side by side), `--mode=console-translate` (what "Create Translated
 * Documents" does: every segment its translation from the project's memories, or its source
 * when it has none), then `xliff import` of OmegaT's files.
 *
 * In the rich fixture before the export: the paragraph with bold, italic and links is
 * untranslated in French (a translator's own memory, in OmegaT's `tm/auto/`, translates it, as a
 * translator would in OmegaT), the "Figures" heading untranslated in French and Arabic, and one
 * paragraph's source edited (outdated in both).
 */
const run = promisify(execFile);
const rich = path.join(repoRoot, 'tests', 'fixtures', 'tools', 'rich');
const schema = path.join(repoRoot, 'tests', 'fixtures', 'xliff-schemas', 'xliff-core-1.2-strict.xsd');
const locales = ['fr', 'ar'] as const;
const council = 'p-the-council-presented-the-report-at';
const courts = 'p-moroccan-courts-handled-25-more-cases';

/** A translator's own memory: the courts paragraph as OmegaT shows it, its tags as shortcuts. */
const translatorMemory = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="test" creationtoolversion="1" segtype="paragraph" o-tmf="test" adminlang="en" srclang="en" datatype="plaintext"/>
  <body>
    <tu>
      <tuv xml:lang="en"><seg>Moroccan courts handled &lt;g0&gt;25% more cases&lt;/g0&gt; in 2024 than a year earlier, according to the &lt;g1&gt;annual report&lt;/g1&gt; of the &lt;g2&gt;Supreme Council of the Judicial Power&lt;/g2&gt;, published on Tuesday in Rabat; see &lt;g3&gt;the background&lt;/g3&gt; first.</seg></tuv>
      <tuv xml:lang="fr"><seg>Voir d’abord &lt;g3&gt;le contexte&lt;/g3&gt; : selon le &lt;g1&gt;rapport annuel&lt;/g1&gt; du &lt;g2&gt;Conseil supérieur du pouvoir judiciaire&lt;/g2&gt;, les juridictions marocaines ont traité &lt;g0&gt;25 % d’affaires de plus&lt;/g0&gt; en 2024.</seg></tuv>
    </tu>
  </body>
</tmx>
`;

async function catalog(project: string, locale: string, namespace: string): Promise<Record<string, string>> {
  return JSON.parse(await readFile(path.join(project, 'locales', locale, `${namespace}.json`), 'utf8')) as Record<string, string>;
}

async function without(project: string, locale: string, keys: readonly string[]): Promise<void> {
  const file = path.join(project, 'locales', locale, 'court-report.json');
  const values = await catalog(project, locale, 'court-report');
  for (const key of keys) delete values[key];
  await writeFile(file, `${JSON.stringify(values, null, 2)}\n`);
}

/** Each `<trans-unit>`'s target in a file OmegaT wrote, by id. */
function targets(xliff: string): Map<string, string> {
  return new Map([...xliff.matchAll(/<trans-unit id="([^"]+)"[^>]*>[\s\S]*?<target[^>]*>([\s\S]*?)<\/target>/g)].map((match) => [match[1] as string, match[2] as string]));
}

describe.skipIf(!hasTool('omegat', ['--help']))('OmegaT 3.6 round trip (console-translate)', () => {
  let repo = '';
  let fixture = '';
  const before = new Map<string, Record<string, string>>();
  const imported = new Map<string, CliResult>();
  const exported = new Map<string, CliResult>();

  beforeAll(async () => {
    repo = await copyToTemp(repoRoot, (file) => /^(|source|locales|tarjama\.config\.json)([/\\]|$)/.test(path.relative(repoRoot, file)));
    fixture = await copyToTemp(rich);
    await without(fixture, 'fr', [courts, 'h-figures']);
    await without(fixture, 'ar', ['h-figures']);
    const source = path.join(fixture, 'source', 'court-report.md');
    await writeFile(source, (await readFile(source, 'utf8')).replace('press conference', 'news conference'));
    expect((await runCliInProcess(fixture, ['extract'])).code).toBe(0);
    for (const project of [repo, fixture]) {
      for (const locale of locales) {
        for (const name of await readdir(path.join(project, 'locales', locale))) before.set(`${project}:${locale}/${name}`, await catalog(project, locale, name.replace(/\.json$/, '')));
        exported.set(`${project}:${locale}`, await runCliInProcess(project, ['xliff', 'export', '--locale', locale, '--for', 'omegat']));
      }
    }
    // One OmegaT project per locale for both sites, as a translator with two clients keeps one.
    for (const locale of locales) {
      const omegat = path.join(repo, 'omegat', locale);
      await cp(path.join(fixture, 'omegat', locale, 'source', 'court-report.xlf'), path.join(omegat, 'source', 'court-report.xlf'));
      await cp(path.join(fixture, 'omegat', locale, 'tm', 'auto', `tarjama-${locale}.tmx`), path.join(omegat, 'tm', 'auto', 'rich.tmx'));
      await cp(path.join(fixture, 'omegat', locale, 'tm', `tarjama-${locale}-review.tmx`), path.join(omegat, 'tm', 'rich-review.tmx'));
    }
    await writeFile(path.join(repo, 'omegat', 'fr', 'tm', 'auto', 'translator.tmx'), translatorMemory);
    await Promise.all(
      locales.map(async (locale) => {
        const config = await mkdtemp(path.join(tmpdir(), 'omegat-config-'));
        // A run of a few seconds: the JVM's quick compiler alone and one collector thread, the
        // flags for short-lived programs: this file took 10.7–11.0 s of CPU with them, 11.7–12.2 s without.
        const env = { ...process.env, JAVA_TOOL_OPTIONS: '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC' };
        await run('omegat', [path.join(repo, 'omegat', locale), '--mode=console-translate', `--config-dir=${config}`, '--disable-project-locking', '--no-team', '--quiet'], { timeout: 170_000, env });
      }),
    );
    for (const locale of locales) {
      const target = path.join(repo, 'omegat', locale, 'target');
      imported.set(`${repo}:${locale}`, await runCliInProcess(repo, ['xliff', 'import', path.join(target, 'morocco-online-child-exploitation.xlf'), path.join(target, 'common.xlf')]));
      imported.set(`${fixture}:${locale}`, await runCliInProcess(fixture, ['xliff', 'import', path.join(target, 'court-report.xlf')]));
    }
  }, 180_000);

  it('writes an OmegaT project: the XLIFF, the project and filter settings, the memories that fill and offer translations', () => {
    const report = exported.get(`${fixture}:fr`);
    expect(report?.code).toBe(0);
    expect(report?.stdout).toBe(
      [
        'written    omegat/fr/source/court-report.xlf  (17 units, XLIFF 1.2)',
        'written    omegat/fr/omegat.project',
        'written    omegat/fr/omegat/filters.xml',
        'written    omegat/fr/tm/auto/tarjama-fr.tmx  (14 translations)',
        'written    omegat/fr/tm/tarjama-fr-review.tmx  (1 translation)',
        'Open omegat/fr in OmegaT (Project › Open): the current translations are filled in, the outdated ones offered as matches.',
        'Translate, create the translated documents (Project › Create Translated Documents), then: tarjama xliff import omegat/fr/target/*.xlf',
        '',
      ].join('\n'),
    );
  });

  it('gets the English as the source of every unit: OmegaT writes the current translations, the English where it has none', async () => {
    const french = targets(await readFile(path.join(repo, 'omegat', 'fr', 'target', 'court-report.xlf'), 'utf8'));
    expect(french.size).toBe(17);
    expect(french.get('h-figures')).toBe('Figures');
    expect(french.get(council)).toContain('news conference');
    expect(french.get('th-court')).toBe('Juridiction');
    expect(french.get('p-the-report-was-funded-in-part')).toBe('Le rapport a été financé en partie par l’Union européenne<x id="1" ctype="x-footnote" equiv-text="[^1]"/>.');
    expect(french.get('p-the-court-of-cassation-in-rabat')).toBe('<g id="1" ctype="x-image">La Cour de cassation à Rabat</g>');
    const arabic = targets(await readFile(path.join(repo, 'omegat', 'ar', 'target', 'common.xlf'), 'utf8'));
    const common = await catalog(repo, 'ar', 'common');
    // Arabic's six plural forms, five of them with the same English, keep their own translations (x-ice, by key).
    const forms = ['zero', 'one', 'two', 'few', 'many', 'other'].map((category) => `reading-time_${category}`);
    for (const key of forms) expect(arabic.get(key)).toBe(common[key]);
    expect(new Set(forms.map((key) => arabic.get(key))).size).toBe(5);
  });

  it('imports the repository’s content back unchanged, in both locales', async () => {
    for (const locale of locales) {
      const result = imported.get(`${repo}:${locale}`);
      expect(result?.code, result?.stdout).toBe(0);
      expect(result?.stdout).toContain(`→ locales/${locale}/morocco-online-child-exploitation.json: 0 merged, 13 unchanged, 0 untranslated, 0 skipped (catalog unchanged)`);
      // A unit per plural form of the locale: French one, many, other; Arabic all six.
      expect(result?.stdout).toContain(`→ locales/${locale}/common.json: 0 merged, ${locale === 'ar' ? 14 : 11} unchanged, 0 untranslated, 0 skipped (catalog unchanged)`);
      for (const namespace of ['morocco-online-child-exploitation', 'common']) expect(await catalog(repo, locale, namespace)).toEqual(before.get(`${repo}:${locale}/${namespace}.json`));
    }
  });

  it('merges the new translation with its tags intact, and imports no English: untranslated and outdated units stay as they were', async () => {
    const result = imported.get(`${fixture}:fr`);
    expect(result?.code, result?.stdout).toBe(0);
    expect(result?.stdout).toMatch(new RegExp(`/omegat/fr/target/court-report\\.xlf → locales/fr/court-report\\.json: 1 merged, 14 unchanged, 2 untranslated, 0 skipped \\(catalog written\\)\n  merged   ${courts}\n$`));
    const french = await catalog(fixture, 'fr', 'court-report');
    expect(french[courts]).toBe('Voir d’abord [le contexte][2] : selon le *rapport annuel* du [Conseil supérieur du pouvoir judiciaire][1], les juridictions marocaines ont traité **25 % d’affaires de plus** en 2024.');
    // Every other key as it was: the untranslated heading still empty (extract wrote it so), not "Figures".
    expect(french).toEqual({ ...before.get(`${fixture}:fr/court-report.json`), [courts]: french[courts] });
    expect(french['h-figures']).toBe('');
    expect(french[council]).toContain('conférence de presse');
    const arabic = imported.get(`${fixture}:ar`);
    expect(arabic?.stdout).toContain('→ locales/ar/court-report.json: 0 merged, 15 unchanged, 2 untranslated, 0 skipped (catalog unchanged)');
    expect(await catalog(fixture, 'ar', 'court-report')).toEqual(before.get(`${fixture}:ar/court-report.json`));
  });

  it.skipIf(!hasTool('xmllint'))('passes the OASIS XLIFF 1.2 schema, as exported and as OmegaT writes it back', async () => {
    const files = locales.flatMap((locale) => ['source', 'target'].flatMap((folder) => ['court-report', 'common', 'morocco-online-child-exploitation'].map((namespace) => path.join(repo, 'omegat', locale, folder, `${namespace}.xlf`))));
    expect(execFileSync('xmllint', ['--noout', '--schema', schema, ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })).toBe('');
  });

  it('keeps the translator’s project settings on the next export, and refuses XLIFF 2.0 for OmegaT', async () => {
    const again = await runCliInProcess(fixture, ['xliff', 'export', '--locale', 'fr', '--for', 'omegat']);
    expect(again.stdout).toContain('kept       omegat/fr/omegat.project\nkept       omegat/fr/omegat/filters.xml\n');
    const refused = await runCliInProcess(fixture, ['xliff', 'export', '--locale', 'fr', '--for', 'omegat', '--version', '2.0']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('tarjama: OmegaT 3.6 reads XLIFF 1.2 only: leave out --version, or give --version 1.2\n');
  });
});
