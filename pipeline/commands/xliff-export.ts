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
import { localeTranslations } from './locale-translations.js';
import { reviewNote, segmentNotes } from './segment-notes.js';

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
    const { values, entries, lost } = localeTranslations(project, translations, document, options.locale);
    const units = exportUnits(document, values, entries, lost);
    const file = project.paths.xliffFile(options.outDir, options.locale, document.namespace);
    const xml = writeXliff({ namespace: document.namespace, sourceLocale: config.sourceLocale, targetLocale: options.locale, units }, options.version);
    report.files.push({ namespace: document.namespace, file: project.paths.relative(file), units: units.length, result: await writeFileAtomic(file, xml) });
  }
  return report;
}

function exportUnits(document: SourceDocument, values: ReadonlyMap<string, string>, entries: ReadonlyMap<string, StateEntry>, lost: boolean): XliffUnit[] {
  const segmentNoteLists = segmentNotes(document);
  return document.segments.map((segment, index): XliffUnit => {
    const source = sourceInline(segment, document);
    const notes = [...(segmentNoteLists[index] ?? [])];
    const value = values.get(segment.key);
    if (value === undefined || value.trim() === '') return { key: segment.key, source: source.inline, target: null, state: 'new', notes, base: null };
    const entry = entries.get(segment.key);
    const status = statusIn(segment.text, value, entry, lost);
    const review = reviewNote(status, entry);
    if (review !== null) notes.push(review);
    try {
      return { key: segment.key, source: source.inline, target: targetInline(segment, document, source, value), state: status === 'current' ? 'translated' : status, notes, base: textHash(value) };
    } catch (error) {
      if (!(error instanceof InlineError)) throw error;
      notes.push(`the current translation is not exported, it breaks the source's structure: ${error.message}`);
      return { key: segment.key, source: source.inline, target: null, state: 'new', notes, base: textHash(value) };
    }
  });
}
