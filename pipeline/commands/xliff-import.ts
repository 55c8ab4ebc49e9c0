import path from 'node:path';
import type { LocaleCatalog } from '../catalog/locale-catalog.js';
import type { Config } from '../config/config.js';
import type { SourceDocument } from '../extract/read-source.js';
import { loadProject, type Project } from '../project/load-project.js';
import { loadTranslations, type Translations } from '../project/load-translations.js';
import { requiredForms } from '../rules/plurals.js';
import { createRunContext } from '../run/run-context.js';
import { readProjectFile, requiredFile } from '../store/read-project-file.js';
import { TarjamaError } from '../util/tarjama-error.js';
import { readXliff, type ReadXliff } from '../xliff/read-xliff.js';
import { importTarget } from './import-target.js';
import { mergeCandidates } from './merge-candidates.js';
import { planXliffImport } from './plan-xliff-import.js';
import { withLocaleForms } from './with-locale-forms.js';

/** What `xliff import` did with one file. */
export interface XliffImportFile {
  file: string;
  namespace: string;
  locale: string;
  catalog: string;
  merged: string[];
  unchanged: number;
  untranslated: number;
  skipped: Array<{ key: string; reason: string }>;
  result: 'written' | 'unchanged';
}

/**
 * Merges the targets of XLIFF files into the catalogs, unit by unit: a unit whose source is
 * not the current one, whose catalog translation changed after the export, or whose target
 * fails the QA rules is skipped with its reason; a target equal to the catalog's translation
 * (in any spelling of the same Markdown) changes nothing.
 */
export async function xliffImport(root: string, config: Config, files: readonly string[]): Promise<XliffImportFile[]> {
  if (files.length === 0) throw new TarjamaError('give the XLIFF files to import, e.g. tarjama xliff import xliff/fr/*.xlf');
  const project = await loadProject(root, config);
  const translations = await loadTranslations(project);
  const context = await createRunContext(root, config, false);
  const reports: XliffImportFile[] = [];
  for (const file of files) {
    const { relative, xliff, document, catalog } = openXliff(config, project, translations, file);
    const plan = planXliffImport(document, xliff.units, catalog.catalog.values);
    const report: XliffImportFile = { file: relative, namespace: document.namespace, locale: xliff.targetLocale, catalog: catalog.file, merged: [], unchanged: plan.unchanged, untranslated: plan.untranslated, skipped: plan.skipped, result: 'unchanged' };
    const { merged, result, catalog: now } = await mergeCandidates(project, document, catalog, xliff.targetLocale, plan.candidates, context, report.skipped, 'xliff import');
    Object.assign(report, { merged, result });
    // A later file for the same catalog merges into this one's result.
    translations.catalogs.get(document.namespace)?.set(xliff.targetLocale, now);
    reports.push(report);
  }
  return reports;
}

/** Reads one XLIFF file and finds the document and the catalog it is for; refuses a file that belongs to neither. */
function openXliff(
  config: Config,
  project: Project,
  translations: Translations,
  file: string,
): { relative: string; xliff: ReadXliff; document: SourceDocument; catalog: LocaleCatalog } {
  // A file the user names, read wherever it is (a CAT tool's folder).
  const absolute = path.resolve(project.paths.root, file);
  const relative = project.paths.relative(absolute);
  const xliff = readXliff(requiredFile(readProjectFile(absolute, relative, null), relative).text, relative);
  const { document, catalog } = importTarget(config, project, translations, xliff.namespace, xliff.targetLocale, relative);
  // Each plural form of the target locale is a unit of its own (xliff export writes Arabic's six).
  return { relative, xliff, document: withLocaleForms(document, requiredForms(xliff.targetLocale)), catalog };
}
