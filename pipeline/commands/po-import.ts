import path from 'node:path';
import type { Config } from '../config/config.js';
import { pluralForms } from '../po/plural-forms.js';
import { readPo } from '../po/read-po.js';
import { loadProject } from '../project/load-project.js';
import { loadTranslations } from '../project/load-translations.js';
import { createRunContext } from '../run/run-context.js';
import { readProjectFile, requiredFile } from '../store/read-project-file.js';
import { TarjamaError } from '../util/tarjama-error.js';
import { importTarget } from './import-target.js';
import { mergeCandidates } from './merge-candidates.js';
import { planPoImport } from './plan-po-import.js';
import { withLocaleForms } from './with-locale-forms.js';
import type { XliffImportFile } from './xliff-import.js';

/**
 * Merges the translations of PO files (from `po export`, through Poedit, Weblate…) into the
 * catalogs, entry by entry, as `xliff import` does: an entry whose source changed, whose
 * catalog translation changed since the export, that is still fuzzy, that cannot be read, or
 * that fails the QA rules is skipped with its line and reason; the rest is merged.
 */
export async function poImport(root: string, config: Config, files: readonly string[]): Promise<XliffImportFile[]> {
  if (files.length === 0) throw new TarjamaError('give the PO files to import, e.g. tarjama po import po/fr/*.po');
  const project = await loadProject(root, config);
  const translations = await loadTranslations(project);
  const context = await createRunContext(root, config, false);
  const reports: XliffImportFile[] = [];
  for (const file of files) {
    // A file the user names, read wherever it is (a translator's folder).
    const absolute = path.resolve(project.paths.root, file);
    const relative = project.paths.relative(absolute);
    const po = readPo(requiredFile(readProjectFile(absolute, relative, null), relative).text);
    const charset = /charset=([^;\s]+)/i.exec(po.headers['Content-Type'] ?? '')?.[1] ?? 'UTF-8';
    if (charset.toUpperCase() !== 'UTF-8') throw new TarjamaError(`the file is in ${charset}; tarjama reads UTF-8 PO files: convert it with msgconv --to-code=UTF-8`, { file: relative });
    // A tool that drops X- headers keeps Project-Id-Version, which po export sets to the namespace too.
    const namespace = po.headers['X-Tarjama-Namespace'] ?? po.headers['Project-Id-Version'] ?? '';
    const locale = po.headers.Language ?? '';
    if (namespace === '' || locale === '') throw new TarjamaError('the PO header names no namespace (X-Tarjama-Namespace, Project-Id-Version) or no Language: import the files po export wrote (for a po4a file, run tarjama po migrate)', { file: relative });
    const target = importTarget(config, project, translations, namespace, locale, relative);
    const document = withLocaleForms(target.document, pluralForms(locale)?.categories ?? null);
    const plan = planPoImport(document, po, target.catalog.catalog.values, locale);
    const report: XliffImportFile = { file: relative, namespace, locale, catalog: target.catalog.file, merged: [], unchanged: plan.unchanged, untranslated: plan.untranslated, skipped: plan.skipped, result: 'unchanged' };
    const { merged, result, catalog: now } = await mergeCandidates(project, document, target.catalog, locale, plan.candidates, context, report.skipped, 'po import');
    Object.assign(report, { merged, result });
    // A later file for the same catalog merges into this one's result.
    translations.catalogs.get(namespace)?.set(locale, now);
    reports.push(report);
  }
  return reports;
}
