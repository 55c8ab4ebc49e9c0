import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { statSignature, statsHold, takeStat } from '../pipeline/run/build-cache.js';
import { readCacheFile, writeCacheFile } from '../pipeline/run/cache-file.js';

describe('stat signatures', () => {
  it('trust files by size and time, but not one written in the tick it was stated', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'tarjama-stat-'));
    try {
      await writeFile(path.join(root, 'a.json'), '{"a": 1}\n');
      const old = new Date(Date.now() - 60_000);
      await utimes(path.join(root, 'a.json'), old, old);
      const files = ['a.json', 'b.json'];
      const recorded = statSignature(files.map((file) => takeStat(root, file)));
      if (!recorded) throw new Error('an old file is not racy');
      // a.json: 9 bytes, written a minute ago; b.json: absent.
      expect(recorded).toEqual([9, expect.closeTo(old.getTime(), 0), -1, 0]);
      expect(statsHold(root, files, recorded)).toBe(true);
      // Same size, new time: an edit.
      await utimes(path.join(root, 'a.json'), new Date(), new Date());
      expect(statsHold(root, files, recorded)).toBe(false);
      // Stated in the tick the file was written: an edit could hide behind the same time.
      expect(statSignature(files.map((file) => takeStat(root, file)))).toBeNull();
      // A file recorded as absent, then created.
      await utimes(path.join(root, 'a.json'), old, old);
      expect(statsHold(root, files, recorded)).toBe(true);
      await writeFile(path.join(root, 'b.json'), '{}');
      expect(statsHold(root, files, recorded)).toBe(false);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('cache files', () => {
  it('read back what they wrote, one record per line, and nothing from a stale or damaged file', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'tarjama-cache-'));
    const file = path.join(root, 'cache.json');
    const valid = (record: { n?: unknown }) => typeof record.n === 'number';
    try {
      await writeCacheFile(file, 1, 'abc', new Map([['a', { n: 1 }], ['b', { n: 2 }]]), root);
      const text = await readFile(file, 'utf8');
      expect(text).toBe('{"version":1,"shared":"abc","namespaces":{\n"a":{"n":1},\n"b":{"n":2}\n}}\n');
      expect(JSON.parse(text)).toEqual({ version: 1, shared: 'abc', namespaces: { a: { n: 1 }, b: { n: 2 } } });
      // A record read and left alone is written back as it was read (here with a space), the others serialized.
      await writeFile(file, text.replace('"a":{"n":1}', '"a":{"n": 1}'));
      const read = readCacheFile(file, 1, 'abc', valid);
      expect([...read]).toEqual([['a', { n: 1 }], ['b', { n: 2 }]]);
      read.set('b', { n: 3 });
      await writeCacheFile(file, 1, 'abc', read, root);
      expect(await readFile(file, 'utf8')).toBe('{"version":1,"shared":"abc","namespaces":{\n"a":{"n": 1},\n"b":{"n":3}\n}}\n');
      expect(readCacheFile(file, 1, 'other code', valid).size).toBe(0);
      expect(readCacheFile(file, 2, 'abc', valid).size).toBe(0);
      await writeFile(file, text.replace('"b":{"n":2}', '"b":{"n":'));
      expect(readCacheFile(file, 1, 'abc', valid).size).toBe(0);
      await writeFile(file, text.replace('"b":{"n":2}', '"b":{"n":"2"}'));
      expect([...readCacheFile(file, 1, 'abc', valid).keys()]).toEqual(['a']);
      await writeCacheFile(file, 1, 'abc', new Map(), root);
      expect(readCacheFile(file, 1, 'abc', valid).size).toBe(0);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
