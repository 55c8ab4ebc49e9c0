import { readFileSync } from 'node:fs';
import { TarjamaError } from '../io/tarjama-error.js';
import type { NamespaceState, StateEntry } from './translation-state.js';

/** Reads a namespace's state file; an absent file is an empty state. */
export async function readStateFile(file: string, relative: string): Promise<NamespaceState> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw new TarjamaError(`cannot read the state file: ${(error as Error).message}`, { file: relative });
  }
  return parseState(text, relative);
}

/** Parses and validates a state file's text. */
export function parseState(text: string, relative: string): NamespaceState {
  const fail = (message: string): never => {
    throw new TarjamaError(`invalid state file (${message}); restore it from version control`, { file: relative });
  };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail((error as Error).message);
  }
  const locales = (value as { locales?: unknown } | null)?.locales;
  if (typeof locales !== 'object' || locales === null) return fail('no "locales" object');
  const state: NamespaceState = new Map();
  for (const [locale, keys] of Object.entries(locales)) {
    if (typeof keys !== 'object' || keys === null) fail(`"${locale}" is not an object`);
    const entries = new Map<string, StateEntry>();
    for (const [key, entry] of Object.entries(keys as Record<string, unknown>)) {
      const { source, sourceText, translation, origin } = (entry ?? {}) as Record<string, unknown>;
      if (typeof source !== 'string' || typeof sourceText !== 'string' || typeof translation !== 'string' || (origin !== 'source-change' && origin !== 'memory')) {
        fail(`entry "${locale}" / "${key}" is malformed`);
      }
      entries.set(key, { source, sourceText, translation, origin } as StateEntry);
    }
    state.set(locale, entries);
  }
  return state;
}

/** Writes a state deterministically: locales and keys sorted, 2-space JSON; null when empty. */
export function serializeState(state: NamespaceState): string | null {
  const locales: Record<string, Record<string, StateEntry>> = {};
  for (const locale of [...state.keys()].sort()) {
    const entries = state.get(locale);
    if (!entries || entries.size === 0) continue;
    locales[locale] = Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
  if (Object.keys(locales).length === 0) return null;
  return `${JSON.stringify({ version: 1, locales }, null, 2)}\n`;
}
