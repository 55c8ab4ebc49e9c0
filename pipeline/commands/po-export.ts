import { statusIn, textHash } from '../catalog/translation-state.js';
import { assertLocaleFilter } from '../config/assert-locale-filter.js';
import type { Config } from '../config/config.js';
import type { SourceDocument } from '../extract/read-source.js';
import type { Segment } from '../extract/segment.js';
import { pluralForms } from '../po/plural-forms.js';
import { readPo } from '../po/read-po.js';
import type { PoEntry } from '../po/po-file.js';
import { writePo } from '../po/write-po.js';
import { assertNamespaces } from '../project/assert-namespaces.js';
import { loadProject } from '../project/load-project.js';
import { loadTranslations } from '../project/load-translations.js';
import { pluralGroups } from '../rules/plural-groups.js';
import { pluralKey } from '../rules/plurals.js';
import { writeFileAtomic, type WriteResult } from '../store/write-file-atomic.js';
import { TarjamaError } from '../util/tarjama-error.js';
import { assertNothingToImport } from './assert-nothing-to-import.js';
import { localeTranslations, type LocaleTranslations } from './locale-translations.js';
import { planPoImport } from './plan-po-import.js';
import { reviewNote, segmentNotes } from './segment-notes.js';
import { withLocaleForms } from './with-locale-forms.js';

/** Options of `po export`. */
export interface PoExportOptions {
  locale: string;
  namespace?: string | undefined;
  /** Folder the files go to: `<outDir>/<locale>/<namespace>.po`. */
  outDir: string;
}

/** The PO files `po export` wrote. */
export interface PoExportReport {
  files: Array<{ namespace: string; file: string; entries: number; result: WriteResult }>;
}

/** Writes one PO file per namespace for a target locale, for gettext tools (Poedit, Weblate). */
export async function poExport(root: string, config: Config, options: PoExportOptions): Promise<PoExportReport> {
  assertLocaleFilter(config, [options.locale], true);
  const project = await loadProject(root, config);
  if (options.namespace !== undefined) assertNamespaces(project.documents.map((document) => document.namespace), [options.namespace]);
  const translations = await loadTranslations(project);
  const report: PoExportReport = { files: [] };
  for (const document of project.documents) {
    if (options.namespace !== undefined && document.namespace !== options.namespace) continue;
    const localized = localeTranslations(project, translations, document, options.locale);
    const { entries, plurals } = exportEntries(document, options.locale, localized);
    const file = project.paths.poFile(options.outDir, options.locale, document.namespace);
    const forms = withLocaleForms(document, pluralForms(options.locale)?.categories ?? null);
    assertNothingToImport(file, project.paths.relative(file), (text) => planPoImport(forms, readPo(text), localized.values, options.locale), 'po import');
    const text = writePo({ namespace: document.namespace, sourceLocale: config.sourceLocale, targetLocale: options.locale, pluralForms: plurals, entries });
    report.files.push({ namespace: document.namespace, file: project.paths.relative(file), entries: entries.length, result: await writeFileAtomic(file, text) });
  }
  return report;
}

/** A key's translation in the locale, and whether (and why) it needs review. */
function translationOf(segment: Segment, translations: LocaleTranslations): { value: string; fuzzy: boolean; review: string | null; previous: string | null; base: string | null } {
  const value = translations.values.get(segment.key);
  // The base of an untranslated entry is the empty catalog value: a translation put in the catalog after the export is not overwritten on import.
  if (value === undefined || value.trim() === '') return { value: '', fuzzy: false, review: null, previous: null, base: textHash(value ?? '') };
  const entry = translations.entries.get(segment.key);
  const status = statusIn(segment.text, value, entry, translations.lost);
  return { value, fuzzy: status !== 'current', review: reviewNote(status, entry), previous: status === 'outdated' && entry ? entry.sourceText : null, base: textHash(value) };
}

/**
 * One entry per segment, in source order; the i18next plural keys of site strings
 * (`reading-time_one`, `reading-time_other`…) as one entry with `msgid_plural` and the
 * locale's gettext forms. Returns the entries and the `Plural-Forms` header they need.
 */
function exportEntries(document: SourceDocument, locale: string, translations: LocaleTranslations): { entries: PoEntry[]; plurals: string | null } {
  const notes = segmentNotes(document);
  const { bases } = pluralGroups(document, locale);
  const forms = bases.size > 0 ? pluralForms(locale) : null;
  if (bases.size > 0 && forms === null) {
    throw new TarjamaError(`tarjama does not know the gettext plural rule of "${locale}", and ${document.namespace} has plural keys (${[...bases.keys()].join(', ')}); exchange this namespace as XLIFF instead`);
  }
  const localeForms = new Map(withLocaleForms(document, forms?.categories ?? null).segments.map((segment) => [segment.key, segment]));
  const entries: PoEntry[] = [];
  document.segments.forEach((segment, index) => {
    const plural = pluralKey(segment.key);
    const group = plural ? bases.get(plural.base) : undefined;
    const reference = `${document.file}:${segment.line}`;
    if (!plural || !group || !forms) {
      const { value, fuzzy, review, previous, base } = translationOf(segment, translations);
      entries.push({ context: segment.key, source: segment.text, sourcePlural: null, translations: [value], fuzzy, previous, notes: [...(notes[index] ?? []), ...(review === null ? [] : [review])], references: [reference], base, line: segment.line });
      return;
    }
    if (group[0] !== segment) return;
    const source = (category: string) => group.find((form) => pluralKey(form.key)?.category === category)?.text;
    const formTranslations = forms.categories.map((category) => translationOf(localeForms.get(`${plural.base}_${category}`) ?? segment, translations));
    const reviews = formTranslations.flatMap(({ review }) => (review === null ? [] : [review]));
    entries.push({
      context: plural.base,
      source: source('one') ?? segment.text,
      sourcePlural: source('other') ?? segment.text,
      translations: formTranslations.map(({ value }) => value),
      fuzzy: formTranslations.some(({ fuzzy }) => fuzzy),
      previous: null,
      notes: [...(notes[index] ?? []), `plural: msgstr[0…] are the forms ${forms.categories.map((category) => `${plural.base}_${category}`).join(', ')}`, ...new Set(reviews)],
      references: [reference],
      base: formTranslations.some(({ value }) => value !== '') ? textHash(formTranslations.map(({ value }) => value).join('\n')) : null,
      line: segment.line,
    });
  });
  return { entries, plurals: forms?.header ?? null };
}
