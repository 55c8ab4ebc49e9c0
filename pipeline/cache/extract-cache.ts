import type { ProjectPaths } from '../project/project-paths.js';
import type { ProjectGuard } from '../store/project-guard.js';
import { hashStated, namespaceFingerprint, statSignature, statsHold } from './build-cache.js';
import { readCacheFile, writeCacheFile } from './cache-file.js';
import type { CacheRecords } from './cache-records.js';

/**
 * What an article's files (source, every catalog, translation state) were when `extract`
 * last left them. While they hold, extracting it again would change nothing: its segments
 * are the keys of its source-locale catalog, so no key is new and neither the translation
 * memory nor the archive is consulted.
 */
export interface ExtractRecord {
  fingerprint: string;
  /** Sizes and times of the files, as in a build record (null: check by content). */
  stats: number[] | null;
  segments: number;
}

export type ExtractRecords = CacheRecords<ExtractRecord>;

const cacheVersion = 2;

/** The records of the last `extract` (`locales/.tarjama/cache/extract.json`). */
export function readExtractRecords(paths: ProjectPaths, shared: string): ExtractRecords {
  return readCacheFile<ExtractRecord>(paths.extractCacheFile, paths.guard, cacheVersion, shared, (record) => typeof record.fingerprint === 'string' && typeof record.segments === 'number');
}

export async function writeExtractRecords(paths: ProjectPaths, shared: string, records: ExtractRecords): Promise<void> {
  await writeCacheFile(paths.extractCacheFile, cacheVersion, shared, records, paths.root);
}

/** The record of an article's files as they are now. */
export function extractRecordOf(guard: ProjectGuard, files: readonly string[], shared: string, segments: number): ExtractRecord {
  const { stats, hashes } = hashStated(guard, files);
  return { fingerprint: namespaceFingerprint(shared, hashes), stats: statSignature(stats), segments };
}

/**
 * The record of an article whose files are still as recorded — by size and time without
 * reading them, else by content (then with fresh stats) — or null when any file differs.
 */
export function stillExtracted(guard: ProjectGuard, files: readonly string[], shared: string, record: ExtractRecord | undefined): ExtractRecord | null {
  if (!record) return null;
  if (record.stats && statsHold(guard, files, record.stats)) return record;
  const now = extractRecordOf(guard, files, shared, record.segments);
  return now.fingerprint === record.fingerprint ? now : null;
}
