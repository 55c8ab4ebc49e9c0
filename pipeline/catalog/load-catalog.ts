import type { ProjectGuard } from '../store/project-guard.js';
import { NotUtf8Error, readProjectFile, type ProjectFile } from '../store/read-project-file.js';
import type { LocaleCatalog } from './locale-catalog.js';
import { emptyCatalog, readCatalog } from './read-catalog.js';

/**
 * Loads one locale's catalog file through the run's guard (null outside a project: the
 * i18next-cli plugin's folder); an absent file is an empty catalog, and one that is not UTF-8
 * an unreadable catalog with that problem. The catalog's text keeps the file's byte-order
 * mark, so that an edit writes it back.
 */
export async function loadCatalog(locale: string, file: string, relative: string, guard: ProjectGuard | null): Promise<LocaleCatalog> {
  let read: ProjectFile;
  try {
    read = readProjectFile(file, relative, guard);
  } catch (error) {
    if (!(error instanceof NotUtf8Error)) throw error;
    const catalog = { ...emptyCatalog(), exists: true, unreadable: true };
    catalog.problems.push({ kind: 'parse', key: null, position: { line: error.line, column: error.column }, message: error.message });
    return { locale, file: relative, catalog, text: null };
  }
  if ('absent' in read) return { locale, file: relative, catalog: emptyCatalog(), text: null };
  return { locale, file: relative, catalog: readCatalog(read.text), text: `${read.bom}${read.text}` };
}
