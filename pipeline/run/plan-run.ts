import { cachedResult, inputFiles, readBuildRecords, readInputs, reusableEditions, runFingerprint, unchangedResult, type BuildRecords, type NamespaceInputs, type RunCache } from '../cache/incremental.js';
import type { Config } from '../config/config.js';
import type { NamespaceEntry } from '../project/list-namespaces.js';
import type { ProjectPaths } from '../project/project-paths.js';
import type { EditionResult, NamespaceResult } from '../publish/edition-result.js';
import type { PublishOptions } from '../publish/publish-options.js';
import type { NamespaceWork } from './worker.js';

/** What a run has left to do once the records of the last one have been consulted. */
export interface RunPlan {
  cache: RunCache;
  /** The records of the last run, less those of namespaces that are gone: the run adds its own. */
  previous: BuildRecords;
  /** Results of the namespaces left as they were, from their records. */
  cached: NamespaceResult[];
  /** Records to keep of namespaces found unchanged by content (with fresh stats). */
  records: Array<[NamespaceInputs, NamespaceResult]>;
  /** What each namespace to build (or check) is made from, the site strings' too, read before it is built. */
  inputs: Map<string, NamespaceInputs>;
  /** The namespaces to build or check, in order, without the site strings, each with the locales whose editions stay as they are. */
  work: NamespaceWork[];
  /** Those editions, by namespace and locale, as the last build left them. */
  reused: Map<string, Map<string, EditionResult>>;
}

/**
 * Plans a run: every namespace whose inputs (and a build's outputs) are those of its last
 * build or check is skipped, without loading the Markdown and i18n libraries at all: by size
 * and time when none of its files was touched, else by content (a checkout rewrites files
 * without changing them). A check keeps each namespace's findings, the site strings' too. Of a
 * namespace that changed, a build redoes only the editions that changed: the others are reused.
 */
export async function planRun(paths: ProjectPaths, config: Config, publish: PublishOptions | null, entries: readonly NamespaceEntry[], site: NamespaceEntry | null, namespaces: readonly NamespaceEntry[]): Promise<RunPlan> {
  const checking = publish === null;
  const cache: RunCache = { file: checking ? paths.checkCacheFile : paths.buildCacheFile, shared: await runFingerprint(paths, config, site, publish), checking };
  const previous = readBuildRecords(paths.guard, cache.file, cache.shared);
  // Records of namespaces that are gone go with them.
  const names = new Set(entries.map((entry) => entry.namespace));
  for (const namespace of previous.keys()) if (!names.has(namespace)) previous.delete(namespace);
  const plan: RunPlan = { cache, previous, cached: [], records: [], inputs: new Map(), work: [], reused: new Map() };
  const files = inputFiles(paths, config);
  for (const entry of namespaces) {
    const record = previous.get(entry.namespace) ?? null;
    const unchanged = unchangedResult(paths, files, entry, record);
    if (unchanged) {
      plan.cached.push(unchanged);
      continue;
    }
    const read = readInputs(paths, config, files, cache.shared, entry, record);
    const hit = cachedResult(paths.guard, read);
    if (hit) {
      plan.cached.push(hit);
      plan.records.push([read, hit]);
      continue;
    }
    plan.inputs.set(entry.namespace, read);
    // The site strings are worked on first, apart.
    if (entry === site) continue;
    const reused = checking ? new Map<string, EditionResult>() : reusableEditions(paths.guard, read);
    plan.reused.set(entry.namespace, reused);
    plan.work.push({ entry, reuse: [...reused.keys()] });
  }
  return plan;
}
