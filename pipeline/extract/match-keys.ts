import { sourceHash } from '../catalog/translation-state.js';
import { assignKeys, kindOfKey } from './assign-keys.js';
import type { SegmentKind } from './segment.js';
import { similarity, wordTokens } from './similarity.js';
import { TokenIndex } from './token-index.js';

/** A key of the previous extraction and its source text, in previous document order. */
export interface PreviousEntry {
  key: string;
  /** The text as far as it is known (a hand edit of the catalog may have changed it, or lost it: ''). */
  text: string;
  /** `sourceHash` of the text extract wrote, when the state recorded it; else that of `text`. */
  hash?: string;
}

/** A segment of the new source, before it has a key. */
export interface Unkeyed {
  kind: SegmentKind;
  text: string;
  words: string;
  /** A fixed key (front-matter fields). */
  key?: string;
}

/** Segments this alike (see `similarity`) are the same segment, edited. */
export const editThreshold = 0.6;
const candidatesPerSegment = 8;

/**
 * Gives the new segments the keys of the previous extraction wherever they are the same
 * segment: first identical texts, by `sourceHash` (wherever they moved, however re-wrapped;
 * the nearest position wins among repeats), then edited ones among the rest (the most alike pair first, position as the
 * tie-breaker, same kind only), and fresh keys for what is left. Deterministic, and close to
 * linear: identical texts through a hash map, edited ones through a token index.
 */
export function matchKeys(previous: readonly PreviousEntry[], segments: readonly Unkeyed[]): string[] {
  const keys: Array<string | undefined> = segments.map((segment) => segment.key);
  const taken = new Set<number>();
  const previousByKey = new Map(previous.map((entry, index) => [entry.key, index]));
  for (const segment of segments) {
    const index = segment.key === undefined ? undefined : previousByKey.get(segment.key);
    if (index !== undefined) taken.add(index);
  }

  const byText = new Map<string, number[]>();
  previous.forEach((entry, index) => {
    if (taken.has(index)) return;
    const hash = entry.hash ?? sourceHash(entry.text);
    const list = byText.get(hash);
    if (list) list.push(index);
    else byText.set(hash, [index]);
  });
  // A new article has no previous texts: nothing to hash its segments for, nor to index.
  segments.forEach((segment, position) => {
    if (keys[position] !== undefined || byText.size === 0) return;
    const nearest = (byText.get(sourceHash(segment.text)) ?? [])
      .filter((index) => !taken.has(index))
      .reduce<number | undefined>((best, index) => (best === undefined || Math.abs(index - position) < Math.abs(best - position) ? index : best), undefined);
    if (nearest === undefined) return;
    taken.add(nearest);
    keys[position] = previous[nearest]?.key;
  });

  const index = new TokenIndex();
  const tokens = new Map<number, string[]>();
  previous.forEach((entry, id) => {
    if (taken.has(id)) return;
    const words = wordTokens(entry.text);
    tokens.set(id, words);
    index.add(id, words);
  });
  const pairs: Array<{ position: number; id: number; score: number }> = [];
  segments.forEach((segment, position) => {
    if (keys[position] !== undefined || tokens.size === 0) return;
    const words = wordTokens(segment.text);
    for (const { id } of index.candidates(words, candidatesPerSegment)) {
      const entry = previous[id];
      if (!entry || kindOfKey(entry.key) !== segment.kind) continue;
      const score = similarity(words, tokens.get(id) ?? []);
      if (score >= editThreshold) pairs.push({ position, id, score });
    }
  });
  pairs.sort((a, b) => b.score - a.score || Math.abs(a.position - a.id) - Math.abs(b.position - b.id) || a.position - b.position || a.id - b.id);
  for (const pair of pairs) {
    if (keys[pair.position] !== undefined || taken.has(pair.id)) continue;
    taken.add(pair.id);
    keys[pair.position] = previous[pair.id]?.key;
  }

  return assignKeys(
    segments.map((segment, position) => ({ kind: segment.kind, words: segment.words, key: keys[position] })),
    new Set(previous.map((entry) => entry.key)),
  );
}
