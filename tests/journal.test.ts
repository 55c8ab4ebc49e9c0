import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitWrites, completeJournal, journalPending } from '../pipeline/store/journal.js';
import { diskOps, type FileOps } from '../pipeline/store/write-file-atomic.js';
import { TarjamaError } from '../pipeline/util/tarjama-error.js';

async function project() {
  const root = await mkdtemp(path.join(tmpdir(), 'tarjama-journal-'));
  await mkdir(path.join(root, 'locales', '.tarjama'), { recursive: true });
  return { root, journalFile: path.join(root, 'locales', '.tarjama', 'journal.json'), relative: (file: string) => path.relative(root, file).split(path.sep).join('/') };
}

const failingAt = (n: number): FileOps => {
  let count = 0;
  const step = (): void => {
    count += 1;
    if (count === n) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
  };
  return { write: (f, c) => (step(), diskOps.write(f, c)), rename: (a, b) => (step(), diskOps.rename(a, b)), remove: (f) => (step(), diskOps.remove(f)) };
};

describe('commitWrites and completeJournal', () => {
  it('write, replace and remove files as one transaction, leaving no journal behind', async () => {
    const paths = await project();
    const [a, b, c] = ['a.json', 'b.json', 'c.json'].map((name) => path.join(paths.root, name)) as [string, string, string];
    await writeFile(b, 'old b');
    await writeFile(c, 'old c');
    expect(commitWrites(paths, 'extract', [{ file: a, content: 'new a' }, { file: b, content: 'new b' }, { file: c, content: null }, { file: path.join(paths.root, 'd.json'), content: null }])).toEqual([
      { file: 'a.json', result: 'written' },
      { file: 'b.json', result: 'written' },
      { file: 'c.json', result: 'removed' },
    ]);
    expect([await readFile(a, 'utf8'), await readFile(b, 'utf8'), existsSync(c), existsSync(paths.journalFile)]).toEqual(['new a', 'new b', false, false]);
  });

  it('stopped at any operation, leave every file old (before the journal) or let the next run finish the transaction', async () => {
    for (let failAt = 1; failAt <= 8; failAt += 1) {
      const paths = await project();
      const files = ['a', 'b', 'c'].map((name) => path.join(paths.root, `${name}.json`));
      for (const file of files) await writeFile(file, 'old');
      const writes = files.map((file) => ({ file, content: `new ${path.basename(file)}` }));
      expect(() => commitWrites(paths, 'extract', writes, failingAt(failAt)), `operation ${failAt}`).toThrow(/ENOSPC/);
      const contents = await Promise.all(files.map((file) => readFile(file, 'utf8')));
      if (!existsSync(paths.journalFile)) {
        expect(contents, `operation ${failAt}`).toEqual(['old', 'old', 'old']);
        continue;
      }
      expect(journalPending(paths)).toBe('extract');
      expect(completeJournal(paths)?.command).toBe('extract');
      expect(await Promise.all(files.map((file) => readFile(file, 'utf8')))).toEqual(['new a.json', 'new b.json', 'new c.json']);
      expect(existsSync(paths.journalFile)).toBe(false);
    }
  });

  it('write nothing when a file no longer holds what the run read (saved meanwhile), naming it; a file that already holds its new content is no conflict', async () => {
    const paths = await project();
    const [a, b, c] = ['a.json', 'b.json', 'c.json'].map((name) => path.join(paths.root, name)) as [string, string, string];
    await writeFile(a, 'read a');
    await writeFile(b, 'saved by a translator');
    const writes = [
      { file: a, content: 'new a', expected: 'read a' },
      { file: b, content: 'new b', expected: 'read b' },
      // Absent when the run looked: a file there now was made meanwhile.
      { file: c, content: 'new c', expected: null },
    ];
    let refused: unknown = null;
    try {
      commitWrites(paths, 'extract', writes.slice(0, 2));
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(TarjamaError);
    expect((refused as TarjamaError).message).toMatch(/^changed while "extract" ran: .*Nothing was written; run "extract" again/);
    expect((refused as TarjamaError).place).toEqual({ file: 'b.json' });
    expect([await readFile(a, 'utf8'), await readFile(b, 'utf8'), existsSync(c), existsSync(paths.journalFile)]).toEqual(['read a', 'saved by a translator', false, false]);
    await writeFile(c, 'made meanwhile');
    expect(() => commitWrites(paths, 'extract', writes)).toThrow(/^changed while "extract" ran \(and 1 other file: c\.json\)/);
    expect([await readFile(a, 'utf8'), await readFile(c, 'utf8')]).toEqual(['read a', 'made meanwhile']);
    // What the run read, or what it writes: either way nothing is lost.
    await writeFile(b, 'new b');
    await writeFile(c, 'new c');
    expect(commitWrites(paths, 'extract', writes)).toEqual([{ file: 'a.json', result: 'written' }]);
    expect(await readFile(a, 'utf8')).toBe('new a');
  });

  it('refuse a journal that points outside the project, or that is not one', async () => {
    const paths = await project();
    await writeFile(paths.journalFile, JSON.stringify({ version: 1, command: 'extract', writes: [{ file: '../../etc/motd', before: null, content: 'pwned' }] }));
    expect(() => completeJournal(paths)).toThrow(/damaged journal \(it is written by tarjama only\)/);
    await writeFile(paths.journalFile, '{"version":1,"command":"extract","writes":[{"file":"/etc/motd","before":null,"content":"x"}]}');
    expect(() => completeJournal(paths)).toThrow(/damaged journal/);
    await writeFile(paths.journalFile, '{"version":1,"comm');
    expect(() => journalPending(paths)).toThrow(/damaged journal/);
  });
});
