/** An entry found by a token index, with how many distinct tokens it shares with the query. */
export interface Candidate {
  id: number;
  shared: number;
}

/**
 * An inverted index from word tokens to entry ids, so that fuzzy matching compares a segment
 * only with the few entries that share its rarer words instead of with every entry.
 */
export class TokenIndex {
  readonly #postings = new Map<string, number[]>();
  #size = 0;

  /** Adds an entry under its tokens. */
  add(id: number, tokens: readonly string[]): void {
    this.#size += 1;
    for (const token of new Set(tokens)) {
      const list = this.#postings.get(token);
      if (list) list.push(id);
      else this.#postings.set(token, [id]);
    }
  }

  /**
   * The `limit` entries sharing the most distinct tokens with `tokens`. Tokens found in more
   * than a fifth of a large index (the, of, and…) are not counted, to stay close to linear.
   */
  candidates(tokens: readonly string[], limit: number): Candidate[] {
    const common = Math.max(64, Math.ceil(this.#size / 5));
    const counts = new Map<number, number>();
    for (const token of new Set(tokens)) {
      const list = this.#postings.get(token);
      if (!list || list.length > common) continue;
      for (const id of list) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return [...counts]
      .map(([id, shared]) => ({ id, shared }))
      .sort((a, b) => b.shared - a.shared || a.id - b.id)
      .slice(0, limit);
  }
}
