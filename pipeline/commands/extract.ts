import { existsSync } from 'node:fs';
import { sharedFingerprint } from '../cache/build-cache.js';
import { extractRecordOf, readExtractRecords, stillExtracted, writeExtractRecords, type ExtractRecord, type ExtractRecords } from '../cache/extract-cache.js';
import { inputFiles } from '../cache/incremental.js';
import { archiveIdentity, serializeArchive, type ArchiveEntry } from '../catalog/archive-file.js';
import { editCatalog } from '../catalog/edit-catalog.js';
import type { LocaleCatalog } from '../catalog/locale-catalog.js';
import { serializeCatalog } from '../catalog/serialize-catalog.js';
import { serializeState } from '../catalog/state-file.js';
import { TranslationMemory } from '../catalog/translation-memory.js';
import { sourceHash, translatedFrom } from '../catalog/translation-state.js';
import type { Config } from '../config/config.js';
import { planExtract, type LocaleChanges, type NamespacePlan } from '../extract/plan-extract.js';
import { renamedFrom } from '../extract/renamed-from.js';
import { listNamespaces, type NamespaceEntry } from '../project/list-namespaces.js';
import { loadDocument } from '../project/load-document.js';
import { addToMemories, loadCatalogs, readArchives, targetLocales as targetsOf } from '../project/load-translations.js';
import { projectPaths, type ProjectPaths } from '../project/project-paths.js';
import { commitWrites, type FileWrite } from '../store/journal.js';
import { holdsContent, type FileOps } from '../store/write-file-atomic.js';
import { TarjamaError } from '../util/tarjama-error.js';

/** A file `extract` wrote, left alone (same content) or removed (nothing left to keep). */
export interface FileChange {
  file: string;
  result: 'written' | 'unchanged' | 'removed';
}

/** What `extract` did: per namespace, how the keys moved and what each locale's translations became. */
export interface ExtractReport {
  namespaces: Array<{
    namespace: string;
    catalog: string;
    segments: number;
    keys: NamespacePlan['keys'];
    locales: LocaleChanges[];
    /** The article's name before it was renamed, when its extraction came from there. */
    renamedFrom?: string;
    /** Keys of the source-locale catalog whose hand edit was undone. */
    handEdited?: string[];
  }>;
  /** Articles whose source is gone: their translations were archived, their files removed. */
  removed: Array<{ namespace: string; archived: Record<string, number> }>;
  files: FileChange[];
}

/** How `extract` runs; tests pass file operations that fail. */
export interface ExtractOptions {
  ops?: FileOps;
}

/**
 * Writes `locales/<sourceLocale>/<slug>.json` for every source, keeping each segment's key
 * through edits and moves; then makes the translators' catalogs follow without losing
 * anything: see `planExtract`. Translators' files are edited in place, minimally, and only
 * when something changes; an unreadable one stops everything before any write.
 *
 * The generated files are never trusted over the source: a hand edit of the source-locale
 * catalog is undone, keys following the source as the state recorded it. An article whose
 * source is gone has its translations archived and its files removed, unless a new article
 * is the same one renamed: then its keys, translations and state move to the new name.
 *
 * One article at a time: parsed, planned, then dropped, so that memory does not grow with the
 * archive. An article whose source, catalogs and state are as the last extract left them (by
 * size and time, else by content; `locales/.tarjama/cache/extract.json`) is neither read nor
 * parsed: extracting it again would change nothing. The files are written at the end, all
 * together, as one transaction (`commitWrites`): a run stopped anywhere leaves the project
 * as it was, or as this run leaves it once the next run completes it.
 */
export async function extract(root: string, config: Config, options: ExtractOptions = {}): Promise<ExtractReport> {
  const paths = projectPaths(root, config);
  const { entries, orphans } = await listNamespaces(paths, config);
  const files = inputFiles(paths, config);
  const shared = await sharedFingerprint(config, [], 'extract');
  const records = readExtractRecords(paths, shared);
  const still = new Map<string, ExtractRecord>();
  for (const entry of entries) {
    const record = entry.kind === 'article' ? stillExtracted(paths.guard, files(entry), shared, records.get(entry.namespace)) : null;
    if (record) still.set(entry.namespace, record);
  }

  const targetLocales = targetsOf(config);
  const archived = await readArchives(paths, targetLocales);
  const archives = new Map(targetLocales.map((locale) => [locale, [...(archived.get(locale) ?? [])]]));
  const memories = lazyMemories(paths, config, [...entries.map((entry) => entry.namespace), ...orphans], archived);
  const archive = (locale: string, change: ArchiveChange): void => {
    const kept = archives.get(locale) ?? [];
    const removed = new Set(change.remove.map(archiveIdentity));
    archives.set(locale, [...kept.filter((entry) => !removed.has(archiveIdentity(entry))), ...change.add]);
    memories.archive(locale, change);
  };

  const report: ExtractReport = { namespaces: [], removed: [], files: [] };
  // What to write once every article is planned; a file that already holds its content is not kept waiting.
  const writes: FileWrite[] = [];
  const hold = (file: string, content: string | null): void => {
    if (content !== null && holdsContent(file, content, paths.root)) report.files.push({ file: paths.relative(file), result: 'unchanged' });
    else if (content !== null || existsSync(file)) writes.push({ file, content });
  };
  const segments = new Map<string, number>();
  const unclaimed = new Set(orphans);
  for (const entry of entries) {
    const unchanged = still.get(entry.namespace);
    if (unchanged) {
      report.namespaces.push(unchangedArticle(paths, config, targetLocales, entry.namespace, unchanged));
      for (const file of [paths.catalogFile(config.sourceLocale, entry.namespace), paths.stateFile(entry.namespace)]) {
        if (existsSync(file)) report.files.push({ file: paths.relative(file), result: 'unchanged' });
      }
      continue;
    }
    if (entry.kind === 'strings') {
      for (const catalog of (await loadCatalogs(paths, entry.namespace, targetLocales)).catalogs.values()) assertEditable(catalog);
      continue;
    }

    let loaded = await loadDocument(paths, config, entry);
    const from = unclaimed.size > 0 && isNewArticle(paths, config, entry.namespace) ? await renamedFrom(paths, config, loaded.document, unclaimed) : null;
    if (from !== null) {
      unclaimed.delete(from);
      loaded = await loadDocument(paths, config, entry, from);
    }
    const own = from ?? entry.namespace;
    const { catalogs } = await loadCatalogs(paths, own, targetLocales);
    for (const catalog of catalogs.values()) assertEditable(catalog);
    const { document, previous, state } = loaded;
    const targets = targetLocales.map((locale) => catalogs.get(locale) as LocaleCatalog);
    const before = new Map(previous.map((item) => [item.key, item.hash ?? sourceHash(item.text)]));
    const changed = document.segments.some((segment) => before.get(segment.key) !== sourceHash(segment.text));
    const plan = planExtract(document, previous, targets, state, changed ? await memories.all() : new Map());
    segments.set(entry.namespace, document.segments.length);

    const catalogFile = paths.catalogFile(config.sourceLocale, document.namespace);
    hold(catalogFile, serializeCatalog(document.segments.map((segment) => [segment.key, segment.text])));
    for (const target of targets) {
      const edit = plan.edits.get(target.locale);
      // A renamed article's catalogs move to its new name, edited or not.
      const text = edit ? editCatalog(target.text ?? '', edit) : from !== null ? target.text : null;
      if (text !== null) hold(paths.catalogFile(target.locale, document.namespace), text);
    }
    hold(paths.stateFile(document.namespace), serializeState(plan.state));
    if (from !== null) for (const file of namespaceFiles(paths, config, from)) hold(file, null);
    for (const [locale, change] of plan.archive) archive(locale, change);
    report.namespaces.push({
      namespace: document.namespace,
      catalog: paths.relative(catalogFile),
      segments: document.segments.length,
      keys: plan.keys,
      locales: plan.locales,
      ...(from !== null ? { renamedFrom: from } : {}),
      ...(loaded.handEdited.length > 0 ? { handEdited: loaded.handEdited } : {}),
    });
  }

  for (const orphan of unclaimed) {
    const { catalogs, state } = await loadCatalogs(paths, orphan, [config.sourceLocale, ...targetLocales]);
    for (const catalog of catalogs.values()) assertEditable(catalog, 'extract archives its translations');
    const sources = catalogs.get(config.sourceLocale)?.catalog.values ?? new Map<string, string>();
    const counts: Record<string, number> = {};
    for (const locale of targetLocales) {
      const entries = state.locales.get(locale);
      const add: ArchiveEntry[] = [];
      for (const [key, translation] of catalogs.get(locale)?.catalog.values ?? []) {
        if (translation.trim() === '') continue;
        add.push({ namespace: orphan, key, source: translatedFrom(sources.get(key) ?? '', translation, entries?.get(key)), translation });
      }
      counts[locale] = add.length;
      archive(locale, { add, remove: [] });
    }
    for (const file of namespaceFiles(paths, config, orphan)) hold(file, null);
    report.removed.push({ namespace: orphan, archived: counts });
  }
  for (const [locale, entries] of archives) hold(paths.archiveFile(locale), serializeArchive(entries));

  for (const change of commitWrites(paths, 'extract', writes, options.ops)) report.files.push(change);
  // Recorded last, after every write: a run that failed records nothing.
  // Records kept as they were are written back as they were read.
  const recorded = records.emptied();
  for (const entry of entries) {
    if (entry.kind !== 'article') continue;
    recorded.set(entry.namespace, still.get(entry.namespace) ?? extractRecordOf(paths.guard, files(entry), shared, segments.get(entry.namespace) ?? 0));
  }
  if (!sameRecords(records, recorded)) await writeExtractRecords(paths, shared, recorded);
  return report;
}

type ArchiveChange = { add: ArchiveEntry[]; remove: ArchiveEntry[] };

/** Whether an article has never been extracted: no catalog in any locale, no state. */
function isNewArticle(paths: ProjectPaths, config: Config, namespace: string): boolean {
  return !existsSync(paths.stateFile(namespace)) && config.locales.every((locale) => !existsSync(paths.catalogFile(locale, namespace)));
}

/** Every file extract keeps for a namespace: its catalogs and its state. */
function namespaceFiles(paths: ProjectPaths, config: Config, namespace: string): string[] {
  return [...config.locales.map((locale) => paths.catalogFile(locale, namespace)), paths.stateFile(namespace)];
}

/**
 * The translation memories of the target locales, built on first use from every namespace's
 * catalogs as they are on disk (extract writes only at the end) and the archive, with the
 * archive changes of the articles planned before then.
 */
function lazyMemories(paths: ProjectPaths, config: Config, namespaces: readonly string[], archived: ReadonlyMap<string, ArchiveEntry[]>) {
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
      for (const namespace of namespaces) {
        const { catalogs, state } = await loadCatalogs(paths, namespace, [config.sourceLocale, ...built.keys()]);
        addToMemories(built, namespace, catalogs.get(config.sourceLocale), catalogs, state.locales);
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
    locales: targetLocales.map((locale) => ({ locale, outdated: [], archived: [], restored: [], fromMemory: [], unverified: [] })),
  };
}

function sameRecords(before: ExtractRecords, after: ExtractRecords): boolean {
  return before.size === after.size && [...after].every(([namespace, record]) => JSON.stringify(before.get(namespace)) === JSON.stringify(record));
}

function assertEditable(target: LocaleCatalog | undefined, why = 'extract edits this file'): void {
  const problem = target?.catalog.problems.find((candidate) => candidate.kind === 'parse' || candidate.kind === 'duplicate');
  if (!target || !problem) return;
  throw new TarjamaError(`${problem.message}; ${why}, so fix it first (nothing was written)`, {
    file: target.file,
    line: problem.position.line,
    column: problem.position.column,
  });
}
