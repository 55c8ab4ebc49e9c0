import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config/config.js';
import { writeFileAtomic } from '../io/write-file-atomic.js';
import type { NamespaceEntry } from '../project/list-namespaces.js';
import type { ProjectPaths } from '../project/project-paths.js';
import type { TranslationCounts } from '../translate/translate-document.js';
import { fileStat, namespaceFingerprint, outputsIntact, sharedFingerprint, statsUnchanged, type BuildRecord, type FileStat } from './build-cache.js';
import type { NamespaceResult, PublishOptions } from './process-namespace.js';

// Synchronous reads: thousands of small files are read far faster without a thread-pool hop each.
function text(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** The part of every namespace's fingerprint that the whole run shares. */
export async function runFingerprint(paths: ProjectPaths, config: Config, site: NamespaceEntry | null, publish: PublishOptions): Promise<string> {
  const inputs = [text(paths.glossaryFile), ...(site ? config.locales.map((locale) => text(paths.catalogFile(locale, site.namespace))) : [])];
  return sharedFingerprint(config, inputs, publish);
}

/** A namespace's inputs read without parsing anything, its fingerprint, and its last build record. */
export interface NamespaceInputs {
  entry: NamespaceEntry;
  shared: string;
  fingerprint: string;
  record: BuildRecord | null;
  /** The stat of every input, taken before it was read. */
  stats: Record<string, FileStat>;
}

/** The files a namespace's editions are made from: source, every catalog, the translation state. */
function inputFiles(paths: ProjectPaths, config: Config, entry: NamespaceEntry): string[] {
  return [
    ...(entry.kind === 'article' ? [paths.sourceFile(entry.namespace)] : []),
    ...config.locales.map((locale) => paths.catalogFile(locale, entry.namespace)),
    paths.stateFile(entry.namespace),
  ];
}

/**
 * The result of a namespace whose inputs and outputs all have the size and modification time
 * its last build recorded, found without reading any of them; null when anything differs.
 */
export function unchangedResult(paths: ProjectPaths, shared: string, entry: NamespaceEntry, record: BuildRecord | null): NamespaceResult | null {
  if (!record || record.shared !== shared) return null;
  return statsUnchanged(paths.root, record) ? resultOf(entry, record) : null;
}

/** Reads what a namespace's editions are made from, and fingerprints it. */
export function readInputs(paths: ProjectPaths, config: Config, shared: string, entry: NamespaceEntry, record: BuildRecord | null): NamespaceInputs {
  const stats: Record<string, FileStat> = {};
  const read = (file: string): string | null => {
    stats[paths.relative(file)] = fileStat(file);
    return text(file);
  };
  const [source, ...rest] = inputFiles(paths, config, entry).map(read);
  const stateText = rest.pop() ?? null;
  let translationState: unknown = null;
  try {
    translationState = stateText === null ? null : (JSON.parse(stateText) as { locales?: unknown }).locales ?? null;
  } catch {
    translationState = stateText;
  }
  const inputs = entry.kind === 'article' ? [source ?? null, ...rest, JSON.stringify(translationState)] : [null, source ?? null, ...rest, JSON.stringify(translationState)];
  return { entry, shared, fingerprint: namespaceFingerprint(shared, inputs), record, stats };
}

/** The build records of every namespace, from one file: one read, however large the archive. */
export type BuildRecords = Map<string, BuildRecord>;

/** Reads the build records; a missing or damaged cache is an empty one (everything is built). */
export function readBuildRecords(paths: ProjectPaths): BuildRecords {
  const records: BuildRecords = new Map();
  const cache = text(paths.buildCacheFile);
  if (cache === null) return records;
  try {
    const parsed = JSON.parse(cache) as { version?: unknown; namespaces?: Record<string, BuildRecord> };
    if (parsed.version !== cacheVersion || typeof parsed.namespaces !== 'object' || parsed.namespaces === null) return records;
    for (const [namespace, record] of Object.entries(parsed.namespaces)) {
      if (typeof record?.fingerprint === 'string' && typeof record.outputs === 'object' && typeof record.counts === 'object') records.set(namespace, record);
    }
  } catch {
    // A damaged cache only costs a full build.
  }
  return records;
}

const cacheVersion = 1;

/** The result of a namespace whose editions are still those its record describes, or null. */
export function cachedResult(root: string, inputs: NamespaceInputs): NamespaceResult | null {
  const { record } = inputs;
  if (!record || record.fingerprint !== inputs.fingerprint || !outputsIntact(root, record)) return null;
  return resultOf(inputs.entry, record);
}

function resultOf(entry: NamespaceEntry, record: BuildRecord): NamespaceResult {
  const files = Object.keys(record.outputs);
  return {
    namespace: entry.namespace,
    kind: entry.kind,
    editions: Object.entries(record.counts).map(([locale, counts]) => {
      const markdown = files.find((file) => file.endsWith(`/${locale}/${entry.namespace}.md`)) ?? '';
      const html = files.find((file) => file.endsWith(`/${locale}/${entry.namespace}.html`));
      return {
        locale,
        counts,
        findings: [],
        unreadable: false,
        output: { file: markdown, result: 'unchanged', incomplete: counts.translated < counts.total, html: html ? { file: html, result: 'unchanged' } : null, hashes: {} },
      };
    }),
  };
}

/**
 * Records what each namespace's editions were made from, so that the next build can skip it,
 * and writes every record to the cache. A namespace with a blocked edition gets no new
 * record (it is built again). Called at the end of a run, so that the outputs' times are
 * well before the moment they are recorded.
 */
export async function recordBuilds(paths: ProjectPaths, records: BuildRecords, built: ReadonlyArray<[NamespaceInputs, NamespaceResult]>): Promise<void> {
  if (built.length === 0) return;
  for (const [inputs, result] of built) {
    const record = recordOf(paths, inputs, result);
    if (record) records.set(inputs.entry.namespace, record);
  }
  await writeFileAtomic(paths.buildCacheFile, `${JSON.stringify({ version: cacheVersion, namespaces: Object.fromEntries(records) })}\n`, paths.root);
}

function recordOf(paths: ProjectPaths, inputs: NamespaceInputs, result: NamespaceResult): BuildRecord | null {
  const outputs: Record<string, string> = {};
  const counts: Record<string, TranslationCounts> = {};
  for (const edition of result.editions) {
    // A blocked edition leaves the last record alone: its fingerprint no longer matches anyway.
    if (!edition.output || edition.output.result === 'blocked') return null;
    counts[edition.locale] = edition.counts;
    Object.assign(outputs, edition.output.hashes);
  }
  // A namespace found unchanged by its content keeps its record, with fresh stats.
  if (Object.keys(outputs).length === 0 && inputs.record) Object.assign(outputs, inputs.record.outputs);
  const stats: Record<string, FileStat> = { ...inputs.stats };
  for (const file of Object.keys(outputs)) stats[file] = fileStat(path.join(paths.root, file));
  return { fingerprint: inputs.fingerprint, shared: inputs.shared, outputs, counts, stats };
}
