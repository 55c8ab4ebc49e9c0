import { mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCacheFile, writeCacheFile } from '../pipeline/cache/cache-file.js';
import { projectGuard } from '../pipeline/store/project-guard.js';
import { writeLinesAtomic } from '../pipeline/store/write-lines-atomic.js';
import { TarjamaError } from '../pipeline/util/tarjama-error.js';

/**
 * A file written piece by piece (a cache file of an archive: tens of megabytes) is the same
 * file as the pieces joined, compared with the old one as it goes, and, whatever stops it,
 * never half-written: the old file stays and no temporary file is left.
 */
let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));
const project = (): string => (root = mkdtempSync(path.join(tmpdir(), 'tarjama-lines-')));

/** Records of about a kilobyte each, with characters beyond ASCII, for a file of several write batches. */
const records = (count: number, text = 'ﻻ تنشر… « ici »'): Map<string, { n: number; text: string }> =>
  new Map(Array.from({ length: count }, (_, index) => [`article-${index}`, { n: index, text: `${text} ${'x'.repeat(1000)}` }]));

/** A cache file as it was written before it was written line by line: one string. */
const joined = (version: number, shared: string, map: ReadonlyMap<string, object>): string => {
  const ascii = (value: unknown): string => JSON.stringify(value).replace(/[\u0080-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const lines = [...map].map(([namespace, record]) => `${ascii(namespace)}:${ascii(record)}`);
  return `{"version":${version},"shared":${JSON.stringify(shared)},"namespaces":{\n${lines.join(',\n')}\n}}\n`;
};

const leftovers = (folder: string): string[] => readdirSync(folder).filter((name) => name.endsWith('.tmp'));

/** The files under `folder` this process still holds open (Linux's /proc): a write leaves none, or Windows could not replace them. */
const held = (folder: string): string[] =>
  readdirSync('/proc/self/fd').flatMap((fd) => {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      return target.startsWith(folder) ? [target] : [];
    } catch {
      return [];
    }
  });

describe('writeLinesAtomic', () => {
  it('writes a cache file of many batches byte for byte as the whole string was, and reads it back', async () => {
    const file = path.join(project(), 'cache', 'build.json');
    const written = records(3000);
    await writeCacheFile(file, 4, 'abc', written, root);
    const text = readFileSync(file, 'utf8');
    expect(text.length).toBeGreaterThan(3_000_000);
    expect(text).toBe(joined(4, 'abc', written));
    expect(new Map(readCacheFile(file, projectGuard(root), 4, 'abc', () => true))).toEqual(written);
    // No record: the header and the end only, as before.
    await writeCacheFile(file, 4, 'abc', new Map(), root);
    expect(readFileSync(file, 'utf8')).toBe(joined(4, 'abc', new Map()));
    expect(leftovers(path.dirname(file))).toEqual([]);
  });

  it('leaves a file with the same content as it was, and writes one that differs in its last character', () => {
    const file = path.join(project(), 'cache.json');
    const pieces = Array.from({ length: 2000 }, (_, index) => `"${index}":"المحكمة ${'y'.repeat(300)}",\n`);
    writeFileSync(file, pieces.join(''));
    const past = new Date('2026-01-01T00:00:00Z');
    utimesSync(file, past, past);
    expect(writeLinesAtomic(file, pieces, root)).toBe('unchanged');
    expect(statSync(file).mtimeMs).toBe(past.getTime());
    // Longer, shorter, or one character changed at the very end: written.
    for (const changed of [[...pieces, 'z'], pieces.slice(0, -1), [...pieces.slice(0, -1), `${pieces.at(-1)?.slice(0, -2)}ي\n`]]) {
      expect(writeLinesAtomic(file, changed, root)).toBe('written');
      expect(readFileSync(file, 'utf8')).toBe(changed.join(''));
    }
    expect(leftovers(root)).toEqual([]);
    expect(held(root)).toEqual([]);
  });

  it('keeps the old file and leaves no temporary file when the pieces stop after several batches were written', () => {
    const file = path.join(project(), 'cache.json');
    writeFileSync(file, 'the old records\n');
    function* failing(): Generator<string> {
      for (let index = 0; index < 5000; index += 1) yield `"${index}":${'z'.repeat(500)},\n`;
      // A record that cannot be serialized, after more than a megabyte went to the temporary file.
      yield JSON.stringify({ count: 1n });
    }
    expect(() => writeLinesAtomic(file, failing(), root)).toThrow(TypeError);
    expect(readFileSync(file, 'utf8')).toBe('the old records\n');
    expect(leftovers(root)).toEqual([]);
    expect(held(root)).toEqual([]);
  });

  it('refuses a file outside the project, and writes nothing there', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'tarjama-outside-'));
    try {
      expect(() => writeLinesAtomic(path.join(outside, 'cache.json'), ['{}\n'], project())).toThrow(TarjamaError);
      expect(readdirSync(outside)).toEqual([]);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
