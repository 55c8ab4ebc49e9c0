import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config/config.js';
import type { TranslationCounts } from '../translate/translate-document.js';

/**
 * What a namespace's editions were last built from, and what they are: kept in a cache file
 * outside version control, since it depends on tarjama's own code as well as on the content.
 */
export interface BuildRecord {
  fingerprint: string;
  /** The run-wide part of the fingerprint (code, config, glossary, site strings, options). */
  shared?: string;
  /**
   * Size and modification time of every input and output, by path, when they were last
   * verified: when none changed, the next build trusts the record without reading them.
   */
  stats?: Record<string, FileStat>;
  /** Output file (relative to the project root) → sha256 of its content. */
  outputs: Record<string, string>;
  /** Coverage of each edition, for the report of a build that skips the namespace. */
  counts: Record<string, TranslationCounts>;
}

/**
 * Size and modification time of a file (ms since the epoch, with the file system's
 * sub-millisecond part) and when they were read; null when the file is absent.
 */
export type FileStat = [size: number, mtimeMs: number, statedAt: number] | null;

/** The stat of a file, as recorded in a build record. */
export function fileStat(file: string): FileStat {
  const statedAt = Date.now();
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat ? [stat.size, stat.mtimeMs, statedAt] : null;
}

/**
 * Whether every file of a record (its inputs and outputs; which files those are depends only
 * on the config, part of the shared fingerprint) still has the size and modification time
 * recorded, none of them so close to the moment of recording that a later edit in the same
 * clock tick could hide behind the same time (git's "racy clean" entries). Then its content
 * is trusted without being read.
 */
export function statsUnchanged(root: string, record: BuildRecord): boolean {
  const { stats } = record;
  if (!stats) return false;
  for (const file in record.outputs) if (!(file in stats)) return false;
  for (const file in stats) {
    const recorded = stats[file] as FileStat;
    const current = statSync(`${root}/${file}`, { throwIfNoEntry: false });
    if (!current || recorded === null) {
      if (current || recorded !== null) return false;
      continue;
    }
    const [size, mtimeMs, statedAt] = recorded;
    if (current.size !== size || current.mtimeMs !== mtimeMs || mtimeMs >= statedAt - racyWindowMs) return false;
  }
  return true;
}

/** File times come from a coarse kernel clock: a margin for edits in the tick of the recording. */
const racyWindowMs = 50;

/** sha256 of a text, hex. */
export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

let codeHash: Promise<string> | undefined;

/**
 * A hash of tarjama's own compiled code, by the name, size and time of each file (reading
 * them all would cost more than a build with nothing to do): a new version rebuilds everything.
 */
export function tarjamaCodeHash(): Promise<string> {
  codeHash ??= (async () => {
    const root = path.dirname(fileURLToPath(new URL('../index.js', import.meta.url)));
    const hash = createHash('sha256');
    const visit = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) visit(file);
        else if (/\.js$/.test(entry.name)) {
          const stat = statSync(file);
          hash.update(`${path.relative(root, file)}\0${stat.size}\0${stat.mtimeMs}\0`);
        }
      }
    };
    visit(root);
    return hash.digest('hex');
  })();
  return codeHash;
}

/** What every namespace's fingerprint shares: code, config, glossary, site strings, options. */
export async function sharedFingerprint(config: Config, inputs: readonly (string | null)[], options: unknown): Promise<string> {
  return sha256(JSON.stringify([await tarjamaCodeHash(), config, inputs, options]));
}

/** A namespace's fingerprint: the shared part and every input of its editions. */
export function namespaceFingerprint(shared: string, inputs: readonly (string | null)[]): string {
  return sha256(JSON.stringify([shared, inputs]));
}

/** Whether every output a record lists is on disk with the content it had when written. */
export function outputsIntact(root: string, record: BuildRecord): boolean {
  for (const [file, hash] of Object.entries(record.outputs)) {
    try {
      if (sha256(readFileSync(path.join(root, file))) !== hash) return false;
    } catch {
      return false;
    }
  }
  return true;
}
