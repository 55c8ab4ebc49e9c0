import { existsSync } from 'node:fs';
import { editCatalog } from '../catalog/edit-catalog.js';
import { serializeCatalog } from '../catalog/serialize-catalog.js';
import type { Config } from '../config/config.js';
import { planExtract, type LocaleChanges, type NamespacePlan } from '../evolve/plan-extract.js';
import { removeFile } from '../io/remove-file.js';
import { TarjamaError } from '../io/tarjama-error.js';
import { writeFileAtomic } from '../io/write-file-atomic.js';
import { serializeArchive, type ArchiveEntry } from '../memory/archive-file.js';
import type { SourceDocument } from '../extract/read-source.js';
import { listNamespaces } from '../project/list-namespaces.js';
import { loadProject } from '../project/load-project.js';
import { projectPaths, type ProjectPaths } from '../project/project-paths.js';
import { sharedFingerprint } from '../run/build-cache.js';
import { extractRecordOf, readExtractRecords, stillExtracted, writeExtractRecords, type ExtractRecords, type ExtractRecord } from '../run/extract-cache.js';
import { inputFiles } from '../run/incremental.js';
import { isPseudoLocale } from '../pseudo/pseudo-locales.js';
import { addCatalogsOf, buildMemories, loadTranslations } from '../project/load-translations.js';
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
 * An article whose source, catalogs and state are as the last extract left them (by size and
 * time, else by content; `locales/.tarjama/cache/extract.json`) is neither read nor parsed:
 * extracting it again would change nothing.
 */
export async function extract(root: string, config: Config): Promise<ExtractReport> {
  const paths = projectPaths(root, config);
  const entries = await listNamespaces(paths, config);
  const files = inputFiles(paths, config);
  const shared = await sharedFingerprint(config, [], 'extract');
  const records = readExtractRecords(paths, shared);
  // An article whose files are as the last extract left them is not even parsed.
  const still: ExtractRecords = new Map();
  for (const entry of entries) {
    const record = entry.kind === 'article' ? stillExtracted(paths.root, files(entry), shared, records.get(entry.namespace)) : null;
    if (record) still.set(entry.namespace, record);
  }

  const project = await loadProject(root, config, { trees: false, skip: new Set(still.keys()) });
  const translations = await loadTranslations(project);
  const targetLocales = config.locales.filter((locale) => locale !== config.sourceLocale && !isPseudoLocale(locale));
  for (const byLocale of translations.catalogs.values()) {
    for (const locale of targetLocales) assertEditable(byLocale.get(locale));
  }
  // The memory fills only keys that are new to their article: the unchanged articles' catalogs are read only then.
  if (project.documents.some((document) => hasNewKey(document, project.sourceCatalogs.get(document.namespace)))) await addCatalogsOf(project, translations, still.keys());
  const memories = buildMemories(
    project,
    translations,
    entries.flatMap((entry) => (translations.catalogs.has(entry.namespace) ? [entry.namespace] : [])),
  );
  const archives = new Map(targetLocales.map((locale) => [locale, [...(translations.archives.get(locale) ?? [])]]));

  const report: ExtractReport = { namespaces: [], files: [] };
  const writes: Array<{ file: string; content: string | null }> = [];
  const documents = new Map(project.documents.map((document) => [document.namespace, document]));
  for (const entry of entries) {
    const unchanged = still.get(entry.namespace);
    if (unchanged) {
      report.namespaces.push(unchangedArticle(paths, config, targetLocales, entry.namespace, unchanged));
      for (const file of [paths.catalogFile(config.sourceLocale, entry.namespace), paths.stateFile(entry.namespace)]) {
        if (existsSync(file)) report.files.push({ file: paths.relative(file), result: 'unchanged' });
      }
      continue;
    }
    const document = documents.get(entry.namespace);
    if (!document || document.kind === 'strings') continue;
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
  // Recorded last, after every write: a run that failed records nothing.
  const recorded: ExtractRecords = new Map();
  for (const entry of entries) {
    if (entry.kind !== 'article') continue;
    const document = documents.get(entry.namespace);
    recorded.set(entry.namespace, still.get(entry.namespace) ?? extractRecordOf(paths.root, files(entry), shared, document?.segments.length ?? 0));
  }
  if (!sameRecords(records, recorded)) await writeExtractRecords(paths, shared, recorded);
  return report;
}

/** Whether extracting an article adds a key its source-locale catalog does not have (then the memory may fill it). */
function hasNewKey(document: SourceDocument, sourceCatalog: LocaleCatalog | undefined): boolean {
  if (document.kind !== 'article') return false;
  const previous = sourceCatalog?.catalog.values ?? new Map<string, string>();
  return document.segments.some((segment) => !previous.has(segment.key));
}

/** The report of an article left as it was. */
function unchangedArticle(paths: ProjectPaths, config: Config, targetLocales: readonly string[], namespace: string, record: ExtractRecord): ExtractReport['namespaces'][number] {
  return {
    namespace,
    catalog: paths.relative(paths.catalogFile(config.sourceLocale, namespace)),
    segments: record.segments,
    keys: { kept: record.segments, edited: 0, added: 0, removed: 0 },
    locales: targetLocales.map((locale) => ({ locale, outdated: [], archived: [], restored: [], fromMemory: [] })),
  };
}

function sameRecords(before: ExtractRecords, after: ExtractRecords): boolean {
  return before.size === after.size && [...after].every(([namespace, record]) => JSON.stringify(before.get(namespace)) === JSON.stringify(record));
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
