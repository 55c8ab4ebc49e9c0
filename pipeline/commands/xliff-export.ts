import { statusIn, textHash, type StateEntry } from '../catalog/translation-state.js';
import { assertLocaleFilter } from '../config/assert-locale-filter.js';
import type { Config } from '../config/config.js';
import type { SourceDocument } from '../extract/read-source.js';
import { writeOmegatProject, type OmegatProjectReport } from './write-omegat-project.js';
import { assertNamespaces } from '../project/assert-namespaces.js';
import { loadProject } from '../project/load-project.js';
import { loadTranslations } from '../project/load-translations.js';
import { pluralGroups, type PluralGroups } from '../rules/plural-groups.js';
import { pluralKey, requiredForms } from '../rules/plurals.js';
import { writeFileAtomic, type WriteResult } from '../store/write-file-atomic.js';
import { TarjamaError } from '../util/tarjama-error.js';
import { InlineError } from '../xliff/inline.js';
import { omegatText } from '../xliff/omegat-text.js';
import { sourceInline, targetInline } from '../xliff/segment-inline.js';
import type { TmxEntry } from '../xliff/write-tmx.js';
import { readXliff } from '../xliff/read-xliff.js';
import { writeXliff } from '../xliff/write-xliff.js';
import type { XliffUnit, XliffVersion } from '../xliff/xliff-file.js';
import { assertNothingToImport } from './assert-nothing-to-import.js';
import { localeTranslations } from './locale-translations.js';
import { planXliffImport } from './plan-xliff-import.js';
import { reviewNote, segmentNotes } from './segment-notes.js';
import { withLocaleForms } from './with-locale-forms.js';

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
    const { values, entries, lost } = localeTranslations(project, translations, document, options.locale);
    const plurals = pluralGroups(document, options.locale);
    const units = exportUnits(localeDocument(document, plurals, options.locale), values, entries, lost, pluralNotes(plurals));
    const file = omegat ? omegat.source(document.namespace) : project.paths.xliffFile(options.outDir, options.locale, document.namespace);
    const forms = withLocaleForms(document, requiredForms(options.locale));
    assertNothingToImport(file, project.paths.relative(file), (text) => planXliffImport(forms, readXliff(text, project.paths.relative(file)).units, values), 'xliff import');
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

/**
 * The document as a target locale translates it: a unit for every plural form the locale has
 * (Arabic: six, from `Intl.PluralRules` as the `plurals` rule counts them), none for a form of
 * the source it does not use (`_one` in Japanese).
 */
function localeDocument(document: SourceDocument, { unused }: PluralGroups, locale: string): SourceDocument {
  const expanded = withLocaleForms(document, requiredForms(locale));
  return { ...expanded, segments: expanded.segments.filter((segment) => !unused.has(segment.key)) };
}

/** For each plural base, the note that gives the source's forms as context. */
function pluralNotes({ bases }: PluralGroups): Map<string, string> {
  const notes = new Map<string, string>();
  for (const [base, forms] of bases) {
    notes.set(base, `the source's plural forms: ${forms.map((form) => `${form.key}: "${form.text}"`).join('; ')}`);
  }
  return notes;
}

function exportUnits(document: SourceDocument, values: ReadonlyMap<string, string>, entries: ReadonlyMap<string, StateEntry>, lost: boolean, plurals: ReadonlyMap<string, string>): XliffUnit[] {
  const segmentNoteLists = segmentNotes(document);
  return document.segments.map((segment, index): XliffUnit => {
    const source = sourceInline(segment, document);
    const notes = [...(segmentNoteLists[index] ?? [])];
    const plural = pluralKey(segment.key);
    const pluralNote = plural ? plurals.get(plural.base) : undefined;
    if (plural && pluralNote !== undefined) notes.push(`plural form "${plural.category}" of ${plural.base}; ${pluralNote}`);
    const value = values.get(segment.key);
    // The base of an untranslated unit is the empty catalog value: a translation put in the catalog after the export is not overwritten on import.
    if (value === undefined || value.trim() === '') return { key: segment.key, source: source.inline, target: null, state: 'new', notes, base: textHash(value ?? '') };
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
