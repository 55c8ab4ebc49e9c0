import { existsSync } from 'node:fs';
import { editCatalog } from '../catalog/edit-catalog.js';
import type { LocaleCatalog } from '../catalog/locale-catalog.js';
import { serializeCatalog } from '../catalog/serialize-catalog.js';
import type { Config } from '../config/config.js';
import { planExtract, type LocaleChanges, type NamespacePlan } from '../evolve/plan-extract.js';
import { removeFile } from '../io/remove-file.js';
import { TarjamaError } from '../io/tarjama-error.js';
import { holdsContent, writeFileAtomic } from '../io/write-file-atomic.js';
import { serializeArchive, type ArchiveEntry } from '../memory/archive-file.js';
import { TranslationMemory } from '../memory/translation-memory.js';
import { listNamespaces, type NamespaceEntry } from '../project/list-namespaces.js';
import { loadDocument } from '../project/load-document.js';
import { addToMemories, loadCatalogs, readArchives, targetLocales as targetsOf } from '../project/load-translations.js';
import { projectPaths, type ProjectPaths } from '../project/project-paths.js';
import { sharedFingerprint } from '../run/build-cache.js';
import { extractRecordOf, readExtractRecords, stillExtracted, writeExtractRecords, type ExtractRecord, type ExtractRecords } from '../run/extract-cache.js';
import { inputFiles } from '../run/incremental.js';
import { serializeState } from '../state/state-file.js';

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
 *
 * One article at a time: parsed, planned, then dropped, so that memory does not grow with the
 * archive; the files are written at the end, once every article has been planned. An article
 * whose source, catalogs and state are as the last extract left them (by size and time, else
 * by content; `locales/.tarjama/cache/extract.json`) is neither read nor parsed: extracting it
 * again would change nothing. The translation memory, which fills keys new to their article,
 * is built from every catalog the first time such a key comes up.
 */
export async function extract(root: string, config: Config): Promise<ExtractReport> {
  const paths = projectPaths(root, config);
  const entries = await listNamespaces(paths, config);
  const files = inputFiles(paths, config);
  const shared = await sharedFingerprint(config, [], 'extract');
  const records = readExtractRecords(paths, shared);
  const still: ExtractRecords = new Map();
  for (const entry of entries) {
    const record = entry.kind === 'article' ? stillExtracted(paths.root, files(entry), shared, records.get(entry.namespace)) : null;
    if (record) still.set(entry.namespace, record);
  }

  const targetLocales = targetsOf(config);
  const archived = await readArchives(paths, targetLocales);
  const archives = new Map(targetLocales.map((locale) => [locale, [...(archived.get(locale) ?? [])]]));
  const memories = lazyMemories(paths, config, entries, archived);

  const report: ExtractReport = { namespaces: [], files: [] };
  // What to write once every article is planned; a file that already holds its content is not kept waiting.
  const writes: Array<{ file: string; content: string | null }> = [];
  const hold = (file: string, content: string | null): void => {
    if (content !== null && holdsContent(file, content, paths.root)) report.files.push({ file: paths.relative(file), result: 'unchanged' });
    else writes.push({ file, content });
  };
  const segments = new Map<string, number>();
  for (const entry of entries) {
    const unchanged = still.get(entry.namespace);
    if (unchanged) {
      report.namespaces.push(unchangedArticle(paths, config, targetLocales, entry.namespace, unchanged));
      for (const file of [paths.catalogFile(config.sourceLocale, entry.namespace), paths.stateFile(entry.namespace)]) {
        if (existsSync(file)) report.files.push({ file: paths.relative(file), result: 'unchanged' });
      }
      continue;
    }
    const { catalogs, state } = await loadCatalogs(paths, entry.namespace, targetLocales);
    for (const catalog of catalogs.values()) assertEditable(catalog);
    if (entry.kind === 'strings') continue;

    const { document, sourceCatalog } = await loadDocument(paths, config, entry);
    const previous = sourceCatalog.catalog.entries.flatMap((item) => (typeof item.value === 'string' ? [{ key: item.key, text: item.value }] : []));
    const targets = targetLocales.map((locale) => catalogs.get(locale) as LocaleCatalog);
    const isNew = document.segments.some((segment) => !sourceCatalog.catalog.values.has(segment.key));
    const plan = planExtract(document, previous, targets, state, isNew ? await memories.all() : new Map());
    segments.set(entry.namespace, document.segments.length);

    const catalogFile = paths.catalogFile(config.sourceLocale, document.namespace);
    hold(catalogFile, serializeCatalog(document.segments.map((segment) => [segment.key, segment.text])));
    for (const target of targets) {
      const edit = plan.edits.get(target.locale);
      if (edit) hold(paths.catalogFile(target.locale, document.namespace), editCatalog(target.text ?? '', edit));
    }
    hold(paths.stateFile(document.namespace), serializeState(plan.state));
    for (const [locale, change] of plan.archive) {
      const kept = archives.get(locale) ?? [];
      const removed = new Set(change.remove.map(identity));
      archives.set(locale, [...kept.filter((entry) => !removed.has(identity(entry))), ...change.add]);
      memories.archive(locale, change);
    }
    report.namespaces.push({ namespace: document.namespace, catalog: paths.relative(catalogFile), segments: document.segments.length, keys: plan.keys, locales: plan.locales });
  }
  for (const [locale, entries] of archives) writes.push({ file: paths.archiveFile(locale), content: serializeArchive(entries) });

  for (const { file, content } of writes) {
    const result = content === null ? ((await removeFile(file)) ? 'removed' : null) : await writeFileAtomic(file, content, paths.root);
    if (result !== null) report.files.push({ file: paths.relative(file), result });
  }
  // Recorded last, after every write: a run that failed records nothing.
  const recorded: ExtractRecords = new Map();
  for (const entry of entries) {
    if (entry.kind !== 'article') continue;
    recorded.set(entry.namespace, still.get(entry.namespace) ?? extractRecordOf(paths.root, files(entry), shared, segments.get(entry.namespace) ?? 0));
  }
  if (!sameRecords(records, recorded)) await writeExtractRecords(paths, shared, recorded);
  return report;
}

type ArchiveChange = { add: ArchiveEntry[]; remove: ArchiveEntry[] };

/**
 * The translation memories of the target locales, built on first use from every namespace's
 * catalogs as they are on disk (extract writes only at the end) and the archive, with the
 * archive changes of the articles planned before then.
 */
function lazyMemories(paths: ProjectPaths, config: Config, entries: readonly NamespaceEntry[], archived: ReadonlyMap<string, ArchiveEntry[]>) {
  let memories: Map<string, TranslationMemory> | null = null;
  const changes: Array<[string, ArchiveChange]> = [];
  const apply = (locale: string, change: ArchiveChange): void => {
    const memory = memories?.get(locale);
    for (const entry of change.remove) memory?.removeArchived({ ...entry, archived: true });
    for (const entry of change.add) memory?.add({ ...entry, archived: true });
  };
  return {
    async all(): Promise<Map<string, TranslationMemory>> {
      if (memories) return memories;
      const built = new Map(targetsOf(config).map((locale) => [locale, new TranslationMemory()]));
      for (const { namespace } of entries) {
        const { catalogs, state } = await loadCatalogs(paths, namespace, [config.sourceLocale, ...built.keys()]);
        addToMemories(built, namespace, catalogs.get(config.sourceLocale), catalogs, state);
      }
      for (const [locale, memory] of built) for (const entry of archived.get(locale) ?? []) memory.add({ ...entry, archived: true });
      memories = built;
      for (const [locale, change] of changes) apply(locale, change);
      return built;
    },
    archive(locale: string, change: ArchiveChange): void {
      if (memories) apply(locale, change);
      else changes.push([locale, change]);
    },
  };
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
