import { readFileSync } from 'node:fs';
import { decodeUtf8 } from '../store/decode-utf8.js';
import { TarjamaError } from '../util/tarjama-error.js';
import type { LocaleCatalog } from './locale-catalog.js';
import { emptyCatalog, readCatalog } from './read-catalog.js';

/** Reads one locale's catalog file; an absent file is an empty catalog. */
export async function loadCatalog(locale: string, file: string, relative: string): Promise<LocaleCatalog> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { locale, file: relative, catalog: emptyCatalog(), text: null };
    throw new TarjamaError(`cannot read the catalog: ${(error as Error).message}`, { file: relative });
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const catalog = { ...emptyCatalog(), exists: true, unreadable: true };
    catalog.problems.push({ kind: 'parse', key: null, position: { line: decoded.line, column: decoded.column }, message: 'not valid UTF-8 (save the file as UTF-8)' });
    return { locale, file: relative, catalog, text: null };
  }
  return { locale, file: relative, catalog: readCatalog(decoded.text), text: decoded.text };
}
