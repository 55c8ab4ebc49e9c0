import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCacheFile, writeCacheFile } from '../pipeline/cache/cache-file.js';
import { projectGuard } from '../pipeline/store/project-guard.js';

describe('CacheRecords', () => {
  it('never saves a record read from the file stale: it cannot be changed in place, only replaced', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'tarjama-cache-'));
    const file = path.join(root, 'cache.json');
    const valid = (record: { n?: unknown; list?: unknown }) => typeof record.n === 'number';
    try {
      await writeFile(file, '{"version":1,"shared":"abc","namespaces":{\n"a":{"n": 1,"list":[{"m":1}]},\n"b":{"n": 2}\n}}\n');
      const read = readCacheFile<{ n: number; list?: Array<{ m: number }> }>(file, projectGuard(root), 1, 'abc', valid);
      const a = read.get('a') as { n: number; list: Array<{ m: number }> };
      expect(() => {
        a.n = 5;
      }).toThrow(TypeError);
      expect(() => {
        (a.list[0] as { m: number }).m = 5;
      }).toThrow(TypeError);
      expect(() => a.list.push({ m: 2 })).toThrow(TypeError);
      // Set again, the same record is still written as it was read; a copy of it is serialized.
      const kept = read.emptied();
      kept.set('a', a);
      kept.set('b', { ...(read.get('b') as { n: number }) });
      await writeCacheFile(file, 1, 'abc', kept, root);
      expect(await readFile(file, 'utf8')).toBe('{"version":1,"shared":"abc","namespaces":{\n"a":{"n": 1,"list":[{"m":1}]},\n"b":{"n":2}\n}}\n');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('writes every character beyond ASCII as an escape, and reads the record back as it was', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'tarjama-cache-'));
    const file = path.join(root, 'cache.json');
    const record = { n: 1, text: 'ﻻ تنشر… « ici » 😀', list: ['é'] };
    try {
      await writeCacheFile(file, 1, 'abc', new Map([['مقال-١', record]]), root);
      const bytes = await readFile(file);
      expect(bytes.every((byte) => byte < 0x80), 'every byte is ASCII').toBe(true);
      expect(bytes.toString('latin1')).toContain('\\u2026');
      const read = readCacheFile<typeof record>(file, projectGuard(root), 1, 'abc', (value) => typeof value.n === 'number');
      expect([...read]).toEqual([['مقال-١', record]]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
