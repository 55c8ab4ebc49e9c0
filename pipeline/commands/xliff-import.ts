import path from 'node:path';
import { editCatalog } from '../catalog/edit-catalog.js';
import type { LocaleCatalog } from '../catalog/locale-catalog.js';
import { readCatalog } from '../catalog/read-catalog.js';
import type { Config } from '../config/config.js';
import type { SourceDocument } from '../extract/read-source.js';
import { loadProject, type Project } from '../project/load-project.js';
import { loadTranslations, type Translations } from '../project/load-translations.js';
import { createRunContext, type RunContext } from '../run/run-context.js';
import { readProjectFile, requiredFile } from '../store/read-project-file.js';
import { writeFileAtomic } from '../store/write-file-atomic.js';
import { translateDocument } from '../translate/translate-document.js';
import { TarjamaError } from '../util/tarjama-error.js';
import { readXliff, type ReadXliff } from '../xliff/read-xliff.js';
import { planXliffImport } from './plan-xliff-import.js';
import { xliffMergeEdit } from './xliff-merge-edit.js';

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
    const { candidates } = plan;
    for (const [key, reason] of await validate(document, catalog.file, catalog.catalog.values, candidates, xliff.targetLocale, context)) {
      candidates.delete(key);
      report.skipped.push({ key, reason: `refused by check: ${reason}` });
    }
    if (candidates.size > 0) {
      const { edit, merged } = xliffMergeEdit(document.segments, catalog.catalog.values, candidates);
      report.merged = merged;
      report.result = await writeFileAtomic(project.paths.catalogFile(xliff.targetLocale, document.namespace), editCatalog(catalog.text ?? '', edit), project.paths.root);
    }
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
  const document = project.documents.find((candidate) => candidate.namespace === xliff.namespace);
  if (!document) throw new TarjamaError(`namespace "${xliff.namespace}" is not an article or site-string namespace of this project`, { file: relative });
  if (!config.locales.includes(xliff.targetLocale) || xliff.targetLocale === config.sourceLocale) {
    throw new TarjamaError(`target language "${xliff.targetLocale}" is not a target locale of this project`, { file: relative });
  }
  const catalog = translations.catalogs.get(document.namespace)?.get(xliff.targetLocale);
  if (!catalog || catalog.catalog.unreadable) throw new TarjamaError('the catalog to merge into cannot be read; fix it first (tarjama check)', { file: catalog?.file ?? relative });
  return { relative, xliff, document, catalog };
}

/** Runs the QA rules on the catalog with the candidates merged, as check does; returns the refused keys and why. */
async function validate(document: SourceDocument, file: string, values: ReadonlyMap<string, string>, candidates: ReadonlyMap<string, string>, locale: string, context: RunContext): Promise<Map<string, string>> {
  if (candidates.size === 0) return new Map();
  const merged = Object.fromEntries([...values, ...candidates]);
  const target = { locale, file, catalog: readCatalog(`${JSON.stringify(merged, null, 2)}\n`), text: null };
  return context.i18n.withNamespace(document.namespace, new Map([[locale, merged]]), (namespace) => {
    const refused = new Map<string, string>();
    for (const finding of translateDocument(document, target, namespace.lookup(locale), context.rules).findings) {
      if (finding.severity !== 'error' || finding.key === null || !candidates.has(finding.key)) continue;
      refused.set(finding.key, [refused.get(finding.key), `${finding.rule}: ${finding.message}`].filter(Boolean).join('; '));
    }
    return refused;
  });
}
