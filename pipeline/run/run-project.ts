import { availableParallelism } from 'node:os';
import type { Config } from '../config/config.js';
import { listNamespaces, type NamespaceEntry } from '../project/list-namespaces.js';
import { projectPaths } from '../project/project-paths.js';
import type { Finding, LocaleSummary } from '../report/finding.js';
import { siteNamespace } from '../site/site-strings.js';
import { cachedResult, inputFiles, readBuildRecords, reusableEditions, readInputs, recordBuilds, runFingerprint, unchangedResult, type BuildRecords, type NamespaceInputs } from './incremental.js';
import type { EditionResult, NamespaceResult, PublishOptions } from './process-namespace.js';
import { selectShard, type Shard } from './shard.js';

/** How to run over a project. */
export interface RunOptions {
  /** Write the editions (build); null to only check. */
  publish: PublishOptions | null;
  /** Only this shard of the namespaces (`--shard 2/4`). */
  shard?: Shard | null;
  /** Worker threads; default: the machine's cores, and none for small projects. */
  jobs?: number;
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
}

/**
 * Runs check (and build) over a project, one namespace at a time: the site strings first,
 * since every edition shows them, then the articles of the shard.
 */
export async function runProject(root: string, config: Config, options: RunOptions): Promise<RunReport> {
  const paths = projectPaths(root, config);
  const entries = await listNamespaces(paths, config);
  const site = entries.find((entry) => entry.kind === 'strings' && entry.namespace === siteNamespace);
  const selected = selectShard(entries, options.shard ?? null);
  const articles = selected.filter((entry) => entry !== site);

  // A build first skips every namespace whose inputs and outputs are those of its last build,
  // without loading the Markdown and i18n libraries at all: by size and time when none of its
  // files was touched, else by content (a checkout rewrites files without changing them).
  const inputs = new Map<string, NamespaceInputs>();
  const cached: NamespaceResult[] = [];
  const records: Array<[NamespaceInputs, NamespaceResult]> = [];
  let pending = articles;
  let shared = '';
  let previous: BuildRecords = new Map();
  if (options.publish) {
    shared = await runFingerprint(paths, config, site ?? null, options.publish);
    previous = readBuildRecords(paths, shared);
    // Records of namespaces that are gone go with them.
    const names = new Set(entries.map((entry) => entry.namespace));
    for (const namespace of previous.keys()) if (!names.has(namespace)) previous.delete(namespace);
    pending = [];
    const files = inputFiles(paths, config);
    for (const entry of articles) {
      const record = previous.get(entry.namespace) ?? null;
      const unchanged = unchangedResult(paths, files, entry, record);
      if (unchanged) {
        cached.push(unchanged);
        continue;
      }
      const read = readInputs(paths, config, files, shared, entry, record);
      const hit = cachedResult(root, read);
      if (hit) {
        cached.push(hit);
        records.push([read, hit]);
      } else {
        inputs.set(entry.namespace, read);
        pending.push(entry);
      }
    }
    // The site strings are part of every fingerprint: with nothing to rebuild they did not change either.
    if (pending.length === 0) {
      await recordBuilds(paths, shared, previous, records);
      return report(config, orderBy(articles, cached));
    }
  }

  const { processNamespace } = await import('./process-namespace.js');
  const { createRunContext } = await import('./run-context.js');
  const context = await createRunContext(root, config, site !== undefined);
  const results: NamespaceResult[] = [...cached];
  if (site) {
    const siteResult = await processNamespace(context, site, null);
    for (const edition of siteResult.editions) if (edition.unreadable || edition.findings.some((finding) => finding.severity === 'error')) context.siteBlocked.add(edition.locale);
    if (selected.includes(site)) results.push(siteResult);
  }
  const jobs = options.jobs ?? Number(process.env.TARJAMA_JOBS ?? availableParallelism());
  let done = cached.length;
  const finished = (result: NamespaceResult): void => {
    const read = inputs.get(result.namespace);
    if (options.publish && read) records.push([read, result]);
    options.onProgress?.((done += 1), articles.length);
  };
  if (jobs > 1 && pending.length >= poolThreshold) {
    const { runInPool } = await import('./worker-pool.js');
    const setup = { root, config, site: site ?? null, siteBlocked: [...context.siteBlocked], publish: options.publish };
    results.push(...(await runInPool(pending, setup, jobs, (entry) => processNamespace(context, entry, options.publish), finished)));
  } else {
    for (const entry of pending) {
      // Of a namespace that changed, only the editions that changed are built again.
      const read = inputs.get(entry.namespace);
      const reused = read ? reusableEditions(root, read) : new Map<string, EditionResult>();
      const built = await processNamespace(context, entry, options.publish, new Set(reused.keys()));
      const byLocale = new Map([...reused, ...built.editions.map((edition) => [edition.locale, edition] as const)]);
      const result = { ...built, editions: config.locales.flatMap((locale) => byLocale.get(locale) ?? []) };
      finished(result);
      results.push(result);
    }
  }
  await recordBuilds(paths, shared, previous, records);
  return report(config, orderBy(selected, results));
}

/** Results in the order of the namespaces (cached and built ones interleave). */
function orderBy(entries: readonly NamespaceEntry[], results: readonly NamespaceResult[]): NamespaceResult[] {
  const byNamespace = new Map(results.map((result) => [result.namespace, result]));
  return entries.flatMap((entry) => byNamespace.get(entry.namespace) ?? []);
}

/** Sorts the findings by place and sums the coverage of each locale. */
export function report(config: Config, results: readonly NamespaceResult[]): RunReport {
  const editions = results.flatMap((result) => result.editions);
  const findings = editions.flatMap((edition) => edition.findings).sort(byPlace);
  const summary = config.locales.map((locale): LocaleSummary => {
    const own = editions.filter((edition) => edition.locale === locale);
    const sum = (field: 'translated' | 'outdated' | 'total'): number => own.reduce((total, edition) => total + edition.counts[field], 0);
    const ownFindings = own.flatMap((edition) => edition.findings);
    return {
      locale,
      translated: sum('translated'),
      outdated: sum('outdated'),
      total: sum('total'),
      errors: ownFindings.filter((finding) => finding.severity === 'error').length,
      warnings: ownFindings.filter((finding) => finding.severity === 'warning').length,
    };
  });
  return { results: [...results], findings, summary, unreadable: editions.some((edition) => edition.unreadable) };
}

function byPlace(a: Finding, b: Finding): number {
  return compare(a.file, b.file) || a.line - b.line || a.column - b.column || compare(a.rule, b.rule);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
