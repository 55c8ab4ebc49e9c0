import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { statSignature, statsHold, takeStat } from '../pipeline/run/build-cache.js';

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
