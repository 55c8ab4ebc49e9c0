import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from './run-cli.js';

/** Gives a generated corpus (en, fr, ar) this repository's site strings, which every edition shows. */
export async function writeSiteStrings(root: string): Promise<void> {
  for (const locale of ['en', 'fr', 'ar']) {
    const strings = await readFile(path.join(repoRoot, 'locales', locale, 'common.json'), 'utf8');
    // This repository's glossary keeps "Notes" in French; a generated corpus has none.
    await writeFile(path.join(root, 'locales', locale, 'common.json'), locale === 'fr' ? strings.replace('"footnotes": "Notes",', '"footnotes": "Renvois",') : strings);
  }
}
