import { availableParallelism } from 'node:os';
import path from 'node:path';
import { cachedResult, inputFiles, readBuildRecords, reusableEditions, readInputs, recordBuilds, runFingerprint, unchangedResult, type BuildRecords, type NamespaceInputs, type RunCache } from '../cache/incremental.js';
import type { Config } from '../config/config.js';
import { listNamespaces, type NamespaceEntry } from '../project/list-namespaces.js';
import { projectPaths, type ProjectPaths } from '../project/project-paths.js';
import { siteNamespace } from '../project/site-namespace.js';
import { orphanFiles, orphanFindings, type OrphanFiles } from '../publish/orphan-files.js';
import type { Finding, LocaleSummary } from '../report/finding.js';
import { journalPending } from '../store/journal.js';
import { removeFile } from '../store/remove-file.js';
import { compare } from '../util/compare.js';
import { TarjamaError } from '../util/tarjama-error.js';
import { leanHeap } from './lean-heap.js';
import type { EditionResult, NamespaceResult, PublishOptions } from './process-namespace.js';
import type { RunSettings } from './run-settings.js';
import { selectShard, type Shard } from './shard.js';
import { summarize } from './summarize.js';

/** How to run over a project. */
export interface RunOptions extends RunSettings {
  /** Write the editions (build); null to only check. */
  publish: PublishOptions | null;
  /** Only this shard of the namespaces (`--shard 2/4`). */
  shard?: Shard | null;
  /** Called after each namespace, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/** Below this many namespaces, starting workers costs more than it saves. */
const poolThreshold = 24;

/** Every namespace's result, with all findings sorted by place and coverage per locale. */
export interface RunReport {
  results: NamespaceResult[];
  findings: Finding[];
  summary: LocaleSummary[];
  unreadable: boolean;
  /** Editions of deleted or renamed articles that a build removed. */
  removed: string[];
}

/**
 * Runs check (and build) over a project, one namespace at a time: the site strings first,
 * since every edition shows them, then the articles of the shard.
 */
export async function runProject(root: string, config: Config, options: RunOptions): Promise<RunReport> {
  const paths = projectPaths(root, config);
  // A run that writes completes a stopped one first (under the lock); one that only reads must not report half of one.
  const stopped = journalPending(paths);
  if (stopped !== null) {
    throw new TarjamaError(`a "${stopped}" was stopped before it finished writing; run \`tarjama ${stopped}\` (or any command that writes) to complete it, then check again`, { file: paths.relative(paths.journalFile) });
  }
  const { entries, orphans } = await listNamespaces(paths, config);
  // What deleted and renamed articles left: found once, by the first shard.
  const left = (options.shard?.index ?? 1) === 1 ? orphanFiles(paths, config, orphans, new Set(entries.filter((entry) => entry.kind === 'article').map((entry) => entry.namespace))) : { kept: [], editions: [] };
  const extra = orphanFindings(paths, options.publish ? { kept: left.kept, editions: [] } : left, (rule) => config.rules[rule] ?? 'error');
  const removed = options.publish ? removeEditions(paths, left.editions) : [];
  const site = entries.find((entry) => entry.kind === 'strings' && entry.namespace === siteNamespace);
  const selected = selectShard(entries, options.shard ?? null);
  const articles = selected.filter((entry) => entry !== site);

  // A run first skips every namespace whose inputs (and a build's outputs) are those of its
  // last build or check, without loading the Markdown and i18n libraries at all: by size and
  // time when none of its files was touched, else by content (a checkout rewrites files
  // without changing them). A check keeps each namespace's findings, the site strings' too.
  const checking = options.publish === null;
  const cache: RunCache = { file: checking ? paths.checkCacheFile : paths.buildCacheFile, shared: await runFingerprint(paths, config, site ?? null, options.publish), checking };
  const previous = readBuildRecords(paths.guard, cache.file, cache.shared);
  // Records of namespaces that are gone go with them.
  const names = new Set(entries.map((entry) => entry.namespace));
  for (const namespace of previous.keys()) if (!names.has(namespace)) previous.delete(namespace);
  const inputs = new Map<string, NamespaceInputs>();
  const cached: NamespaceResult[] = [];
  const records: Array<[NamespaceInputs, NamespaceResult]> = [];
  const pending: NamespaceEntry[] = [];
  const files = inputFiles(paths, config);
  for (const entry of checking ? selected : articles) {
    const record = previous.get(entry.namespace) ?? null;
    const unchanged = unchangedResult(paths, files, entry, record);
    if (unchanged) {
      cached.push(unchanged);
      continue;
    }
    const read = readInputs(paths, config, files, cache.shared, entry, record);
    const hit = cachedResult(paths.guard, read);
    if (hit) {
      cached.push(hit);
      records.push([read, hit]);
    } else {
      inputs.set(entry.namespace, read);
      // The site strings are worked on first, below.
      if (entry !== site) pending.push(entry);
    }
  }
  // The site strings are part of every fingerprint: with nothing to redo they did not change either.
  if (pending.length === 0 && !(site && inputs.has(site.namespace))) {
    await keepRecords(paths, cache, previous, records);
    return report(config, orderBy(checking ? selected : articles, cached), extra, removed);
  }

  const { processNamespace } = await import('./process-namespace.js');
  const { createRunContext } = await import('./run-context.js');
  const context = await createRunContext(root, config, site !== undefined);
  const results: NamespaceResult[] = [...cached];
  if (site) {
    const siteResult = await processNamespace(context, site, null);
    for (const edition of siteResult.editions) if (edition.unreadable || edition.findings.some((finding) => finding.severity === 'error')) context.siteBlocked.add(edition.locale);
    if (selected.includes(site)) results.push(siteResult);
    const read = inputs.get(site.namespace);
    if (read) records.push([read, siteResult]);
  }
  const jobs = options.jobs ?? availableParallelism();
  let done = cached.filter((result) => result.namespace !== site?.namespace).length;
  const finished = (result: NamespaceResult): void => {
    const read = inputs.get(result.namespace);
    if (read) records.push([read, result]);
    options.onProgress?.((done += 1), articles.length);
  };
  if (jobs > 1 && pending.length >= poolThreshold) {
    const { runInPool } = await import('./worker-pool.js');
    if (options.leanHeap) leanHeap.apply();
    const setup = { root, config, site: site ?? null, siteBlocked: [...context.siteBlocked], publish: options.publish };
    // Not `push(...list)`: spread arguments go on the stack, and an archive has any number of namespaces.
    for (const result of await runInPool(pending, setup, { size: jobs, resourceLimits: options.leanHeap ? leanHeap.workerLimits : undefined }, (entry) => processNamespace(context, entry, options.publish), finished)) results.push(result);
  } else {
    for (const entry of pending) {
      // Of a namespace that changed, only the editions that changed are built again.
      const read = inputs.get(entry.namespace);
      const reused = read && !checking ? reusableEditions(paths.guard, read) : new Map<string, EditionResult>();
      const built = await processNamespace(context, entry, options.publish, new Set(reused.keys()));
      const byLocale = new Map([...reused, ...built.editions.map((edition) => [edition.locale, edition] as const)]);
      const result = { ...built, editions: config.locales.flatMap((locale) => byLocale.get(locale) ?? []) };
      finished(result);
      results.push(result);
    }
  }
  await keepRecords(paths, cache, previous, records);
  return report(config, orderBy(selected, results), extra, removed);
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

/** Sorts the findings by place and sums the coverage of each locale; `extra` are findings outside any edition. */
export function report(config: Config, results: readonly NamespaceResult[], extra: readonly Finding[] = [], removed: readonly string[] = []): RunReport {
  const editions = results.flatMap((result) => result.editions);
  const findings = [...editions.flatMap((edition) => edition.findings), ...extra].sort(byPlace);
  const summary = summarize(config.locales, editions, findings);
  return { results: [...results], findings, summary, unreadable: editions.some((edition) => edition.unreadable), removed: [...removed] };
}

function byPlace(a: Finding, b: Finding): number {
  return compare(a.file, b.file) || a.line - b.line || a.column - b.column || compare(a.rule, b.rule);
}
