import { editCatalog } from '../catalog/edit-catalog.js';
import { serializeCatalog } from '../catalog/serialize-catalog.js';
import type { Config } from '../config/config.js';
import { planExtract, type LocaleChanges, type NamespacePlan } from '../evolve/plan-extract.js';
import { removeFile } from '../io/remove-file.js';
import { TarjamaError } from '../io/tarjama-error.js';
import { writeFileAtomic } from '../io/write-file-atomic.js';
import { serializeArchive, type ArchiveEntry } from '../memory/archive-file.js';
import { loadProject } from '../project/load-project.js';
import { isPseudoLocale } from '../pseudo/pseudo-locales.js';
import { buildMemories, loadTranslations } from '../project/load-translations.js';
import { serializeState } from '../state/state-file.js';
import type { LocaleCatalog } from '../catalog/locale-catalog.js';

/** A file `extract` wrote, left alone (same content) or removed (nothing left to keep). */
export interface FileChange {
  file: string;
  result: 'written' | 'unchanged' | 'removed';
}

/** What `extract` did: per namespace, how the keys moved and what each locale's translations became. */
export interface ExtractReport {
  namespaces: Array<{ namespace: string; catalog: string; segments: number; keys: NamespacePlan['keys']; locales: LocaleChanges[] }>;
  files: FileChange[];
}

/**
 * Writes `locales/<sourceLocale>/<slug>.json` for every source, keeping each segment's key
 * through edits and moves; then makes the translators' catalogs follow without losing
 * anything: see `planExtract`. Translators' files are edited in place, minimally, and only
 * when something changes; an unreadable one stops everything before any write.
 */
export async function extract(root: string, config: Config): Promise<ExtractReport> {
  const project = await loadProject(root, config, { trees: false });
  const translations = await loadTranslations(project);
  const targetLocales = config.locales.filter((locale) => locale !== config.sourceLocale && !isPseudoLocale(locale));
  for (const byLocale of translations.catalogs.values()) {
    for (const locale of targetLocales) assertEditable(byLocale.get(locale));
  }
  const memories = buildMemories(project, translations);
  const archives = new Map(targetLocales.map((locale) => [locale, [...(translations.archives.get(locale) ?? [])]]));

  const report: ExtractReport = { namespaces: [], files: [] };
  const writes: Array<{ file: string; content: string | null }> = [];
  for (const document of project.documents) {
    if (document.kind === 'strings') continue;
    const sourceCatalog = project.sourceCatalogs.get(document.namespace);
    const previous = (sourceCatalog?.catalog.entries ?? []).flatMap((entry) => (typeof entry.value === 'string' ? [{ key: entry.key, text: entry.value }] : []));
    const targets = targetLocales.map((locale) => translations.catalogs.get(document.namespace)?.get(locale) as LocaleCatalog);
    const plan = planExtract(document, previous, targets, translations.states.get(document.namespace) ?? new Map(), memories);

    const catalogFile = project.paths.catalogFile(config.sourceLocale, document.namespace);
    writes.push({ file: catalogFile, content: serializeCatalog(document.segments.map((segment) => [segment.key, segment.text])) });
    for (const target of targets) {
      const edit = plan.edits.get(target.locale);
      if (edit) writes.push({ file: project.paths.catalogFile(target.locale, document.namespace), content: editCatalog(target.text ?? '', edit) });
    }
    writes.push({ file: project.paths.stateFile(document.namespace), content: serializeState(plan.state) });
    for (const [locale, change] of plan.archive) {
      const memory = memories.get(locale);
      const kept = archives.get(locale) ?? [];
      const removed = new Set(change.remove.map(identity));
      archives.set(locale, [...kept.filter((entry) => !removed.has(identity(entry))), ...change.add]);
      for (const entry of change.remove) memory?.removeArchived({ ...entry, archived: true });
      for (const entry of change.add) memory?.add({ ...entry, archived: true });
    }
    report.namespaces.push({ namespace: document.namespace, catalog: project.paths.relative(catalogFile), segments: document.segments.length, keys: plan.keys, locales: plan.locales });
  }
  for (const [locale, entries] of archives) writes.push({ file: project.paths.archiveFile(locale), content: serializeArchive(entries) });

  for (const { file, content } of writes) {
    const result = content === null ? ((await removeFile(file)) ? 'removed' : null) : await writeFileAtomic(file, content, project.paths.root);
    if (result !== null) report.files.push({ file: project.paths.relative(file), result });
  }
  return report;
}

function assertEditable(target: LocaleCatalog | undefined): void {
  const problem = target?.catalog.problems.find((candidate) => candidate.kind === 'parse' || candidate.kind === 'duplicate');
  if (!target || !problem) return;
  throw new TarjamaError(`${problem.message}; extract edits this file, so fix it first (nothing was written)`, {
    file: target.file,
    line: problem.position.line,
    column: problem.position.column,
  });
}

function identity(entry: ArchiveEntry): string {
  return JSON.stringify([entry.namespace, entry.key, entry.source, entry.translation]);
}
