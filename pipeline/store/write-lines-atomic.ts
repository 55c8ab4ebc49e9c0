import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { assertInsideProject } from './inside-project.js';
import { temporaryFor, writeFailure, type WriteResult } from './write-file-atomic.js';

/** How much text is written at a time: a few hundred kilobytes, so that no file is ever one string or one buffer. */
const batchLength = 1 << 18;

/**
 * `writeFileAtomic` for a file made of many pieces (a cache file, one record per line, tens of
 * megabytes for an archive): each piece is written to the temporary file as it comes, so the
 * whole file is never held as one string and one buffer beside the records it is made from.
 * The old file, if any, is read beside them as far as it is the same (not at all, mostly: a
 * cache is written because a record changed); when it was all the same, the temporary file is
 * removed and the old one left as it was ('unchanged'). Refuses a file outside the project
 * (`root`). Whatever stops the write, a full disk or a piece that throws, removes the temporary
 * file and leaves the old one.
 */
export function writeLinesAtomic(file: string, pieces: Iterable<string>, root: string): WriteResult {
  assertInsideProject(root, file);
  let old = openOld(file, root);
  const closeOld = (): void => {
    if (old !== null) closeSync(old);
    old = null;
  };
  const temporary = temporaryFor(file);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const { written, same } = writeTemporary(temporary, pieces, old);
    const unchanged = same && old !== null && written === fstatSync(old).size;
    // Closed before the rename: Windows does not replace a file that is held open.
    closeOld();
    if (unchanged) {
      rmSync(temporary);
      return 'unchanged';
    }
    renameSync(temporary, file);
    return 'written';
  } catch (error) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // The write failed already; that is the error to report.
    }
    throw writeFailure(error, file, root);
  } finally {
    closeOld();
  }
}

/** The old file, open for reading; null when there is none. */
function openOld(file: string, root: string): number | null {
  try {
    return openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw writeFailure(error, file, root);
  }
}

/** Writes the pieces to a new file, a batch at a time; `same`: every batch is what `old` holds at its place. */
function writeTemporary(temporary: string, pieces: Iterable<string>, old: number | null): { written: number; same: boolean } {
  const descriptor = openSync(temporary, 'w');
  try {
    let written = 0;
    let same = old !== null;
    let batch = '';
    const flush = (): void => {
      const bytes = Buffer.from(batch);
      batch = '';
      same &&= old !== null && sameBytes(old, written, bytes);
      for (let offset = 0; offset < bytes.length; ) offset += writeSync(descriptor, bytes, offset);
      written += bytes.length;
    };
    for (const piece of pieces) {
      batch += piece;
      if (batch.length >= batchLength) flush();
    }
    flush();
    return { written, same };
  } finally {
    closeSync(descriptor);
  }
}

/** Whether the old file holds `bytes` at `position`. */
function sameBytes(old: number, position: number, bytes: Buffer): boolean {
  const held = Buffer.allocUnsafe(bytes.length);
  let read = 0;
  while (read < held.length) {
    const count = readSync(old, held, read, held.length - read, position + read);
    if (count === 0) return false;
    read += count;
  }
  return held.equals(bytes);
}
