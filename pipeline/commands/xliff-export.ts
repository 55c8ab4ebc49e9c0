import { stateProblem } from '../catalog/state-file.js';
import { statusIn, textHash, type StateEntry } from '../catalog/translation-state.js';
import { assertLocaleFilter } from '../config/assert-locale-filter.js';
import type { Config } from '../config/config.js';
import type { SourceDocument } from '../extract/read-source.js';
import { writeOmegatProject, type OmegatProjectReport } from './write-omegat-project.js';
import { assertNamespaces } from '../project/assert-namespaces.js';
import { loadProject } from '../project/load-project.js';
import { loadTranslations } from '../project/load-translations.js';
import { writeFileAtomic, type WriteResult } from '../store/write-file-atomic.js';
import { TarjamaError } from '../util/tarjama-error.js';
import { InlineError } from '../xliff/inline.js';
import { omegatText } from '../xliff/omegat-text.js';
import { sourceInline, targetInline } from '../xliff/segment-inline.js';
import type { TmxEntry } from '../xliff/write-tmx.js';
import { writeXliff } from '../xliff/write-xliff.js';
import type { XliffUnit, XliffVersion } from '../xliff/xliff-file.js';

/** Options of `xliff export`. */
export interface XliffExportOptions {
  locale: string;
  namespace?: string | undefined;
  version: XliffVersion;
  /** Folder the files go to: `<outDir>/<locale>/<namespace>.xlf`, or the OmegaT project `<outDir>/<locale>/`. */
  outDir: string;
  /** A CAT tool that needs its own shape of file: OmegaT translates `<target>`, not `<source>`. */
  tool?: 'omegat' | undefined;
}

/** The XLIFF files `xliff export` wrote. */
export interface XliffExportReport {
  files: Array<{ namespace: string; file: string; units: number; result: WriteResult }>;
  /** With `tool: 'omegat'`: the rest of the OmegaT project. */
  omegat?: OmegatProjectReport;
}

/** Writes one XLIFF file per namespace for a target locale, for CAT tools. */
export async function xliffExport(root: string, config: Config, options: XliffExportOptions): Promise<XliffExportReport> {
  assertLocaleFilter(config, [options.locale], true);
  if (options.tool === 'omegat' && options.version !== '1.2') throw new TarjamaError('OmegaT 3.6 reads XLIFF 1.2 only: leave out --version, or give --version 1.2');
  const project = await loadProject(root, config);
  if (options.namespace !== undefined) assertNamespaces(project.documents.map((document) => document.namespace), [options.namespace]);
  const translations = await loadTranslations(project);
  const report: XliffExportReport = { files: [] };
  const omegat = options.tool === 'omegat' ? project.paths.omegatProject(options.outDir, options.locale) : null;
  const memories: Record<'fill' | 'offer', TmxEntry[]> = { fill: [], offer: [] };
  for (const document of project.documents) {
    if (options.namespace !== undefined && document.namespace !== options.namespace) continue;
    const values = translations.catalogs.get(document.namespace)?.get(options.locale)?.catalog.values ?? new Map<string, string>();
    const entries = translations.states.get(document.namespace)?.get(options.locale) ?? new Map<string, StateEntry>();
    const record = translations.records.get(document.namespace);
    const extracted = project.sourceCatalogs.get(document.namespace)?.text != null;
    const lost = document.kind === 'article' && record !== undefined && stateProblem(record, extracted, project.paths.relative(project.paths.stateFile(document.namespace))) !== null;
    const units = exportUnits(document, values, entries, lost);
    const file = omegat ? omegat.source(document.namespace) : project.paths.xliffFile(options.outDir, options.locale, document.namespace);
    if (omegat) for (const unit of units) if (unit.target !== null) memories[unit.state === 'translated' ? 'fill' : 'offer'].push({ key: unit.key, source: omegatText(unit.source), target: omegatText(unit.source, unit.target) });
    const xml = writeXliff({ namespace: document.namespace, sourceLocale: config.sourceLocale, targetLocale: options.locale, units: omegat ? units.map(sourceAsTarget) : units }, options.version);
    report.files.push({ namespace: document.namespace, file: project.paths.relative(file), units: units.length, result: await writeFileAtomic(file, xml) });
  }
  if (omegat) report.omegat = await writeOmegatProject(project.paths, omegat, config.sourceLocale, options.locale, memories);
  return report;
}

/**
 * A unit as OmegaT must get it: OmegaT's XLIFF filter translates what is in `<target>`, so the
 * target holds the source, marked untranslated whatever the catalog has (the translations go
 * to the project's memories): a target OmegaT leaves as it is comes back untranslated.
 */
function sourceAsTarget(unit: XliffUnit): XliffUnit {
  return { ...unit, target: unit.source, state: 'new' };
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
