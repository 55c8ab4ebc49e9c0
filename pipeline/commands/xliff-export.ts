import { stateProblem } from '../catalog/state-file.js';
import { statusIn, textHash, type StateEntry } from '../catalog/translation-state.js';
import { assertLocaleFilter } from '../config/assert-locale-filter.js';
import type { Config } from '../config/config.js';
import type { SourceDocument } from '../extract/read-source.js';
import { assertNamespaces } from '../project/assert-namespaces.js';
import { loadProject } from '../project/load-project.js';
import { loadTranslations } from '../project/load-translations.js';
import { writeFileAtomic, type WriteResult } from '../store/write-file-atomic.js';
import { InlineError } from '../xliff/inline.js';
import { sourceInline, targetInline } from '../xliff/segment-inline.js';
import { writeXliff } from '../xliff/write-xliff.js';
import type { XliffUnit, XliffVersion } from '../xliff/xliff-file.js';

/** Options of `xliff export`. */
export interface XliffExportOptions {
  locale: string;
  namespace?: string | undefined;
  version: XliffVersion;
  /** Folder the files go to: `<outDir>/<locale>/<namespace>.xlf`. */
  outDir: string;
}

/** The XLIFF files `xliff export` wrote. */
export interface XliffExportReport {
  files: Array<{ namespace: string; file: string; units: number; result: WriteResult }>;
}

/** Writes one XLIFF file per namespace for a target locale, for CAT tools. */
export async function xliffExport(root: string, config: Config, options: XliffExportOptions): Promise<XliffExportReport> {
  assertLocaleFilter(config, [options.locale], true);
  const project = await loadProject(root, config);
  if (options.namespace !== undefined) assertNamespaces(project.documents.map((document) => document.namespace), [options.namespace]);
  const translations = await loadTranslations(project);
  const report: XliffExportReport = { files: [] };
  for (const document of project.documents) {
    if (options.namespace !== undefined && document.namespace !== options.namespace) continue;
    const values = translations.catalogs.get(document.namespace)?.get(options.locale)?.catalog.values ?? new Map<string, string>();
    const entries = translations.states.get(document.namespace)?.get(options.locale) ?? new Map<string, StateEntry>();
    const record = translations.records.get(document.namespace);
    const extracted = project.sourceCatalogs.get(document.namespace)?.text != null;
    const lost = document.kind === 'article' && record !== undefined && stateProblem(record, extracted, project.paths.relative(project.paths.stateFile(document.namespace))) !== null;
    const units = exportUnits(document, values, entries, lost);
    const file = project.paths.xliffFile(options.outDir, options.locale, document.namespace);
    const xml = writeXliff({ namespace: document.namespace, sourceLocale: config.sourceLocale, targetLocale: options.locale, units }, options.version);
    report.files.push({ namespace: document.namespace, file: project.paths.relative(file), units: units.length, result: await writeFileAtomic(file, xml) });
  }
  return report;
}

const kinds: Record<string, string> = {
  'front-matter': 'front-matter field',
  heading: 'heading',
  paragraph: 'paragraph',
  'list-item': 'list item',
  blockquote: 'block quote',
  footnote: 'footnote',
  'table-header': 'table header cell',
  'table-cell': 'table cell',
  'link-title': 'link title',
  string: 'site string',
};

function exportUnits(document: SourceDocument, values: ReadonlyMap<string, string>, entries: ReadonlyMap<string, StateEntry>, lost: boolean): XliffUnit[] {
  const headings: string[] = [];
  return document.segments.map((segment): XliffUnit => {
    const source = sourceInline(segment, document);
    const notes = [`${kinds[segment.kind] ?? segment.kind} (${document.file}, line ${segment.line})`];
    if (segment.kind === 'heading') headings.splice(0, headings.length, segment.text);
    else if (headings.length > 0) notes.push(`under the heading: ${headings.join(' › ')}`);
    const value = values.get(segment.key);
    if (value === undefined || value.trim() === '') return { key: segment.key, source: source.inline, target: null, state: 'new', notes, base: null };
    const entry = entries.get(segment.key);
    const status = statusIn(segment.text, value, entry, lost);
    if (status === 'outdated' && entry) notes.push(`outdated: the translation was made for the source text "${entry.sourceText}"`);
    if (status === 'from-memory') notes.push('filled from another translation of the same text: review it');
    if (status === 'unverified') notes.push('the translation state of this article was lost or edited: check that the translation still fits the source');
    try {
      return { key: segment.key, source: source.inline, target: targetInline(segment, document, source, value), state: status === 'current' ? 'translated' : status, notes, base: textHash(value) };
    } catch (error) {
      if (!(error instanceof InlineError)) throw error;
      notes.push(`the current translation is not exported, it breaks the source's structure: ${error.message}`);
      return { key: segment.key, source: source.inline, target: null, state: 'new', notes, base: textHash(value) };
    }
  });
}
