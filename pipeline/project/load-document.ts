import { readFileSync } from 'node:fs';
import { loadCatalog } from '../catalog/load-catalog.js';
import type { LocaleCatalog } from '../catalog/locale-catalog.js';
import type { Config } from '../config/config.js';
import { readSource, type SourceDocument } from '../extract/read-source.js';
import { readStrings } from '../extract/read-strings.js';
import { decodeUtf8 } from '../io/decode-utf8.js';
import { assertInsideProject } from '../io/inside-project.js';
import { TarjamaError } from '../io/tarjama-error.js';
import type { NamespaceEntry } from './list-namespaces.js';
import type { ProjectPaths } from './project-paths.js';

/** One namespace read and parsed: its document and its source-locale catalog. */
export interface LoadedDocument {
  document: SourceDocument;
  sourceCatalog: LocaleCatalog;
  /** The source file's text (the catalog's for site strings). */
  sourceText: string;
}

/**
 * Reads and parses one namespace. An article is keyed by its previous extraction (the
 * source-locale catalog), so that keys survive edits, moves and insertions.
 */
export async function loadDocument(paths: ProjectPaths, config: Config, entry: NamespaceEntry): Promise<LoadedDocument> {
  const catalogFile = paths.catalogFile(config.sourceLocale, entry.namespace);
  assertInsideProject(paths.root, catalogFile);
  const sourceCatalog = await loadCatalog(config.sourceLocale, catalogFile, paths.relative(catalogFile));
  if (entry.kind === 'strings') return { document: readStrings(entry.namespace, sourceCatalog), sourceCatalog, sourceText: sourceCatalog.text ?? '' };
  const file = paths.sourceFile(entry.namespace);
  assertInsideProject(paths.root, file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new TarjamaError(`cannot read the source: ${(error as Error).message}`, { file: paths.relative(file) });
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) throw new TarjamaError('not valid UTF-8 (save the file as UTF-8)', { file: paths.relative(file), line: decoded.line, column: decoded.column });
  const text = decoded.text.replace(/^\uFEFF/, '');
  const previous = sourceCatalog.catalog.entries.flatMap((item) => (typeof item.value === 'string' ? [{ key: item.key, text: item.value }] : []));
  return { document: readSource(entry.namespace, paths.relative(file), text, config.frontMatterFields, previous), sourceCatalog, sourceText: text };
}
