import { createHash } from 'node:crypto';

/** Why a translation is bound to a source text other than the current one. */
export type Origin = 'source-change' | 'memory';

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
export type TranslationStatus = 'current' | 'outdated' | 'from-memory';

/** The short content hash used in state files. */
export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/**
 * The status of a translation: outdated while the source differs from the text it was made
 * for and the translation is unchanged since; a translator's edit makes it current again
 * with no other step. A translation reused from memory needs review until edited or confirmed.
 */
export function translationStatus(sourceText: string, translation: string, entry: StateEntry | undefined): TranslationStatus {
  if (entry === undefined || textHash(translation) !== entry.translation) return 'current';
  if (entry.origin === 'memory') return 'from-memory';
  return textHash(sourceText) === entry.source ? 'current' : 'outdated';
}

/**
 * The entry after the source text of a kept key changed from `before` to `after`: the
 * translation is bound to `before` — unless it was already outdated against an older text
 * and untouched since, in which case it stays bound to that older text.
 */
export function bindToPreviousSource(entry: StateEntry | undefined, before: string, after: string, translation: string): StateEntry | undefined {
  const stillOutdated = entry !== undefined && entry.origin === 'source-change' && translationStatus(before, translation, entry) === 'outdated';
  const bound: StateEntry = stillOutdated ? entry : { source: textHash(before), sourceText: before, translation: textHash(translation), origin: 'source-change' };
  return bound.source === textHash(after) ? undefined : bound;
}

/** The source text a present translation was made for, given its entry. */
export function translatedFrom(sourceText: string, translation: string, entry: StateEntry | undefined): string {
  return entry !== undefined && translationStatus(sourceText, translation, entry) === 'outdated' ? entry.sourceText : sourceText;
}
