import { existsSync } from 'node:fs';
import { sharedFingerprint } from '../cache/build-cache.js';
import { extractRecordOf, readExtractRecords, stillExtracted, writeExtractRecords, type ExtractRecord } from '../cache/extract-cache.js';
import { inputFiles } from '../cache/incremental.js';
import { sameRecords } from '../cache/cache-records.js';
import { lazyMemoryIndex } from '../cache/memory-index.js';
import { archiveIdentity, serializeArchive, type ArchiveEntry } from '../catalog/archive-file.js';
import { editCatalog } from '../catalog/edit-catalog.js';
import type { LocaleCatalog } from '../catalog/locale-catalog.js';
import { readContent } from '../catalog/read-content.js';
import { serializeCatalog } from '../catalog/serialize-catalog.js';
import { serializeState, type StateRecord } from '../catalog/state-file.js';
import { sourceHash, translatedFrom } from '../catalog/translation-state.js';
import type { Config } from '../config/config.js';
import { lazyMemories, type LazyMemories, type MemoryIndexing } from '../extract/lazy-memories.js';
import { planExtract, type ArchiveChange, type LocaleChanges, type NamespacePlan } from '../extract/plan-extract.js';
import { renamedFrom } from '../extract/renamed-from.js';
import type { ArticleSource } from '../project/article-source.js';
import { listNamespaces, type NamespaceEntry } from '../project/list-namespaces.js';
import { catalogsOnDisk, loadCatalogs, readArchives, targetLocales as targetsOf } from '../project/load-translations.js';
import { forgetParses } from '../project/parsed-articles.js';
import { projectPaths, type ProjectPaths } from '../project/project-paths.js';
import { articleLoader, type ArticleLoader } from '../run/article-loader.js';
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
  /**
   * Threads, the main one included, as in `RunSettings`: above 1, worker threads read and parse
   * articles ahead while the main one plans and writes them, and parses too rather than wait
   * (`articleLoader`), when there are at least `poolFrom` articles to read. By default, and at 1,
   * everything runs on the main thread. The CLI gives the machine's cores (`TARJAMA_JOBS`).
   */
  jobs?: number | undefined;
  /** The fewest articles to read for which workers start (`RunSettings.poolFrom`). */
  poolFrom?: number | undefined;
  /** Sizes the workers' heaps for a large run (`leanHeap`), as `build` does. */
  leanHeap?: boolean | undefined;
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
 * One article at a time: parsed (ahead, on `jobs` worker threads), planned, then dropped, so that memory does not grow with the
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

  // The memory index is read only when the memory is built, so after the records: a no-change run never reads it.
  const index = lazyMemoryIndex(paths, shared, still);
  const run = await startExtract(paths, config, [...entries.map((entry) => entry.namespace), ...orphans], index.indexing);
  const segments = new Map<string, number>();
  const unclaimed = new Set(orphans);
  const toLoad = entries.filter((entry) => entry.kind === 'article' && !still.has(entry.namespace));
  const workers = options.jobs !== undefined && options.jobs > 1 ? options.jobs - 1 : 0;
  const articles = articleLoader(paths, config, toLoad, { workers, poolFrom: options.poolFrom, leanHeap: options.leanHeap });
  try {
    for (const entry of entries) {
      const unchanged = still.get(entry.namespace);
      if (unchanged) keepUnchanged(run, entry.namespace, unchanged, files(entry));
      else if (entry.kind === 'strings') for (const catalog of (await loadCatalogs(paths, entry.namespace, run.targetLocales)).catalogs.values()) assertEditable(catalog);
      else segments.set(entry.namespace, await extractArticle(run, articles, entry, unclaimed));
    }
  } finally {
    await articles.close();
  }
  for (const orphan of unclaimed) await archiveOrphan(run, orphan);
  for (const [locale, entries] of run.archives) hold(run, paths.archiveFile(locale), serializeArchive(entries));

  for (const change of commitWrites(paths, 'extract', run.writes, options.ops)) run.report.files.push(change);
  // Recorded last, after every write: a run that failed records nothing.
  // Records kept as they were are written back as they were read.
  const recorded = records.emptied();
  for (const entry of entries) {
    if (entry.kind !== 'article') continue;
    recorded.set(entry.namespace, still.get(entry.namespace) ?? extractRecordOf(paths.guard, files(entry), shared, segments.get(entry.namespace) ?? 0));
  }
  if (!sameRecords(records, recorded)) await writeExtractRecords(paths, shared, recorded);
  await index.write(run.memories.formsRead());
  forgetParses(paths, entries.flatMap((entry) => (entry.kind === 'article' ? [entry.namespace] : [])));
  return run.report;
}

/** What an extract gathers as it plans one article after another: its report, the writes it commits at the end, and every locale's archive with the memories that follow it. */
interface ExtractRun {
  paths: ProjectPaths;
  config: Config;
  targetLocales: string[];
  report: ExtractReport;
  /** What to write once every article is planned. */
  writes: FileWrite[];
  archives: Map<string, ArchiveEntry[]>;
  memories: LazyMemories;
}

/** Reads the archives and readies the memories (built from the catalogs of `namespaces` when first needed, with the memory index `indexing` gives then). */
async function startExtract(paths: ProjectPaths, config: Config, namespaces: readonly string[], indexing: () => MemoryIndexing): Promise<ExtractRun> {
  const targetLocales = targetsOf(config);
  const archived = await readArchives(paths, targetLocales);
  return {
    paths,
    config,
    targetLocales,
    report: { namespaces: [], removed: [], files: [] },
    writes: [],
    archives: new Map(targetLocales.map((locale) => [locale, [...(archived.get(locale) ?? [])]])),
    memories: lazyMemories(paths, config, namespaces, archived, indexing),
  };
}

/**
 * Queues `content` for `file` (null removes it); a file that already holds its content is
 * reported unchanged, not kept waiting. With `expected`, what the run read of the file and
 * planned from (null: absent), the file is compared with that, not read again, and the commit
 * refuses to replace it if it holds anything else by then: a translator saved it meanwhile.
 * Else the file is checked through the run's guard first: a new article's files are absent,
 * in folders a cold extract has yet to make. The comparison reads through the guard too, whose
 * folders are checked once per run: with the project's root instead, each file held resolved
 * its whole path again (a dozen system calls).
 */
function hold({ paths, report, writes }: ExtractRun, file: string, content: string | null, expected?: string | null): void {
  if (expected !== undefined) {
    if (content !== null && content === expected) report.files.push({ file: paths.relative(file), result: 'unchanged' });
    else if (content !== null || expected !== null) writes.push({ file, content, expected });
    return;
  }
  const present = paths.guard.stat(file) !== undefined;
  if (present && content !== null && holdsContent(file, content, paths.guard)) report.files.push({ file: paths.relative(file), result: 'unchanged' });
  else if (content !== null || present) writes.push({ file, content });
}

/** Applies an archive change to a locale's archive and to its memory. */
function archive({ archives, memories }: ExtractRun, locale: string, change: ArchiveChange): void {
  const kept = archives.get(locale) ?? [];
  if (change.remove.length === 0) {
    // Most articles only add (or neither): the archive is not gone through for each, which made an extract quadratic in it.
    for (const entry of change.add) kept.push(entry);
    archives.set(locale, kept);
  } else {
    const removed = new Set(change.remove.map(archiveIdentity));
    archives.set(locale, [...kept.filter((entry) => !removed.has(archiveIdentity(entry))), ...change.add]);
  }
  memories.archive(locale, change);
}

/** Reports an article the last extract left as it is, and its files unchanged. */
function keepUnchanged(run: ExtractRun, namespace: string, record: ExtractRecord, inputs: readonly string[]): void {
  const { paths, config } = run;
  run.report.namespaces.push(unchangedArticle(paths, config, run.targetLocales, namespace, record));
  for (const file of [paths.catalogFile(config.sourceLocale, namespace), paths.stateFile(namespace)]) {
    const relative = paths.relative(file);
    // The record's stats hold (or were just taken): they say whether the file is there (size -1: absent) without asking the disk again.
    const at = inputs.indexOf(relative);
    const present = record.stats && at >= 0 ? record.stats[at * 2] !== -1 : existsSync(file);
    if (present) run.report.files.push({ file: relative, result: 'unchanged' });
  }
}

/**
 * Plans one article (taking over the files of an `unclaimed` one it was renamed from) and
 * queues its catalogs, state and archive changes; returns its number of segments.
 */
async function extractArticle(run: ExtractRun, articles: ArticleLoader, entry: NamespaceEntry, unclaimed: Set<string>): Promise<number> {
  const { paths, config } = run;
  let loaded: ArticleSource = await articles.load(entry);
  const from = unclaimed.size > 0 && isNewArticle(paths, config, entry.namespace) ? await renamedFrom(paths, config, loaded.document, unclaimed) : null;
  if (from !== null) {
    unclaimed.delete(from);
    loaded = await articles.loadRenamed(entry, from);
  }
  const own = from ?? entry.namespace;
  // The state was read with the article (`loaded.state`): only the translations are read here.
  const catalogs = await catalogsOnDisk(paths, own, run.targetLocales);
  for (const catalog of catalogs.values()) assertEditable(catalog);
  const { document, previous, state } = loaded;
  const targets = run.targetLocales.map((locale) => catalogs.get(locale) as LocaleCatalog);
  const before = new Map(previous.map((item) => [item.key, item.hash ?? sourceHash(item.text)]));
  // New or edited segments: the only ones planning can look up in the memory (`fillSegments`).
  const changed = document.segments.filter((segment) => before.get(segment.key) !== sourceHash(segment.text)).map((segment) => segment.text);
  // A locale that falls back on another leaves out what it does not override: no blanks there.
  const blanks = (locale: string): boolean => config.fallbacks[locale] === undefined;
  const plan = planExtract(document, previous, targets, state, changed.length > 0 ? await run.memories.forTexts(changed) : new Map(), blanks);

  // The files the article was planned from, as read (`readContent`): replaced in place, or, for
  // a renamed article, removed, its new files absent then (`isNewArticle`). Each write expects
  // what was read, so that one saved meanwhile stops the commit instead of being lost.
  const read = filesRead(paths, own, [[config.sourceLocale, loaded.sourceCatalogRead], ...targets.map((target): [string, string | null | undefined] => [target.locale, readContent(target)])], state);
  const expected = (file: string): string | null | undefined => (from === null ? read.get(file) : null);
  const catalogFile = paths.catalogFile(config.sourceLocale, document.namespace);
  hold(run, catalogFile, serializeCatalog(document.segments.map((segment) => [segment.key, segment.text])), expected(catalogFile));
  for (const target of targets) {
    const edit = plan.edits.get(target.locale);
    // A renamed article's catalogs move to its new name, edited or not.
    const text = edit ? editCatalog(target.text ?? '', edit) : from !== null ? target.text : null;
    const file = paths.catalogFile(target.locale, document.namespace);
    if (text !== null) hold(run, file, text, expected(file));
  }
  const stateFile = paths.stateFile(document.namespace);
  hold(run, stateFile, serializeState(plan.state), expected(stateFile));
  if (from !== null) for (const file of namespaceFiles(paths, config, from)) hold(run, file, null, read.get(file));
  for (const [locale, change] of plan.archive) archive(run, locale, change);
  run.report.namespaces.push({
    namespace: document.namespace,
    catalog: paths.relative(catalogFile),
    segments: document.segments.length,
    keys: plan.keys,
    locales: plan.locales,
    ...(from !== null ? { renamedFrom: from } : {}),
    ...(loaded.handEdited.length > 0 ? { handEdited: loaded.handEdited } : {}),
  });
  return document.segments.length;
}

/** Archives the translations of an article whose source is gone, and queues the removal of its files. */
async function archiveOrphan(run: ExtractRun, orphan: string): Promise<void> {
  const { paths, config, targetLocales } = run;
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
    archive(run, locale, { add, remove: [] });
  }
  // Removed only if they still hold what was archived: a save meanwhile stops the commit.
  const read = filesRead(paths, orphan, [...catalogs].map(([locale, catalog]): [string, string | null | undefined] => [locale, readContent(catalog)]), state);
  for (const file of namespaceFiles(paths, config, orphan)) hold(run, file, null, read.get(file));
  run.report.removed.push({ namespace: orphan, archived: counts });
}

/** A namespace's files as a run read them, by path (see `FileWrite.expected`): its catalogs, given by locale, and its state. */
function filesRead(paths: ProjectPaths, namespace: string, catalogs: ReadonlyArray<[string, string | null | undefined]>, state: StateRecord): Map<string, string | null | undefined> {
  const read = new Map(catalogs.map(([locale, text]): [string, string | null | undefined] => [paths.catalogFile(locale, namespace), text]));
  return read.set(paths.stateFile(namespace), state.integrity === 'absent' ? null : state.text);
}

/** Whether an article has never been extracted: no catalog in any locale, no state. */
function isNewArticle(paths: ProjectPaths, config: Config, namespace: string): boolean {
  return !existsSync(paths.stateFile(namespace)) && config.locales.every((locale) => !existsSync(paths.catalogFile(locale, namespace)));
}

/** Every file extract keeps for a namespace: its catalogs and its state. */
function namespaceFiles(paths: ProjectPaths, config: Config, namespace: string): string[] {
  return [...config.locales.map((locale) => paths.catalogFile(locale, namespace)), paths.stateFile(namespace)];
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

function assertEditable(target: LocaleCatalog | undefined, why = 'extract edits this file'): void {
  const problem = target?.catalog.problems.find((candidate) => candidate.kind === 'parse' || candidate.kind === 'duplicate');
  if (!target || !problem) return;
  throw new TarjamaError(`${problem.message}; ${why}, so fix it first (nothing was written)`, {
    file: target.file,
    line: problem.position.line,
    column: problem.position.column,
  });
}
