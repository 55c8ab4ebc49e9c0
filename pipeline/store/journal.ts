import path from 'node:path';
import { sha256 } from '../util/sha256.js';
import { TarjamaError } from '../util/tarjama-error.js';
import { failureReason } from './failure-reason.js';
import { projectGuard, type ProjectGuard } from './project-guard.js';
import { cannotRead, readProjectBytes, readProjectFile } from './read-project-file.js';
import { diskOps, replaceFile, type FileOps } from './write-file-atomic.js';

/** A file a run changes: its new content, or null to remove it. */
export interface FileWrite {
  /** Absolute path. */
  file: string;
  content: string | null;
  /**
   * What the run read of the file and planned from (null: it was absent); when given, the commit
   * refuses to replace a file that holds anything else by then (`changedSince`): someone saved it
   * while the run was working, and writing the run's content would lose that save.
   */
  expected?: string | null;
}

/** What a committed write did to a file. */
export interface CommittedWrite {
  file: string;
  result: 'written' | 'removed';
}

/** Where a project keeps its journal, and how it names files. */
export interface JournalPaths {
  root: string;
  /** `locales/.tarjama/journal.json`: present only while a multi-file write is under way. */
  journalFile: string;
  relative(file: string): string;
}

interface JournalEntry {
  file: string;
  /** sha256 of the file before the run, or null when it did not exist. */
  before: string | null;
  content: string | null;
}

/**
 * Changes several files as one transaction: a redo journal, as databases and git's index
 * use. Every new content is first written to the journal (itself written atomically: a
 * temporary file and a rename), then each file is replaced atomically, then the journal is
 * removed. A run stopped before the journal exists changed nothing; a run stopped after is
 * completed by `completeJournal` at the start of the next one. A failure while applying
 * (a full disk) leaves the journal for the next run and says so.
 */
export function commitWrites(paths: JournalPaths, command: string, writes: readonly FileWrite[], ops: FileOps = diskOps): CommittedWrite[] {
  const guard = projectGuard(paths.root);
  const pending: JournalEntry[] = [];
  const changed: string[] = [];
  for (const { file, content, expected } of writes) {
    const before = readTarget(file, paths, guard);
    if (holds(before, content)) continue;
    if (expected !== undefined && !holds(before, expected)) changed.push(paths.relative(file));
    pending.push({ file: paths.relative(file), before: before === null ? null : sha256(before), content });
  }
  if (changed.length > 0) throw changedSince(command, changed);
  if (pending.length === 0) return [];
  const journaled = pending.length > 1;
  if (journaled) replaceFile(paths.journalFile, `${JSON.stringify({ version: 1, command, writes: pending })}\n`, paths.root, ops);
  const done: CommittedWrite[] = [];
  for (const entry of pending) {
    apply(paths, entry, ops, journaled);
    done.push({ file: entry.file, result: entry.content === null ? 'removed' : 'written' });
  }
  if (journaled) removeJournal(paths, ops);
  return done;
}

/** The error of a commit that found files changed since the run read them: nothing is written, the run is to be made again. */
function changedSince(command: string, files: readonly string[]): TarjamaError {
  const others = files.length > 1 ? ` (and ${files.length - 1} other ${files.length === 2 ? 'file' : 'files'}: ${files.slice(1).join(', ')})` : '';
  return new TarjamaError(
    `changed while "${command}" ran${others}: it no longer holds what the run read, and writing the run's result would lose that change. Nothing was written; run "${command}" again, which starts from the files as they are now`,
    { file: files[0] as string },
  );
}

/** What `completeJournal` found and did. */
export interface Completion {
  command: string;
  files: string[];
}

/**
 * Completes the multi-file write of a run that was stopped half-way, if any: each file of
 * the journal that still holds its old content gets its new one. A file that holds neither
 * (changed by hand since) stops the completion before anything is written: overwriting it
 * would lose that change.
 */
export function completeJournal(paths: JournalPaths, ops: FileOps = diskOps): Completion | null {
  const guard = projectGuard(paths.root);
  const journal = readJournal(paths, guard);
  if (journal === null) return null;
  const shown = paths.relative(paths.journalFile);
  const todo: JournalEntry[] = [];
  for (const entry of journal.writes) {
    const now = readTarget(path.resolve(paths.root, entry.file), paths, guard);
    if (holds(now, entry.content)) continue;
    if ((now === null ? null : sha256(now)) !== entry.before) {
      throw new TarjamaError(
        `a "${journal.command}" run was stopped before it finished, and ${entry.file} was changed since; completing that run would overwrite the change. Move your change aside (or undo it: git checkout -- ${entry.file}) and run tarjama again, which completes the "${journal.command}"; or delete ${shown} to give up the rest of that run (translations it was moving to the archive may then be lost)`,
        { file: shown },
      );
    }
    todo.push(entry);
  }
  for (const entry of todo) apply(paths, entry, ops, true);
  removeJournal(paths, ops);
  return { command: journal.command, files: todo.map((entry) => entry.file) };
}

/** Whether a stopped run's journal waits to be completed (for commands that only read). */
export function journalPending(paths: JournalPaths): string | null {
  return readJournal(paths, projectGuard(paths.root))?.command ?? null;
}

/** The journal of a stopped run, or null when there is none. */
function readJournal(paths: JournalPaths, guard: ProjectGuard): { command: string; writes: JournalEntry[] } | null {
  const shown = paths.relative(paths.journalFile);
  const read = readProjectFile(paths.journalFile, shown, guard);
  return 'absent' in read ? null : parseJournal(read.text, shown);
}

function apply(paths: JournalPaths, entry: JournalEntry, ops: FileOps, journaled: boolean): void {
  const file = path.resolve(paths.root, entry.file);
  try {
    if (entry.content === null) {
      try {
        ops.remove(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    } else replaceFile(file, entry.content, paths.root, ops);
  } catch (error) {
    const reason = failureReason(error);
    if (!journaled || (reason === null && !(error instanceof TarjamaError))) throw error;
    const cause = reason ?? (error as Error).message;
    throw new TarjamaError(
      `cannot ${entry.content === null ? 'remove' : 'write'}: ${cause}. The run's other changes are kept in ${paths.relative(paths.journalFile)}: fix the cause, then run tarjama again (any command that writes), which completes them`,
      { file: entry.file },
    );
  }
}

function removeJournal(paths: JournalPaths, ops: FileOps): void {
  try {
    ops.remove(paths.journalFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    // Every file holds its new content: a journal left behind is completed (to no effect) next time.
    const reason = failureReason(error);
    if (reason === null) throw error;
    throw new TarjamaError(`cannot remove the journal: ${reason}; every file was written, and the next run removes it`, { file: paths.relative(paths.journalFile) });
  }
}

function parseJournal(text: string, shown: string): { command: string; writes: JournalEntry[] } {
  const damaged = (): never => {
    throw new TarjamaError('damaged journal (it is written by tarjama only); restore the project from version control, or delete this file and run `tarjama extract`', { file: shown });
  };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return damaged();
  }
  const { version, command, writes } = (value ?? {}) as Record<string, unknown>;
  if (version !== 1 || typeof command !== 'string' || !Array.isArray(writes)) return damaged();
  for (const entry of writes as unknown[]) {
    const { file, before, content } = (entry ?? {}) as Record<string, unknown>;
    const relative = typeof file === 'string' && file !== '' && !path.isAbsolute(file) && !file.split(/[/\\]/).includes('..');
    if (!relative || (before !== null && typeof before !== 'string') || (content !== null && typeof content !== 'string')) damaged();
  }
  return { command, writes: writes as JournalEntry[] };
}

/** A file the journal writes, as it is now: its bytes, or null when absent. */
function readTarget(file: string, paths: JournalPaths, guard: ProjectGuard): Buffer | null {
  return readProjectBytes(file, guard, cannotRead(paths.relative(file)));
}

/** Whether a file as it is (null: absent) already holds what the journal gives it (null: removed). */
function holds(now: Buffer | null, content: string | null): boolean {
  return now === null || content === null ? now === content : now.equals(Buffer.from(content));
}
