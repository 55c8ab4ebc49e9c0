import { loadCatalog } from '../catalog/load-catalog.js';
import type { LocaleCatalog } from '../catalog/locale-catalog.js';
import { absentState, loadState, type StateRecord } from '../catalog/state-file.js';
import type { Config } from '../config/config.js';
import type { PreviousEntry } from '../extract/match-keys.js';
import { previousExtraction } from '../extract/previous-extraction.js';
import { sourceDocument, type SourceDocument } from '../extract/source-document.js';
import { readStrings } from '../extract/read-strings.js';
import { loadHtmlParserFor } from '../markdown/html-parser.js';
import { readProjectFile, requiredFile } from '../store/read-project-file.js';
import type { NamespaceEntry } from './list-namespaces.js';
import type { ParsedArticles } from './parsed-articles.js';
import type { ProjectPaths } from './project-paths.js';

/** One namespace read and parsed: its document and its source-locale catalog. */
export interface LoadedDocument {
  document: SourceDocument;
  sourceCatalog: LocaleCatalog;
  /** The namespace's state file (absent for site strings). */
  state: StateRecord;
  /** What extract last wrote for the article (see `previousExtraction`): keys, texts, hashes. */
  previous: PreviousEntry[];
  /** Keys of the source-locale catalog that were edited by hand (see `previousExtraction`). */
  handEdited: string[];
}

/**
 * Reads and parses one namespace. An article is keyed by its previous extraction (the
 * source-locale catalog, checked against the state), so that keys survive edits, moves and
 * insertions; `previousNamespace` names another namespace to take that extraction from (the
 * article's name before a rename). With `parses`, an article parsed before from the same text is
 * not parsed again (see `parsedArticles`). An article with raw HTML has the HTML parser loaded
 * (`loadHtmlParserFor`) before it is parsed, so that every reader of it finds the parser.
 */
export async function loadDocument(paths: ProjectPaths, config: Config, entry: NamespaceEntry, previousNamespace = entry.namespace, parses: ParsedArticles | null = null): Promise<LoadedDocument> {
  const catalogFile = paths.catalogFile(config.sourceLocale, previousNamespace);
  const sourceCatalog = await loadCatalog(config.sourceLocale, catalogFile, paths.relative(catalogFile), paths.guard);
  if (entry.kind === 'strings') return { document: readStrings(entry.namespace, sourceCatalog), sourceCatalog, state: absentState(), previous: [], handEdited: [] };
  const file = paths.sourceFile(entry.namespace);
  const { text } = requiredFile(readProjectFile(file, paths.relative(file), paths.guard), paths.relative(file));
  const stateFile = paths.stateFile(previousNamespace);
  const state = await loadState(stateFile, paths.relative(stateFile), paths.guard);
  const previous = previousExtraction(sourceCatalog, state);
  const shown = paths.relative(file);
  // Raw HTML in the source is read as it is parsed, and again when it is translated.
  await loadHtmlParserFor([text]);
  const parsed = parses ? await parses.parse(entry.namespace, shown, text) : (await import('../extract/parse-article.js')).parseArticle(shown, text, config.frontMatterFields);
  return { document: sourceDocument(entry.namespace, shown, text, previous.entries, parsed), sourceCatalog, state, previous: previous.entries, handEdited: previous.handEdited };
}
