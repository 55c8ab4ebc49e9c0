import type { LocaleCatalog } from '../catalog/locale-catalog.js';
import type { StateRecord } from '../catalog/state-file.js';
import { isSourceHash } from '../catalog/translation-state.js';
import type { PreviousEntry } from './match-keys.js';

/** The previous extraction of an article, and the keys of its catalog that were edited by hand. */
export interface PreviousExtraction {
  entries: PreviousEntry[];
  /** Keys whose text in the source-locale catalog is not what extract wrote (changed, added or deleted by hand). */
  handEdited: string[];
}

/**
 * What extract last wrote to an article's source-locale catalog: the catalog's entries, each
 * with the hash the sealed state recorded for it. The catalog is generated; where a person
 * changed it, the state's hash (not the edited text) says which source text the key stood for,
 * so that the key and its translations follow the source as if the edit had not been made.
 * Without a sealed state (a legacy or lost one) the catalog is all there is.
 */
export function previousExtraction(sourceCatalog: LocaleCatalog, state: StateRecord): PreviousExtraction {
  const sources = state.integrity === 'sealed' ? state.sources : null;
  const entries: PreviousEntry[] = [];
  const handEdited: string[] = [];
  for (const { key, value } of sourceCatalog.catalog.entries) {
    if (typeof value !== 'string') continue;
    if (!sources) {
      entries.push({ key, text: value });
      continue;
    }
    const hash = sources.get(key);
    if (hash === undefined) {
      handEdited.push(key);
      continue;
    }
    if (!isSourceHash(hash, value)) handEdited.push(key);
    entries.push({ key, text: value, hash });
  }
  if (sources) {
    for (const [key, hash] of sources) {
      if (sourceCatalog.catalog.values.has(key)) continue;
      handEdited.push(key);
      entries.push({ key, text: '', hash });
    }
  }
  return { entries, handEdited };
}
