import { readFileSync } from 'node:fs';
import { TarjamaError } from '../util/tarjama-error.js';
import { decodeUtf8 } from './decode-utf8.js';
import { failureReason } from './failure-reason.js';
import type { ProjectGuard } from './project-guard.js';

/**
 * A file as read: its text, decoded strictly as UTF-8, without the byte-order mark it may
 * start with — `bom` keeps the mark ('' when there is none), so that a file tarjama edits
 * keeps it —; or absent.
 */
export type ProjectFile = { text: string; bom: string } | { absent: true };

const byteOrderMark = '\uFEFF';

/** Bytes that are not UTF-8, located at the first bad one: a catalog reports it as a problem of the file, every other reader stops on it. */
export class NotUtf8Error extends TarjamaError {
  constructor(
    file: string,
    readonly line: number,
    readonly column: number,
  ) {
    super('not valid UTF-8 (save the file as UTF-8)', { file, line, column });
  }
}

/**
 * Reads a file tarjama takes as input: through the run's guard (a file outside the project, or
 * a link, is refused), absent when there is none, any other failure the `cannot read` error at
 * `shown`, bytes that are not UTF-8 a `NotUtf8Error` (never U+FFFD in their place). Without a
 * guard for a file the user names (the config, an XLIFF file to import), read wherever it is.
 */
export function readProjectFile(file: string, shown: string, guard: ProjectGuard | null): ProjectFile {
  const bytes = readProjectBytes(file, guard, cannotRead(shown));
  if (bytes === null) return { absent: true };
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) throw new NotUtf8Error(shown, decoded.line, decoded.column);
  return decoded.text.startsWith(byteOrderMark) ? { text: decoded.text.slice(1), bom: byteOrderMark } : { text: decoded.text, bom: '' };
}

/** A file that must be there (an article's source, an XLIFF file to import): an absent one cannot be read. */
export function requiredFile(read: ProjectFile, shown: string): { text: string; bom: string } {
  if ('absent' in read) throw new TarjamaError('cannot read: no such file (ENOENT)', { file: shown });
  return read;
}

/**
 * A file's bytes, through the guard when there is one; null when there is no file. Another
 * failure goes to `failed`, which throws the error the reader words (`cannotRead`, or a
 * write's failure when the read is a write's comparison) or returns null for a read that can
 * do without the file: one that only saves work, as the caches do, or looks for tarjama's own files.
 */
export function readProjectBytes(file: string, guard: ProjectGuard | null, failed: (error: unknown) => null): Buffer | null {
  guard?.stat(file);
  try {
    return readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return failed(error);
  }
}

/** The one error of a file that is there but cannot be read, at `shown`. */
export function cannotRead(shown: string): (error: unknown) => never {
  return (error) => {
    throw new TarjamaError(`cannot read: ${failureReason(error) ?? (error as Error).message}`, { file: shown });
  };
}
