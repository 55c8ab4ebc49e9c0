import path from 'node:path';
import { recordBuilds, type BuildRecords, type NamespaceInputs, type RunCache } from '../cache/incremental.js';
import type { Config } from '../config/config.js';
import { listNamespaces, type NamespaceEntry } from '../project/list-namespaces.js';
import { projectPaths, type ProjectPaths } from '../project/project-paths.js';
import { siteNamespace } from '../project/site-namespace.js';
import type { NamespaceResult } from '../publish/edition-result.js';
import { orphanFiles, orphanFindings, type OrphanFiles } from '../publish/orphan-files.js';
import type { Finding } from '../report/finding.js';
import { journalPending } from '../store/journal.js';
import { removeFile } from '../store/remove-file.js';
import { compare } from '../util/compare.js';
import { TarjamaError } from '../util/tarjama-error.js';
import { planRun } from './plan-run.js';
import type { RunOptions } from './run-options.js';
import { runReport, type RunReport } from './run-report.js';
import { selectShard } from './shard.js';

/**
 * Runs check (and build) over a project: what the last run's records show unchanged is taken
 * from them (`planRun`), the rest is worked on a namespace at a time, the site strings first
 * since every edition shows them, then the articles of the shard (`runNamespaces`).
 */
export async function runProject(root: string, config: Config, options: RunOptions): Promise<RunReport> {
  const paths = projectPaths(root, config);
  assertNoStoppedRun(paths);
  const { entries, orphans } = await listNamespaces(paths, config);
  const { extra, removed } = await leftBehind(paths, config, options, entries, orphans);
  const site = entries.find((entry) => entry.kind === 'strings' && entry.namespace === siteNamespace) ?? null;
  const selected = selectShard(entries, options.shard ?? null);
  const articles = selected.filter((entry) => entry !== site);
  // The site strings are reported with the articles, by a build as by a check: from their record when nothing changed.
  const plan = await planRun(paths, config, options.publish, entries, site, selected);
  // The site strings are part of every fingerprint: with nothing to redo they did not change either.
  if (plan.work.length === 0 && !(site && plan.inputs.has(site.namespace))) {
    await keepRecords(paths, plan.cache, plan.previous, plan.records);
    return runReport(config, orderBy(selected, plan.cached), extra, removed);
  }
  const { runNamespaces } = await import('./run-namespaces.js');
  const done = plan.cached.filter((result) => result.namespace !== site?.namespace).length;
  const built = await runNamespaces(root, config, options, plan, site, done, articles.length);
  const records = [...plan.records, ...built.flatMap((result) => recordOf(plan.inputs, result))];
  await keepRecords(paths, plan.cache, plan.previous, records);
  const results = [...plan.cached, ...built.filter((result) => site === null || result.namespace !== site.namespace || selected.includes(site))];
  return runReport(config, orderBy(selected, results), extra, removed);
}

/** A run that writes completes a stopped one first (under the lock); one that only reads must not report half of one. */
function assertNoStoppedRun(paths: ProjectPaths): void {
  const stopped = journalPending(paths);
  if (stopped === null) return;
  throw new TarjamaError(`a "${stopped}" was stopped before it finished writing; run \`tarjama ${stopped}\` (or any command that writes) to complete it, then check again`, { file: paths.relative(paths.journalFile) });
}

/**
 * What deleted and renamed articles left, found once, by the first shard: a check reports
 * all of it; a build removes their editions (and reports them removed) and the rest.
 */
async function leftBehind(paths: ProjectPaths, config: Config, options: RunOptions, entries: readonly NamespaceEntry[], orphans: readonly string[]): Promise<{ extra: Finding[]; removed: string[] }> {
  const left = (options.shard?.index ?? 1) === 1 ? await orphanFiles(paths, config, orphans, new Set(entries.filter((entry) => entry.kind === 'article').map((entry) => entry.namespace))) : { kept: [], editions: [] };
  const extra = orphanFindings(paths, options.publish ? { kept: left.kept, editions: [] } : left, (rule) => config.rules[rule] ?? 'error');
  return { extra, removed: options.publish ? removeEditions(paths, left.editions) : [] };
}

/** A namespace's result with the inputs it was made from, to record; none for one whose inputs were not read. */
function recordOf(inputs: ReadonlyMap<string, NamespaceInputs>, result: NamespaceResult): Array<[NamespaceInputs, NamespaceResult]> {
  const read = inputs.get(result.namespace);
  return read ? [[read, result]] : [];
}

/** Writes the run's records; a check that cannot (a read-only checkout) still reports. */
async function keepRecords(paths: ProjectPaths, cache: RunCache, previous: BuildRecords, records: ReadonlyArray<[NamespaceInputs, NamespaceResult]>): Promise<void> {
  try {
    await recordBuilds(paths, cache, previous, records);
  } catch (error) {
    if (!cache.checking) throw error;
  }
}

/** Results in the order of the namespaces (cached and built ones interleave). */
function orderBy(entries: readonly NamespaceEntry[], results: readonly NamespaceResult[]): NamespaceResult[] {
  const byNamespace = new Map(results.map((result) => [result.namespace, result]));
  return entries.flatMap((entry) => byNamespace.get(entry.namespace) ?? []);
}

/** Removes the editions of articles that are gone; returns them. */
function removeEditions(paths: ProjectPaths, editions: OrphanFiles['editions']): string[] {
  // Found by listing output/, which may have been read through a link: refused before anything is removed.
  for (const { file } of editions) removeFile(path.join(paths.root, file), paths.guard);
  return editions.map(({ file }) => file);
}
