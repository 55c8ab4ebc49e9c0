import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../io/write-file-atomic.js';

/** The text of each record as read, so that a record left as it was is written back without serializing it again. */
const texts = new WeakMap<object, string>();

/**
 * The first line of a cache file, which says what made its records. The file is JSON, one
 * record per line: `{"version":2,"shared":"…","namespaces":{` / `"ns":{…},` … / `}}`.
 */
function header(version: number, shared: string): string {
  return `{"version":${version},"shared":${JSON.stringify(shared)},"namespaces":{`;
}

/**
 * Reads the per-namespace records of a cache file. A missing or damaged file, another version
 * of its format or another shared fingerprint (tarjama's code, the config…) gives no records:
 * everything is done again, never anything wrong.
 */
export function readCacheFile<Record extends object>(file: string, version: number, shared: string, valid: (record: Record) => boolean): Map<string, Record> {
  const records = new Map<string, Record>();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return records;
  }
  const lines = text.split('\n');
  if (lines[0] !== header(version, shared) || lines.at(-1) !== '' || lines.at(-2) !== '}}') return records;
  try {
    for (const line of lines.slice(1, -2)) {
      const own = line.endsWith(',') ? line.slice(0, -1) : line;
      const [entry] = Object.entries(JSON.parse(`{${own}}`) as { [namespace: string]: Record });
      if (!entry || typeof entry[1] !== 'object' || entry[1] === null || !valid(entry[1])) continue;
      records.set(entry[0], entry[1]);
      texts.set(entry[1], own);
    }
  } catch {
    // A damaged cache only costs a full run.
    return new Map();
  }
  return records;
}

/** Writes the records read by `readCacheFile`, in one file, atomically. */
export async function writeCacheFile<Record extends object>(file: string, version: number, shared: string, records: ReadonlyMap<string, Record>, root: string): Promise<void> {
  const lines = [...records].map(([namespace, record]) => texts.get(record) ?? `${JSON.stringify(namespace)}:${JSON.stringify(record)}`);
  await writeFileAtomic(file, `${header(version, shared)}\n${lines.join(',\n')}\n}}\n`, root);
}
