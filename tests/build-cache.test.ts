import { mkdir, mkdtemp, readFile, realpath, rename, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statSignature, statsHold, takeStat } from '../pipeline/cache/build-cache.js';
import { readCacheFile, writeCacheFile } from '../pipeline/cache/cache-file.js';
import { buildCacheVersion, readBuildRecords } from '../pipeline/cache/incremental.js';
import { projectGuard } from '../pipeline/store/project-guard.js';

describe('stat signatures', () => {
  it('trust files by size and time, but not one written in the tick it was stated', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'tarjama-stat-'));
    const guard = projectGuard(root);
    try {
      await writeFile(path.join(root, 'a.json'), '{"a": 1}\n');
      const old = new Date(Date.now() - 60_000);
      await utimes(path.join(root, 'a.json'), old, old);
      const files = ['a.json', 'b.json'];
      const recorded = statSignature(files.map((file) => takeStat(guard, file)));
      if (!recorded) throw new Error('an old file is not racy');
      // a.json: 9 bytes, written a minute ago; b.json: absent.
      expect(recorded).toEqual([9, expect.closeTo(old.getTime(), 0), -1, 0]);
      expect(statsHold(guard, files, recorded)).toBe(true);
      // Same size, new time: an edit.
      await utimes(path.join(root, 'a.json'), new Date(), new Date());
      expect(statsHold(guard, files, recorded)).toBe(false);
      // Stated in the tick the file was written: an edit could hide behind the same time.
      expect(statSignature(files.map((file) => takeStat(guard, file)))).toBeNull();
      // A file recorded as absent, then created.
      await utimes(path.join(root, 'a.json'), old, old);
      expect(statsHold(guard, files, recorded)).toBe(true);
      await writeFile(path.join(root, 'b.json'), '{}');
      expect(statsHold(guard, files, recorded)).toBe(false);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('cache files', () => {
  it('read back what they wrote, one record per line, and nothing from a stale or damaged file', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'tarjama-cache-'));
    const file = path.join(root, 'cache.json');
    const guard = projectGuard(root);
    const valid = (record: { n?: unknown }) => typeof record.n === 'number';
    try {
      await writeCacheFile(file, 1, 'abc', new Map([['a', { n: 1 }], ['b', { n: 2 }]]), root);
      const text = await readFile(file, 'utf8');
      expect(text).toBe('{"version":1,"shared":"abc","namespaces":{\n"a":{"n":1},\n"b":{"n":2}\n}}\n');
      expect(JSON.parse(text)).toEqual({ version: 1, shared: 'abc', namespaces: { a: { n: 1 }, b: { n: 2 } } });
      // A record read and left alone is written back as it was read (here with a space), the others serialized.
      await writeFile(file, text.replace('"a":{"n":1}', '"a":{"n": 1}'));
      const read = readCacheFile(file, guard, 1, 'abc', valid);
      expect([...read]).toEqual([['a', { n: 1 }], ['b', { n: 2 }]]);
      read.set('b', { n: 3 });
      await writeCacheFile(file, 1, 'abc', read, root);
      expect(await readFile(file, 'utf8')).toBe('{"version":1,"shared":"abc","namespaces":{\n"a":{"n": 1},\n"b":{"n":3}\n}}\n');
      expect(readCacheFile(file, guard, 1, 'other code', valid).size).toBe(0);
      expect(readCacheFile(file, guard, 2, 'abc', valid).size).toBe(0);
      await writeFile(file, text.replace('"b":{"n":2}', '"b":{"n":'));
      expect(readCacheFile(file, guard, 1, 'abc', valid).size).toBe(0);
      await writeFile(file, text.replace('"b":{"n":2}', '"b":{"n":"2"}'));
      expect([...readCacheFile(file, guard, 1, 'abc', valid).keys()]).toEqual(['a']);
      await writeCacheFile(file, 1, 'abc', new Map(), root);
      expect(readCacheFile(file, guard, 1, 'abc', valid).size).toBe(0);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('cache file lines', () => {
  it('give back every namespace and record written, whatever the namespace holds: quotes, backslashes, colons, braces, characters beyond ASCII (escaped), lone surrogates, __proto__', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'tarjama-cache-'));
    const file = path.join(root, 'cache.json');
    const guard = projectGuard(root);
    const namespace = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom('__proto__', 'a"b', 'a\\', '\\"', '":{', '"', 'x":{"n":1}', 'مقال-١', '\u2028'));
    const record = fc.record({ n: fc.integer(), text: fc.string({ unit: 'binary', maxLength: 20 }), list: fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }) });
    try {
      await fc.assert(
        fc.asyncProperty(fc.uniqueArray(fc.tuple(namespace, record), { selector: ([name]) => name, maxLength: 6 }), async (entries) => {
          await writeCacheFile(file, 1, 'abc', new Map(entries), root);
          const read = readCacheFile<{ n: number }>(file, guard, 1, 'abc', (value) => typeof value.n === 'number');
          expect([...read]).toEqual(entries);
          // Each record read keeps its line: written back unchanged, byte for byte.
          const text = await readFile(file, 'utf8');
          // Every character beyond ASCII written as an escape: the file reads as a one-byte string.
          expect(text).toMatch(/^[\x00-\x7f]*$/);
          await writeCacheFile(file, 1, 'abc', read, root);
          expect(await readFile(file, 'utf8')).toBe(text);
        }),
        { numRuns: 300 },
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('are a damaged file when a line is not one key and its record: nothing is read from it', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'tarjama-cache-'));
    const file = path.join(root, 'cache.json');
    const guard = projectGuard(root);
    const valid = (value: { n?: unknown }) => typeof value.n === 'number';
    const lines = ['"a" :{"n":1}', '"a"  {"n":1}', '"a":{"n":1},"b":{"n":2}', '"a{"n":1}', 'a:{"n":1}', '"a":{"n":1} x', '"a\\":{"n":1}}'];
    try {
      for (const line of lines) {
        await writeFile(file, `{"version":1,"shared":"abc","namespaces":{\n"z":{"n":0},\n${line}\n}}\n`);
        expect(readCacheFile(file, guard, 1, 'abc', valid).size, line).toBe(0);
      }
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('the project guard', () => {
  it('stats files inside the project, and refuses one reached through a link, as assertInsideProject does', async () => {
    const root = await realpath(await mkdtemp(path.join(tmpdir(), 'tarjama-guard-')));
    const outside = await realpath(await mkdtemp(path.join(tmpdir(), 'tarjama-outside-')));
    try {
      await mkdir(path.join(root, 'locales', 'fr'), { recursive: true });
      await writeFile(path.join(root, 'locales', 'fr', 'a.json'), '{}\n');
      await writeFile(path.join(root, 'not-a-folder'), '');
      const guard = projectGuard(root);
      expect(guard.stat(path.join(root, 'locales', 'fr', 'a.json'))?.size).toBe(3);
      // Absent, also under a file where a folder should be.
      expect(guard.stat(path.join(root, 'locales', 'fr', 'b.json'))).toBeUndefined();
      expect(guard.stat(path.join(root, 'not-a-folder', 'x.json'))).toBeUndefined();
      // locales/fr moved out and linked back: the folder is remembered for the guard's life (one run); a new run resolves it again.
      await rename(path.join(root, 'locales', 'fr'), path.join(outside, 'fr'));
      await symlink(path.join(outside, 'fr'), path.join(root, 'locales', 'fr'));
      expect(() => projectGuard(root).stat(path.join(root, 'locales', 'fr', 'a.json'))).toThrow(`resolves to ${path.join(outside, 'fr', 'a.json')}, outside the project`);
      // A file that is itself a link takes the full check, even in a folder already resolved.
      await symlink('/etc/hostname', path.join(root, 'locales', 'link.json'));
      const fresh = projectGuard(root);
      expect(fresh.stat(path.join(root, 'locales', 'glossary.json'))).toBeUndefined();
      expect(() => fresh.stat(path.join(root, 'locales', 'link.json'))).toThrow(/^resolves to .*hostname, outside the project/);
      // A folder not made yet is remembered as absent: a file in it is absent until the folder
      // is there, and then, here made as a link out of the project, it takes the full check.
      expect(fresh.stat(path.join(root, 'locales', 'ar', 'a.json'))).toBeUndefined();
      expect(fresh.stat(path.join(root, 'locales', 'ar', 'b.json'))).toBeUndefined();
      await symlink(path.join(outside, 'fr'), path.join(root, 'locales', 'ar'));
      expect(fresh.stat(path.join(root, 'locales', 'ar', 'b.json'))).toBeUndefined();
      expect(() => fresh.stat(path.join(root, 'locales', 'ar', 'a.json'))).toThrow(`resolves to ${path.join(outside, 'fr', 'a.json')}, outside the project`);
    } finally {
      await rm(root, { recursive: true, force: true });
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('is asked for every output a build record names, and a record that names a path climbing out of the project is no record', async () => {
    const root = await realpath(await mkdtemp(path.join(tmpdir(), 'tarjama-guard-')));
    try {
      const file = path.join(root, 'build.json');
      const record = (outputs: Record<string, string>) => ({ fingerprint: 'f', outputs, counts: {} });
      await writeCacheFile(file, buildCacheVersion, 'abc', new Map([['a', record({ 'output/fr/a.md': 'h' })], ['b', record({ '../../etc/passwd': 'h' })], ['c', record({ '/etc/passwd': 'h' })]]), root);
      expect([...readBuildRecords(projectGuard(root), file, 'abc').keys()]).toEqual(['a']);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
