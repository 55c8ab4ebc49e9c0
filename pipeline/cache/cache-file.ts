import type { ProjectGuard } from '../store/project-guard.js';
import { readProjectBytes } from '../store/read-project-file.js';
import { writeLinesAtomic } from '../store/write-lines-atomic.js';
import { jsonNestsDeeper } from '../util/json-nests-deeper.js';
import { nestingLimits } from '../util/nesting-limits.js';
import { CacheRecords } from './cache-records.js';

/**
 * The first line of a cache file, which says what made its records. The file is JSON, one
 * record per line: `{"version":2,"shared":"…","namespaces":{` / `"ns":{…},` … / `}}`.
 */
function header(version: number, shared: string): string {
  return `{"version":${version},"shared":${JSON.stringify(shared)},"namespaces":{`;
}

/**
 * Reads the per-namespace records of a cache file through the run's guard (a file outside the
 * project is refused, as any read is). A missing, unreadable or damaged file, another version
 * of its format or another shared fingerprint (tarjama's code, the config…) gives no records:
 * everything is done again, never anything wrong.
 */
export function readCacheFile<Record extends object>(file: string, guard: ProjectGuard, version: number, shared: string, valid: (record: Record) => boolean): CacheRecords<Record> {
  const records = new CacheRecords<Record>();
  const bytes = readProjectBytes(file, guard, () => null);
  if (bytes === null) return records;
  const text = bytes.toString('utf8');
  const lines = text.split('\n');
  if (lines[0] !== header(version, shared) || lines.at(-1) !== '' || lines.at(-2) !== '}}') return records;
  try {
    for (const line of lines.slice(1, -2)) {
      const own = line.endsWith(',') ? line.slice(0, -1) : line;
      // `"namespace":{…}`: the key and the record parsed apart, with no copy of the line made to wrap it in braces.
      const colon = keyEnd(own) + 1;
      if (own.charCodeAt(colon) !== 58) throw new SyntaxError('not a record line');
      if (jsonNestsDeeper(own, nestingLimits.json)) continue;
      const namespace = JSON.parse(own.slice(0, colon)) as unknown;
      const record = JSON.parse(own.slice(colon + 1)) as unknown;
      if (typeof namespace !== 'string' || typeof record !== 'object' || record === null || !valid(record as Record)) continue;
      records.addRead(namespace, record as Record, own);
    }
  } catch {
    // A damaged cache only costs a full run.
    return new CacheRecords();
  }
  return records;
}

/** The index of the quote that closes the JSON string a line opens with (the line's length when there is none). */
function keyEnd(line: string): number {
  if (line.charCodeAt(0) !== 34) return line.length;
  let index = 1;
  while (index < line.length && line.charCodeAt(index) !== 34) index += line.charCodeAt(index) === 92 ? 2 : 1;
  return index;
}

/**
 * Writes records in one file, atomically: a record read by `readCacheFile` and kept as it was, as
 * the line it was read from. Line by line: the records of an archive's check make a file of
 * tens of megabytes, which as one string and its bytes once doubled the run's memory.
 */
export async function writeCacheFile<Record extends object>(file: string, version: number, shared: string, records: ReadonlyMap<string, Record>, root: string): Promise<void> {
  writeLinesAtomic(file, cacheLines(version, shared, records), root);
}

function* cacheLines<Record extends object>(version: number, shared: string, records: ReadonlyMap<string, Record>): Generator<string> {
  const kept = records instanceof CacheRecords ? (namespace: string) => records.lineOf(namespace) : () => null;
  yield `${header(version, shared)}\n`;
  let separator = '';
  for (const [namespace, record] of records) {
    yield `${separator}${kept(namespace) ?? `${asciiJson(namespace)}:${asciiJson(record)}`}`;
    separator = ',\n';
  }
  yield '\n}}\n';
}

/** A UTF-16 unit beyond ASCII, which `asciiJson` escapes. */
const beyondAscii = /[\u0080-\uffff]/g;

/**
 * JSON with every character beyond ASCII escaped (`\u2026`): a single one, an ellipsis in a
 * finding, made the whole file a two-byte string, which took twice as long to decode and parse
 * in every no-change run. `JSON.parse` reads the escapes back, surrogate pairs included.
 * The escaped text is put together as bytes and read back as Latin-1, which makes a string of
 * one byte a character: `replace` kept the two-byte string `JSON.stringify` gives for any such
 * character, and the whole record stayed two-byte until it was encoded to be written. For the
 * records of 740 articles with nine new locales (63 MB, every record with a few characters
 * beyond ASCII), escaping and encoding took 2.6 s of the build's 10.3 s on its main thread
 * (`--cpu-prof`); the build took 26.3 s of CPU against 28.6 s before.
 */
function asciiJson(value: unknown): string {
  const json = JSON.stringify(value);
  const beyond: number[] = [];
  beyondAscii.lastIndex = 0;
  for (let match = beyondAscii.exec(json); match !== null; match = beyondAscii.exec(json)) beyond.push(match.index);
  if (beyond.length === 0) return json;
  // Each unit beyond ASCII becomes six characters, `\u` and four hexadecimal digits.
  const bytes = Buffer.allocUnsafe(json.length + 5 * beyond.length);
  let length = 0;
  let from = 0;
  for (const index of beyond) {
    length += bytes.write(json.slice(from, index), length, 'latin1');
    length += bytes.write(`\\u${json.charCodeAt(index).toString(16).padStart(4, '0')}`, length, 'latin1');
    from = index + 1;
  }
  length += bytes.write(json.slice(from), length, 'latin1');
  return bytes.toString('latin1', 0, length);
}
