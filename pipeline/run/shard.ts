import { TarjamaError } from '../util/tarjama-error.js';

/** One of N equal parts of the namespaces, 1-based: `--shard 2/4`. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses `K/N` (1 ≤ K ≤ N). */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new TarjamaError(`--shard must be K/N with 1 ≤ K ≤ N, e.g. 2/4; not "${text}"`);
  return { index, count };
}

/**
 * The namespaces of one shard: the sorted list cut into N contiguous parts of equal size
 * (±1), as Playwright and Vitest shard tests, so N runners together cover each exactly once.
 */
export function selectShard<T>(items: readonly T[], shard: Shard | null): T[] {
  if (!shard) return [...items];
  const start = Math.floor(((shard.index - 1) * items.length) / shard.count);
  const end = Math.floor((shard.index * items.length) / shard.count);
  return items.slice(start, end);
}
