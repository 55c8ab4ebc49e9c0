import type { ProjectGuard } from '../store/project-guard.js';
import { readProjectFile } from '../store/read-project-file.js';
import { compare } from '../util/compare.js';
import { TarjamaError } from '../util/tarjama-error.js';

/** A translation whose segment left its article: kept, so that it can come back. */
export interface ArchiveEntry {
  namespace: string;
  key: string;
  /** The source text the translation was made for. */
  source: string;
  translation: string;
}

/** Loads a locale's archive through the run's guard; an absent file is an empty archive. */
export async function loadArchive(file: string, relative: string, guard: ProjectGuard): Promise<ArchiveEntry[]> {
  const read = readProjectFile(file, relative, guard);
  if ('absent' in read) return [];
  let value: unknown;
  try {
    value = JSON.parse(read.text);
  } catch (error) {
    throw new TarjamaError(`invalid archive (${(error as Error).message}); restore it from version control`, { file: relative });
  }
  const entries = (value as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(entries) || !entries.every(isArchiveEntry)) {
    throw new TarjamaError('invalid archive (expected {"entries": [{namespace, key, source, translation}]}); restore it from version control', { file: relative });
  }
  return entries;
}

/** What tells one archived translation from another: all four of its fields. */
export function archiveIdentity(entry: ArchiveEntry): string {
  return JSON.stringify([entry.namespace, entry.key, entry.source, entry.translation]);
}

function isArchiveEntry(value: unknown): value is ArchiveEntry {
  const entry = value as Record<string, unknown> | null;
  return ['namespace', 'key', 'source', 'translation'].every((field) => typeof entry?.[field] === 'string');
}

/** Writes an archive deterministically (sorted, without exact repeats); null when empty. */
export function serializeArchive(entries: readonly ArchiveEntry[]): string | null {
  const seen = new Set<string>();
  const unique = entries
    .map((entry) => ({ namespace: entry.namespace, key: entry.key, source: entry.source, translation: entry.translation }))
    .filter((entry) => {
      const id = archiveIdentity(entry);
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    })
    .sort((a, b) => compare(a.namespace, b.namespace) || compare(a.key, b.key) || compare(a.source, b.source) || compare(a.translation, b.translation));
  if (unique.length === 0) return null;
  return `${JSON.stringify({ version: 1, entries: unique }, null, 2)}\n`;
}
