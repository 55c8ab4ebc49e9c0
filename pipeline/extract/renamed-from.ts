import { loadCatalog } from '../catalog/load-catalog.js';
import { loadState } from '../catalog/state-file.js';
import { sourceHash } from '../catalog/translation-state.js';
import type { Config } from '../config/config.js';
import type { ProjectPaths } from '../project/project-paths.js';
import type { SourceDocument } from './read-source.js';

/** A new article is a renamed one when at least this share of the smaller side's segments are the same texts. */
export const renameThreshold = 0.5;

/**
 * The orphan (an article whose source is gone) that a new article is the same story as,
 * renamed: the one whose last extraction shares the most segment texts with it, at least
 * half of the smaller of the two; null when none does.
 */
export async function renamedFrom(paths: ProjectPaths, config: Config, document: Pick<SourceDocument, 'segments'>, orphans: ReadonlySet<string>): Promise<string | null> {
  const texts = document.segments.map((segment) => sourceHash(segment.text));
  let best: { namespace: string; score: number } | null = null;
  for (const namespace of [...orphans].sort()) {
    const file = paths.catalogFile(config.sourceLocale, namespace);
    const stateFile = paths.stateFile(namespace);
    const [catalog, state] = await Promise.all([loadCatalog(config.sourceLocale, file, paths.relative(file), paths.guard), loadState(stateFile, paths.relative(stateFile), paths.guard)]);
    const hashes = new Set(state.integrity === 'sealed' && state.sources ? state.sources.values() : [...catalog.catalog.values.values()].map(sourceHash));
    if (hashes.size === 0 || texts.length === 0) continue;
    const shared = texts.filter((hash) => hashes.has(hash)).length;
    const score = shared / Math.min(texts.length, hashes.size);
    if (score >= renameThreshold && (best === null || score > best.score)) best = { namespace, score };
  }
  return best?.namespace ?? null;
}
