import type { ProjectGuard } from '../store/project-guard.js';
import { readProjectFile } from '../store/read-project-file.js';
import { compare } from '../util/compare.js';
import { TarjamaError } from '../util/tarjama-error.js';
import { textHash, type NamespaceState, type StateEntry } from './translation-state.js';

/**
 * How far a state file can be trusted: `sealed` (written by extract, as it left it), `legacy`
 * (written by tarjama 0.1, before seals), `absent` (no file), `edited` (its seal does not
 * match its content: someone edited it, or a merge mixed two versions).
 */
export type StateIntegrity = 'sealed' | 'legacy' | 'absent' | 'edited';

/** A namespace's state file as read. */
export interface StateRecord {
  /** What tarjama remembers about translations that are not plainly current, by locale and key. */
  locales: NamespaceState;
  /**
   * The hash (`sourceHash`) of every text extract last wrote to the source-locale catalog, by
   * key: what tells a hand edit of that generated catalog from the source's own. Null when
   * the file does not record it (absent, legacy).
   */
  sources: Map<string, string> | null;
  integrity: StateIntegrity;
  /** The file's text as read (byte-order mark included), when it was read from one: what `extract` expects to replace. */
  text?: string;
}

/** The state of a namespace with no state file. */
export function absentState(): StateRecord {
  return { locales: new Map(), sources: null, integrity: 'absent' };
}

/** Loads a namespace's state file through the run's guard; an absent file is an absent (empty) state. */
export async function loadState(file: string, relative: string, guard: ProjectGuard): Promise<StateRecord> {
  const read = readProjectFile(file, relative, guard);
  return 'absent' in read ? absentState() : { ...parseState(read.text, relative), text: `${read.bom}${read.text}` };
}

/** Parses and validates a state file's text (as the store reads it, without a byte-order mark), and checks its seal. */
export function parseState(text: string, relative: string): StateRecord {
  const fail = (message: string): never => {
    throw new TarjamaError(
      `invalid state file (${message}); restore it from version control, or delete it and run \`tarjama extract\` (which marks every translation of the article for review)`,
      { file: relative },
    );
  };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(`not valid JSON: ${(error as Error).message.split('\n')[0]}; a merge conflict?`);
  }
  const { version, locales, sources, seal } = (value ?? {}) as Record<string, unknown>;
  if (version !== 1 && version !== 2) return fail('"version" must be 1 or 2');
  if (typeof locales !== 'object' || locales === null || Array.isArray(locales)) return fail('no "locales" object');
  const state: NamespaceState = new Map();
  for (const [locale, keys] of Object.entries(locales)) {
    if (typeof keys !== 'object' || keys === null) fail(`"${locale}" is not an object`);
    const entries = new Map<string, StateEntry>();
    for (const [key, entry] of Object.entries(keys as Record<string, unknown>)) {
      const { source, sourceText, translation, origin } = (entry ?? {}) as Record<string, unknown>;
      if (typeof source !== 'string' || typeof sourceText !== 'string' || typeof translation !== 'string' || (origin !== 'source-change' && origin !== 'memory' && origin !== 'unverified')) {
        fail(`entry "${locale}" / "${key}" is malformed`);
      }
      entries.set(key, { source, sourceText, translation, origin } as StateEntry);
    }
    state.set(locale, entries);
  }
  if (version === 1) return { locales: state, sources: null, integrity: 'legacy' };
  if (typeof sources !== 'object' || sources === null || Array.isArray(sources)) return fail('no "sources" object');
  const hashes = new Map<string, string>();
  for (const [key, hash] of Object.entries(sources)) {
    if (typeof hash !== 'string') fail(`source "${key}" is not a hash`);
    hashes.set(key, hash as string);
  }
  const record: StateRecord = { locales: state, sources: hashes, integrity: 'sealed' };
  if (seal !== sealOf(record)) record.integrity = 'edited';
  return record;
}

/**
 * Writes a state deterministically (locales and keys sorted, 2-space JSON) with its seal: a
 * hash of its content, so that an edit by hand is noticed.
 */
export function serializeState(state: Pick<StateRecord, 'locales' | 'sources'>): string {
  const { sources, locales } = canonical(state);
  return `${JSON.stringify({ version: 2, sources, locales, seal: sealOf(state) }, null, 2)}\n`;
}

function sealOf(state: Pick<StateRecord, 'locales' | 'sources'>): string {
  return textHash(JSON.stringify(canonical(state)));
}

function canonical(state: Pick<StateRecord, 'locales' | 'sources'>): { sources: Record<string, string>; locales: Record<string, Record<string, StateEntry>> } {
  const locales: Record<string, Record<string, StateEntry>> = {};
  for (const locale of [...state.locales.keys()].sort(compare)) {
    const entries = state.locales.get(locale);
    if (!entries || entries.size === 0) continue;
    locales[locale] = Object.fromEntries(
      [...entries].sort(([a], [b]) => compare(a, b)).map(([key, entry]) => [key, { source: entry.source, sourceText: entry.sourceText, translation: entry.translation, origin: entry.origin }]),
    );
  }
  const sources = Object.fromEntries([...(state.sources ?? [])].sort(([a], [b]) => compare(a, b)));
  return { sources, locales };
}

/**
 * Why a namespace's state cannot vouch for the translations it has no entry for — it was
 * edited by hand, or it is missing though the article was extracted before — or null.
 * Such translations are `unverified`, never silently current.
 */
export function stateProblem(record: StateRecord, extracted: boolean, file: string): string | null {
  if (record.integrity === 'edited') return `${file} was edited by hand (its seal does not match its content)`;
  if (record.integrity === 'absent' && extracted) return `${file} is missing`;
  return null;
}
