import path from 'node:path';
import type { Config } from '../config/config.js';
import type { ProjectGuard } from '../store/project-guard.js';
import { readProjectBytes } from '../store/read-project-file.js';
import type { TranslationCounts } from '../translate/translate-document.js';
import { sha256 } from '../util/sha256.js';
import { tarjamaCodeHash } from '../util/tarjama-code-hash.js';
import type { RecordedFinding } from './record-findings.js';

/**
 * What a namespace's editions were last built (or checked) from, and what they are: kept in a
 * cache file outside version control, since it depends on tarjama's own code as well as on
 * the content.
 */
export interface BuildRecord {
  fingerprint: string;
  /**
   * The size and modification time of every input and then every output, in order, when they
   * were last verified (-1 and 0 for an absent file), or null when one of them was too fresh
   * to trust (see `statSignature`): while they hold, the next build trusts the record without
   * reading any of the files.
   */
  stats?: number[] | null;
  /** Each edition's own fingerprint, by locale. */
  locales?: Record<string, string>;
  /**
   * Output file (relative to the project root) → sha256 of its content, or '' for one that was
   * absent: a blocked edition's files are recorded as the build left them, published before or not.
   */
  outputs: Record<string, string>;
  /** Coverage of each edition, for the report of a build that skips the namespace. */
  counts: Record<string, TranslationCounts>;
  /**
   * Each edition's findings: a check's record, or a build's of a namespace with a blocked edition
   * (a build's record of a namespace it published whole has none). As `recordFindings` keeps
   * them: a source text that several carry is in `sources`, once.
   */
  findings?: Record<string, RecordedFinding[]>;
  sources?: Record<string, string>;
  /** A build's blocked editions, by locale: what blocked each, as its report shows it. */
  blocked?: Record<string, BlockedOutput>;
}

/** What a build reports of a blocked edition. */
export interface BlockedOutput {
  file: string;
  incomplete: boolean;
  /** What blocks it, by rule (or cause), with counts. */
  reasons: Record<string, number>;
  /** The edition published before predates the current source, and says so. */
  stale: boolean;
}

/** Size and modification time of a file (ms, with the file system's sub-millisecond part); null when absent. */
export type FileStat = { size: number; mtimeMs: number } | null;

/**
 * Every file the records speak of is stated or read through the run's guard, like any other
 * read: a record says what a file held, never that the path to it is still safe.
 */
function fileStat(guard: ProjectGuard, file: string): FileStat {
  const stat = guard.stat(onDisk(guard, file));
  return stat ? { size: stat.size, mtimeMs: stat.mtimeMs } : null;
}

/** A file's stat and the moment it was taken. */
export interface TakenStat {
  file: string;
  stat: FileStat;
  takenAt: number;
}

/** Stats a file (by its path relative to the project root) through the guard, noting when. */
export function takeStat(guard: ProjectGuard, file: string): TakenStat {
  const takenAt = Date.now();
  return { file, stat: fileStat(guard, file), takenAt };
}

/**
 * The sha256 of a file's bytes, or null when it is absent or cannot be read (the run that reads
 * it says why); a file outside the project is an error (the guard's). Synchronous: thousands of
 * small files are read far faster without a thread-pool hop each.
 */
export function contentHash(guard: ProjectGuard | null, file: string): string | null {
  const bytes = readProjectBytes(file, guard, () => null);
  return bytes === null ? null : sha256(bytes);
}

/** Hashes files (relative to the root), each stated (through the guard) just before it is read, so that a later edit shows in its time. */
export function hashStated(guard: ProjectGuard, files: readonly string[]): { stats: TakenStat[]; hashes: Array<string | null> } {
  const stats: TakenStat[] = [];
  const hashes = files.map((file) => {
    stats.push(takeStat(guard, file));
    // Through the guard just now, by `takeStat`.
    return contentHash(null, onDisk(guard, file));
  });
  return { stats, hashes };
}

/** Whether files (relative to the root) still have the sizes and times `statSignature` gave. */
export function statsHold(guard: ProjectGuard, files: readonly string[], stats: readonly number[]): boolean {
  if (stats.length !== files.length * 2) return false;
  // An index loop, straight on the stat: a no-change build comes here for every file it has.
  for (let index = 0; index < files.length; index += 1) {
    const stat = guard.stat(onDisk(guard, files[index] as string));
    if ((stat?.size ?? -1) !== stats[index * 2] || (stat?.mtimeMs ?? 0) !== stats[index * 2 + 1]) return false;
  }
  return true;
}

/**
 * The sizes and times of files stated earlier, or null when one of them changed within a
 * clock tick of being stated: file times come from a coarse kernel clock, so a later edit in
 * the same tick could hide behind the same time (git's "racy clean" entries). Such a
 * namespace is checked by content next time, and recorded again then.
 */
export function statSignature(taken: readonly TakenStat[]): number[] | null {
  const stats: number[] = [];
  for (const { stat, takenAt } of taken) {
    if (stat && stat.mtimeMs >= takenAt - racyWindowMs) return null;
    stats.push(stat?.size ?? -1, stat?.mtimeMs ?? 0);
  }
  return stats;
}

/** A margin for edits in the tick of a stat. */
const racyWindowMs = 50;


/** What every namespace's fingerprint shares: code, config, glossary, site strings, options. */
export async function sharedFingerprint(config: Config, inputs: readonly (string | null)[], options: unknown): Promise<string> {
  return sha256(JSON.stringify([tarjamaCodeHash(), config, inputs, options]));
}

/** A namespace's fingerprint: the shared part and every input of its editions. */
export function namespaceFingerprint(shared: string, inputs: readonly (string | null)[]): string {
  return sha256(JSON.stringify([shared, inputs]));
}

/** Whether every output a record lists is on disk with the content it had when recorded (and every one recorded absent still is). */
export function outputsIntact(guard: ProjectGuard, record: BuildRecord): boolean {
  return Object.entries(record.outputs).every(([file, hash]) => (contentHash(guard, onDisk(guard, file)) ?? '') === hash);
}

/**
 * A file a record names (relative to the project root) where it is on disk. A no-change build
 * asks for thousands: a plain relative path (`/`-separated, no `.`, `..` or empty part) is
 * appended to the root, which `path.join` would give too, without its normalising.
 */
function onDisk(guard: ProjectGuard, file: string): string {
  return path.sep === '/' && plainRelative.test(file) ? `${guard.root === '/' ? '' : guard.root}/${file}` : path.join(guard.root, file);
}

const plainRelative = /^(?!\.\.?(?:\/|$))[^/\\]+(?:\/(?!\.\.?(?:\/|$))[^/\\]+)*$/;
