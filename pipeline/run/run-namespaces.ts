import { availableParallelism } from 'node:os';
import type { Config } from '../config/config.js';
import type { NamespaceEntry } from '../project/list-namespaces.js';
import type { EditionResult, NamespaceResult } from '../publish/edition-result.js';
import { leanHeap } from './lean-heap.js';
import type { RunPlan } from './plan-run.js';
import type { RunOptions } from './run-options.js';
import { defaultPoolFrom } from './run-settings.js';

/**
 * Does the work a plan leaves: the site strings first, on the main thread, since every edition
 * shows them; then the other namespaces, on as many threads as `jobs` asks when there are at
 * least `poolFrom` of them (`defaultPoolFrom`) and on the main thread alone otherwise: the same
 * work either way, each namespace's unchanged editions reused. Returns the results as they come, the site
 * strings' first, with the reused editions in their places; `onProgress` counts from `done`.
 */
export async function runNamespaces(root: string, config: Config, options: RunOptions, plan: RunPlan, site: NamespaceEntry | null, done: number, total: number): Promise<NamespaceResult[]> {
  leanHeap.growYoung();
  const { processNamespace } = await import('./process-namespace.js');
  const { createRunContext } = await import('./run-context.js');
  const { runInPool } = await import('./worker-pool.js');
  const context = await createRunContext(root, config, site !== null);
  const results: NamespaceResult[] = [];
  if (site) {
    const siteResult = await processNamespace(context, site, null);
    for (const edition of siteResult.editions) if (edition.unreadable || edition.findings.some((finding) => finding.severity === 'error')) context.siteBlocked.add(edition.locale);
    results.push(siteResult);
  }
  const jobs = options.jobs ?? availableParallelism();
  const threads = jobs > 1 && plan.work.length >= (options.poolFrom ?? defaultPoolFrom) ? jobs : 1;
  if (threads > 1 && options.leanHeap) leanHeap.apply();
  const setup = { root, config, site, siteBlocked: [...context.siteBlocked], publish: options.publish };
  const pool = { size: threads, resourceLimits: options.leanHeap ? leanHeap.workerLimits : undefined };
  await runInPool(plan.work, setup, pool, ({ entry, reuse }) => processNamespace(context, entry, options.publish, new Set(reuse)), (built) => {
    results.push(withReused(config.locales, built, plan.reused.get(built.namespace)));
    options.onProgress?.((done += 1), total);
  });
  return results;
}

/** A namespace's result with the editions reused from the last build in their places (those built again replace them). */
function withReused(locales: readonly string[], built: NamespaceResult, reused: ReadonlyMap<string, EditionResult> = new Map()): NamespaceResult {
  const byLocale = new Map([...reused, ...built.editions.map((edition) => [edition.locale, edition] as const)]);
  return { ...built, editions: locales.flatMap((locale) => byLocale.get(locale) ?? []) };
}
