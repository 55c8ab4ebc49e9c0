import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diskOps, temporaryFor, temporaryName } from '../pipeline/store/write-file-atomic.js';

const root = mkdtempSync(path.join(tmpdir(), 'tarjama-write-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('writeFileAtomic’s parts', () => {
  it('names every temporary file anew, past the end of the random pool, in the form the next run cleans up', () => {
    const names = Array.from({ length: 3000 }, () => path.basename(temporaryFor(path.join(root, 'out', 'a.md'))));
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(temporaryName);
    expect(names.every((name) => name.startsWith('.a.md.'))).toBe(true);
  });

  it('makes the folder a file goes into only when it is missing, and writes the file either way', () => {
    const deep = path.join(root, 'new', 'folder', 'b.md');
    diskOps.write(deep, 'first');
    diskOps.write(deep, 'second');
    expect(readFileSync(deep, 'utf8')).toBe('second');
    expect(readdirSync(path.dirname(deep))).toEqual(['b.md']);
    // A failure other than a missing folder is the caller's: writing to a folder's path fails.
    expect(() => diskOps.write(path.join(root, 'new'), 'x')).toThrow(/EISDIR/);
  });
});
