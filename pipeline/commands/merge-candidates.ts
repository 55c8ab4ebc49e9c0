import { editCatalog } from '../catalog/edit-catalog.js';
import type { LocaleCatalog } from '../catalog/locale-catalog.js';
import { readCatalog } from '../catalog/read-catalog.js';
import { readContent } from '../catalog/read-content.js';
import type { SourceDocument } from '../extract/read-source.js';
import type { Project } from '../project/load-project.js';
import type { RunContext } from '../run/run-context.js';
import { commitWrites } from '../store/journal.js';
import { translateDocument } from '../translate/translate-document.js';
import { xliffMergeEdit } from './xliff-merge-edit.js';

/**
 * Merges translations read from an exchange file (XLIFF, PO, a po4a file) into a document's
 * catalog in a locale: the candidates that fail the QA rules as check runs them are added to
 * `skipped` with the reason, the others written where their keys stand (new keys in source
 * order). Returns the merged keys, whether the catalog was written, and the catalog as it now
 * is, which the next file `command` merges into the same catalog must start from (from the
 * catalog as first read, it would undo this merge). The catalog is replaced only if it still
 * holds what was read (`FileWrite.expected`): one saved meanwhile stops the command, not lost.
 */
export async function mergeCandidates(
  project: Project,
  document: SourceDocument,
  catalog: LocaleCatalog,
  locale: string,
  candidates: Map<string, string>,
  context: RunContext,
  skipped: Array<{ key: string; reason: string }>,
  command: string,
): Promise<{ merged: string[]; result: 'written' | 'unchanged'; catalog: LocaleCatalog }> {
  for (const [key, reason] of await validate(document, catalog.file, catalog.catalog.values, candidates, locale, context)) {
    candidates.delete(key);
    skipped.push({ key, reason: `refused by check: ${reason}` });
  }
  if (candidates.size === 0) return { merged: [], result: 'unchanged', catalog };
  const { edit, merged } = xliffMergeEdit(document.segments, catalog.catalog.values, candidates);
  const text = editCatalog(catalog.text ?? '', edit);
  const write = { file: project.paths.catalogFile(locale, document.namespace), content: text, expected: readContent(catalog) };
  const written = commitWrites(project.paths, command, [write]).length > 0;
  return { merged, result: written ? 'written' : 'unchanged', catalog: { locale: catalog.locale, file: catalog.file, catalog: readCatalog(text), text } };
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
