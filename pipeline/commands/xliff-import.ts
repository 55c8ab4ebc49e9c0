import path from 'node:path';
import { editCatalog, type CatalogEdit } from '../catalog/edit-catalog.js';
import { readCatalog } from '../catalog/read-catalog.js';
import { textHash } from '../catalog/translation-state.js';
import type { Config } from '../config/config.js';
import type { SourceDocument } from '../extract/read-source.js';
import { loadProject } from '../project/load-project.js';
import { loadTranslations } from '../project/load-translations.js';
import { createRunContext, type RunContext } from '../run/run-context.js';
import { readProjectFile, requiredFile } from '../store/read-project-file.js';
import { writeFileAtomic } from '../store/write-file-atomic.js';
import { translateDocument } from '../translate/translate-document.js';
import { TarjamaError } from '../util/tarjama-error.js';
import { InlineError } from '../xliff/inline.js';
import { readXliff } from '../xliff/read-xliff.js';
import { inlineMessage, normalMessage, sourceInline } from '../xliff/segment-inline.js';

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

    const report: XliffImportFile = { file: relative, namespace: document.namespace, locale: xliff.targetLocale, catalog: catalog.file, merged: [], unchanged: 0, untranslated: 0, skipped: [], result: 'unchanged' };
    const candidates = new Map<string, string>();
    for (const unit of xliff.units) {
      const segment = document.segments.find((candidate) => candidate.key === unit.key);
      if (!segment) {
        report.skipped.push({ key: unit.key, reason: 'the key is no longer in the source' });
        continue;
      }
      const source = sourceInline(segment, document);
      let exported: string | null = null;
      try {
        exported = inlineMessage(segment, document, source, unit.source);
      } catch {
        exported = null;
      }
      if (exported !== segment.text) {
        report.skipped.push({ key: unit.key, reason: 'the source changed since this file was exported; export again and translate the new text' });
        continue;
      }
      if (unit.target === null || unit.target.every((part) => typeof part === 'string' && part.trim() === '')) {
        report.untranslated += 1;
        continue;
      }
      let message: string;
      try {
        message = inlineMessage(segment, document, source, unit.target);
      } catch (error) {
        if (!(error instanceof InlineError)) throw error;
        report.skipped.push({ key: unit.key, reason: `refused: ${error.message}` });
        continue;
      }
      const current = catalog.catalog.values.get(unit.key);
      if (current !== undefined && normalMessage(segment, document, current) === message) {
        report.unchanged += 1;
        continue;
      }
      if (current !== undefined && unit.base !== null && textHash(current) !== unit.base) {
        report.skipped.push({ key: unit.key, reason: `the catalog's translation changed after this file was exported (now: "${current}"); export again, or edit the catalog by hand` });
        continue;
      }
      candidates.set(unit.key, message);
    }

    for (const [key, reason] of await validate(document, catalog.file, catalog.catalog.values, candidates, xliff.targetLocale, context)) {
      candidates.delete(key);
      report.skipped.push({ key, reason: `refused by check: ${reason}` });
    }
    if (candidates.size > 0) {
      const edit: CatalogEdit = { remove: [], insert: [] };
      let previous: string | null = null;
      for (const segment of document.segments) {
        const value = candidates.get(segment.key);
        if (value !== undefined) {
          edit.insert.push({ key: segment.key, value, after: catalog.catalog.values.has(segment.key) ? null : previous });
          report.merged.push(segment.key);
        }
        if (value !== undefined || catalog.catalog.values.has(segment.key)) previous = segment.key;
      }
      report.result = await writeFileAtomic(project.paths.catalogFile(xliff.targetLocale, document.namespace), editCatalog(catalog.text ?? '', edit), project.paths.root);
    }
    reports.push(report);
  }
  return reports;
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
