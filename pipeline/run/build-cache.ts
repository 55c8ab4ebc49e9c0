import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
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
  /** Output file (relative to the project root) → sha256 of its content. */
  outputs: Record<string, string>;
  /** Coverage of each edition, for the report of a build that skips the namespace. */
  counts: Record<string, TranslationCounts>;
}

/** sha256 of a text, hex. */
export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

let codeHash: Promise<string> | undefined;

/** A hash of tarjama's own compiled code: a new version of tarjama rebuilds everything. */
export function tarjamaCodeHash(): Promise<string> {
  codeHash ??= (async () => {
    const root = path.dirname(fileURLToPath(new URL('../index.js', import.meta.url)));
    const hash = createHash('sha256');
    const visit = async (dir: string): Promise<void> => {
      for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) await visit(file);
        else if (/\.(js|ts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) hash.update(entry.name).update(await readFile(file));
      }
    };
    await visit(root);
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
