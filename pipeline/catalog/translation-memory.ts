import { similarity, wordTokens } from '../extract/similarity.js';
import { TokenIndex } from '../extract/token-index.js';
import { sourceForm } from './translation-state.js';

/** A source text and its translation into one locale, and where the pair comes from. */
export interface MemoryEntry {
  source: string;
  translation: string;
  namespace: string;
  key: string;
  /** True for a translation kept in the archive (its segment left the article). */
  archived: boolean;
}

/** A memory entry found for a text, with how alike the two source texts are (0–1). */
export interface MemoryMatch extends MemoryEntry {
  similarity: number;
}

/**
 * The translations of one locale, by source text: exact lookups through a hash map,
 * fuzzy ones through a token index, so that thousands of segments stay fast. The index is
 * built at the first fuzzy lookup: `extract` only looks texts up exactly.
 */
export class TranslationMemory {
  readonly #entries: MemoryEntry[] = [];
  readonly #tokens: string[][] = [];
  readonly #removed = new Set<number>();
  readonly #exact = new Map<string, number[]>();
  readonly #index = new TokenIndex();
  /** Each pair's place in the order `exact` gives, when pairs were not added in that order. */
  readonly #ranks: number[] = [];

  /**
   * Adds a pair: after those added before it, or at `rank` among pairs all added with one (a
   * memory filled out of order, as `lazyMemories` fills it, gives them in the order of their ranks).
   */
  add(entry: MemoryEntry, rank = this.#entries.length): void {
    const id = this.#entries.length;
    this.#entries.push(entry);
    this.#ranks.push(rank);
    const form = sourceForm(entry.source);
    const list = this.#exact.get(form);
    if (!list) this.#exact.set(form, [id]);
    else {
      // Kept sorted by rank: pairs come in rank order but for a namespace read late.
      let at = list.length;
      while (at > 0 && (this.#ranks[list[at - 1] as number] as number) > rank) at -= 1;
      list.splice(at, 0, id);
    }
  }

  /** Forgets an archived pair that went back into its catalog. */
  removeArchived(entry: MemoryEntry): void {
    for (const id of this.#exact.get(sourceForm(entry.source)) ?? []) {
      const candidate = this.#entries[id];
      if (candidate?.archived && candidate.namespace === entry.namespace && candidate.key === entry.key && candidate.translation === entry.translation) this.#removed.add(id);
    }
  }

  /** Every pair whose source is exactly `source` (however wrapped), in the order they were added (or of their ranks). */
  exact(source: string): MemoryEntry[] {
    return (this.#exact.get(sourceForm(source)) ?? []).filter((id) => !this.#removed.has(id)).map((id) => this.#entries[id] as MemoryEntry);
  }

  /** The best pairs whose source is at least `minimum` alike to `source`, best first. */
  fuzzy(source: string, minimum: number, limit: number): MemoryMatch[] {
    for (let id = this.#tokens.length; id < this.#entries.length; id += 1) {
      const tokens = wordTokens((this.#entries[id] as MemoryEntry).source);
      this.#tokens.push(tokens);
      this.#index.add(id, tokens);
    }
    const tokens = wordTokens(source);
    const matches: MemoryMatch[] = [];
    const seen = new Set<string>();
    for (const { id } of this.#index.candidates(tokens, limit * 8)) {
      if (this.#removed.has(id)) continue;
      const entry = this.#entries[id] as MemoryEntry;
      const score = similarity(tokens, this.#tokens[id] ?? []);
      const identity = `${entry.source}\u0000${entry.translation}`;
      if (score < minimum || seen.has(identity)) continue;
      seen.add(identity);
      matches.push({ ...entry, similarity: score });
    }
    return matches.sort((a, b) => b.similarity - a.similarity || Number(a.archived) - Number(b.archived)).slice(0, limit);
  }
}
