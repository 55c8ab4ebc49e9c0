import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyToTemp, repoRoot, runCliInProcess } from './helpers/run-cli.js';

/**
 * An export never writes over a translator's work: a file from an earlier export that holds a
 * translation the catalog lacks is refused (exit 2, the file named, nothing replaced) until it
 * is imported; after the import, the export goes through.
 */
describe.each([
  ['po', 'po/fr/court-report.po', 'msgstr "Chiffres"', 'msgstr "Les chiffres"'],
  ['xliff', 'xliff/fr/court-report.xlf', '>Chiffres</target>', '>Les chiffres</target>'],
])('%s export over an edited export', (format, file, exported, edited) => {
  it('refuses to replace it until it is imported, then exports again', async () => {
    const project = await copyToTemp(path.join(repoRoot, 'tests/fixtures/tools/rich'));
    const exportFr = () => runCliInProcess(project, [format, 'export', '--locale', 'fr']);
    expect((await exportFr()).code).toBe(0);
    const absolute = path.join(project, file);
    const text = await readFile(absolute, 'utf8');
    expect(text).toContain(exported);
    await writeFile(absolute, text.replace(exported, edited));

    const refused = await exportFr();
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${file}: holds 1 translation the catalog does not have yet (h-figures); import it first (tarjama ${format} import ${file})`);
    expect(await readFile(absolute, 'utf8')).toBe(text.replace(exported, edited));

    expect((await runCliInProcess(project, [format, 'import', file])).code).toBe(0);
    expect((await exportFr()).code).toBe(0);
    expect(await readFile(absolute, 'utf8')).toContain(edited);
  });
});
