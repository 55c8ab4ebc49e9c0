import { readFile } from 'node:fs/promises';
import { TarjamaError } from '../io/tarjama-error.js';
import type { LocaleCatalog } from './locale-catalog.js';
import { emptyCatalog, readCatalog } from './read-catalog.js';

/** Reads one locale's catalog file; an absent file is an empty catalog. */
export async function loadCatalog(locale: string, file: string, relative: string): Promise<LocaleCatalog> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { locale, file: relative, catalog: emptyCatalog(), text: null };
    throw new TarjamaError(`cannot read the catalog: ${(error as Error).message}`, { file: relative });
  }
  return { locale, file: relative, catalog: readCatalog(text), text };
}
