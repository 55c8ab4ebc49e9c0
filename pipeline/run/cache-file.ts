import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../io/write-file-atomic.js';

/**
 * Reads the per-namespace records of a cache file (`{ version, shared, namespaces }`). A missing
 * or damaged file, another version of its format or another shared fingerprint (tarjama's
 * code, the config…) gives no records: everything is done again, never anything wrong.
 */
export function readCacheFile<Record>(file: string, version: number, shared: string, valid: (record: Record) => boolean): Map<string, Record> {
  const records = new Map<string, Record>();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return records;
  }
  try {
    const parsed = JSON.parse(text) as { version?: unknown; shared?: unknown; namespaces?: { [namespace: string]: Record } };
    if (parsed.version !== version || parsed.shared !== shared || typeof parsed.namespaces !== 'object' || parsed.namespaces === null) return records;
    for (const [namespace, record] of Object.entries(parsed.namespaces)) {
      if (typeof record === 'object' && record !== null && valid(record)) records.set(namespace, record);
    }
  } catch {
    // A damaged cache only costs a full run.
  }
  return records;
}

/** Writes the records read by `readCacheFile`, in one file, atomically. */
export async function writeCacheFile<Record>(file: string, version: number, shared: string, records: ReadonlyMap<string, Record>, root: string): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify({ version, shared, namespaces: Object.fromEntries(records) })}\n`, root);
}
