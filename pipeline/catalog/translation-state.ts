import { sha256 } from '../util/sha256.js';

/**
 * Why a translation is bound to a source text other than the current one, or needs review:
 * `unverified` when the state that would say whether it is current was missing or edited.
 */
export type Origin = 'source-change' | 'memory' | 'unverified';

/**
 * What tarjama remembers about one translation: the source text it was made for (hash and
 * text, for the diff), the translation as it was then (hash), and why the entry exists.
 */
export interface StateEntry {
  source: string;
  sourceText: string;
  translation: string;
  origin: Origin;
}

/** The state of one namespace: locale → key → entry. */
export type NamespaceState = Map<string, Map<string, StateEntry>>;

/** Whether a present translation can be published as it is. */
export type TranslationStatus = 'current' | 'outdated' | 'from-memory' | 'unverified';

/** The short content hash used in state files. */
export function textHash(text: string): string {
  return sha256(text).slice(0, 16);
}

/**
 * A source message with its formatting left out: the line breaks and spaces of re-wrapping
 * (a soft line break and a space render alike), so that re-wrapping a paragraph is not a
 * change. A hard break (`\` at the end of a line) is kept.
 */
export function sourceForm(text: string): string {
  // Most messages are one line with single spaces: neither replacement finds anything in them.
  if (!text.includes('\n') && !text.includes('\t') && !text.includes('  ')) return text.trim();
  return text.replace(/(?<!\\)[ \t]*\r?\n[ \t]*/g, ' ').replace(/[ \t]{2,}/g, ' ').trim();
}

/** Whether two source messages say the same thing, whatever their wrapping. */
export function sameSource(a: string, b: string): boolean {
  return a === b || sourceForm(a) === sourceForm(b);
}

/** The hash of a source message, as state files record it: of its `sourceForm`. */
export function sourceHash(text: string): string {
  let hash = sourceHashes.get(text);
  if (hash === undefined) {
    if (sourceHashes.size >= remembered.texts || rememberedCharacters > remembered.characters) {
      sourceHashes.clear();
      rememberedCharacters = 0;
    }
    hash = textHash(sourceForm(text));
    sourceHashes.set(text, hash);
    rememberedCharacters += text.length;
  }
  return hash;
}

/**
 * The source hashes last worked out: extract asks for each message's several times (keys
 * matched, the previous extraction, each locale's plan). One article's messages are asked for
 * together, so a few thousand texts suffice; forgotten all at once past that many, or past a
 * million characters, so that they keep little memory alive however long the messages.
 */
const sourceHashes = new Map<string, string>();
let rememberedCharacters = 0;
const remembered = { texts: 4096, characters: 1 << 20 };

/**
 * Whether `hash` (from a state file) is the hash of `text`. State files written before
 * tarjama compared sources by `sourceForm` hold the hash of the raw text: both are accepted.
 */
export function isSourceHash(hash: string, text: string): boolean {
  return hash === sourceHash(text) || hash === textHash(text);
}

/**
 * The status of a translation: outdated while the source differs from the text it was made
 * for and the translation is unchanged since; a translator's edit makes it current again
 * with no other step. A translation reused from memory, or whose state was lost, needs
 * review until edited or confirmed.
 */
export function translationStatus(sourceText: string, translation: string, entry: StateEntry | undefined): TranslationStatus {
  if (entry === undefined || textHash(translation) !== entry.translation) return 'current';
  if (entry.origin === 'memory') return 'from-memory';
  if (entry.origin === 'unverified') return 'unverified';
  return isSourceHash(entry.source, sourceText) ? 'current' : 'outdated';
}

/**
 * The entry after the source text of a kept key changed from `before` to `after`: the
 * translation is bound to `before` — unless it was already outdated against an older text,
 * or unverified, and is untouched since, in which case its entry stays. `beforeHash` is
 * the hash the state recorded for `before`, when the text itself could not be trusted.
 */
export function bindToPreviousSource(entry: StateEntry | undefined, before: string, after: string, translation: string, beforeHash = sourceHash(before)): StateEntry | undefined {
  const status = entry === undefined ? 'current' : translationStatus(before, translation, entry);
  const keep = entry !== undefined && (status === 'unverified' || (entry.origin === 'source-change' && status === 'outdated'));
  const bound: StateEntry = keep ? entry : { source: beforeHash, sourceText: before, translation: textHash(translation), origin: 'source-change' };
  return bound.origin === 'source-change' && isSourceHash(bound.source, after) ? undefined : bound;
}

/** The source text a present translation was made for, given its entry. */
export function translatedFrom(sourceText: string, translation: string, entry: StateEntry | undefined): string {
  return entry !== undefined && translationStatus(sourceText, translation, entry) === 'outdated' ? entry.sourceText : sourceText;
}

/**
 * The status of a translation in its namespace: as `translationStatus` says, except that
 * where the state cannot vouch for translations it has no entry for (`lost`: see
 * `stateProblem`), such a translation is unverified.
 */
export function statusIn(sourceText: string, translation: string, entry: StateEntry | undefined, lost: boolean): TranslationStatus {
  return entry === undefined && lost ? 'unverified' : translationStatus(sourceText, translation, entry);
}
