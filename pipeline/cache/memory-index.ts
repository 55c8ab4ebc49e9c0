import type { ProjectPaths } from '../project/project-paths.js';
import { readCacheFile, writeCacheFile } from './cache-file.js';
import { sameRecords, type CacheRecords } from './cache-records.js';
import type { ExtractRecord } from './extract-cache.js';

/**
 * The source texts an article's catalogs and state can give the translation memory, as keys
 * (`lazyMemories`), for the contents its extract record's fingerprint names: while the record
 * holds, `extract` reads that article's files for the memory only when it looks up one of them.
 */
export interface MemoryIndexRecord {
  fingerprint: string;
  /** Every source text of the article's catalog and state, as `memoryFormKey` writes it: a superset of what its memory entries hold. */
  forms: string[];
}

export type MemoryIndex = CacheRecords<MemoryIndexRecord>;

const cacheVersion = 1;

/** The memory index the last extract that built the memory left (`locales/.tarjama/cache/memory.json`); none when missing or made otherwise. */
export function readMemoryIndex(paths: ProjectPaths, shared: string): MemoryIndex {
  return readCacheFile<MemoryIndexRecord>(
    paths.memoryIndexFile,
    paths.guard,
    cacheVersion,
    shared,
    (record) => typeof record.fingerprint === 'string' && Array.isArray(record.forms) && record.forms.every((form) => typeof form === 'string'),
  );
}

export async function writeMemoryIndex(paths: ProjectPaths, shared: string, records: ReadonlyMap<string, MemoryIndexRecord>): Promise<void> {
  await writeCacheFile(paths.memoryIndexFile, cacheVersion, shared, records, paths.root);
}

/** The memory index as one extract uses it: see `lazyMemoryIndex`. */
export interface LazyMemoryIndex {
  /** The forms of the unchanged articles whose record in the index is for their files as they are, and which articles are unchanged; reads the index. */
  indexing(): { indexed: ReadonlyMap<string, readonly string[]>; unchanged: ReadonlySet<string> };
  /** Writes the index again, if it was read and anything in it changed: every unchanged article with its record kept for the same files, or the forms read now. */
  write(formsRead: ReadonlyMap<string, string[]>): Promise<void>;
}

/**
 * The memory index for an extract whose unchanged articles are `still` (their records, which
 * hold): read only when the translation memory is built, so that a run with no new or edited
 * segment never reads it, and written after the run's commit. A record is kept only for an
 * article this run left as it found it; an article it wrote is read whole the next time the
 * memory is built, and indexed then.
 */
export function lazyMemoryIndex(paths: ProjectPaths, shared: string, still: ReadonlyMap<string, ExtractRecord>): LazyMemoryIndex {
  let index: MemoryIndex | null = null;
  const unchanged = new Set(still.keys());
  return {
    indexing() {
      index ??= readMemoryIndex(paths, shared);
      const indexed = new Map<string, readonly string[]>();
      for (const [namespace, record] of index) if (still.get(namespace)?.fingerprint === record.fingerprint) indexed.set(namespace, record.forms);
      return { indexed, unchanged };
    },
    async write(formsRead) {
      if (index === null) return;
      const kept = index.emptied();
      for (const [namespace, { fingerprint }] of still) {
        // A record for the same files is kept as it was read (and written back as its line); else the forms read now, if any.
        const before = index.get(namespace);
        const forms = formsRead.get(namespace);
        if (before?.fingerprint === fingerprint) kept.set(namespace, before);
        else if (forms) kept.set(namespace, { fingerprint, forms });
      }
      if (!sameRecords(index, kept)) await writeMemoryIndex(paths, shared, kept);
    },
  };
}
