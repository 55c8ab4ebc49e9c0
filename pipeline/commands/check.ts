import { assertLocaleFilter } from '../config/assert-locale-filter.js';
import type { Config } from '../config/config.js';
import { assertNamespaces } from '../project/assert-namespaces.js';
import { listNamespaces } from '../project/list-namespaces.js';
import { projectPaths } from '../project/project-paths.js';
import type { Finding, LocaleSummary, RuleId } from '../report/finding.js';
import { runProject } from '../run/run-project.js';
import type { RunSettings } from '../run/run-settings.js';
import type { Shard } from '../run/shard.js';
import { summarize } from '../run/summarize.js';

/** Which findings `check` keeps: by locale, namespace and rule (all when a list is empty); and how it uses the machine. */
export interface CheckFilter extends RunSettings {
  locales?: readonly string[];
  namespaces?: readonly string[];
  rules?: readonly RuleId[];
  shard?: Shard | null;
  onProgress?: ((done: number, total: number) => void) | null;
}

/** The outcome of `check`: every finding, sorted by file and line, and per-locale coverage. */
export interface CheckReport {
  findings: Finding[];
  summary: LocaleSummary[];
  /** A catalog could not be read at all (exit code 2). */
  unreadable: boolean;
}

/**
 * Checks every locale's catalogs against the sources without writing anything. The filter
 * applies to the findings and the summary alike; a locale or namespace it names must exist.
 * A catalog that cannot be read is reported whatever the filter, since it fails the check.
 */
export async function check(root: string, config: Config, filter: CheckFilter = {}): Promise<CheckReport> {
  const locales = filter.locales ?? [];
  const namespaces = filter.namespaces ?? [];
  const rules = filter.rules ?? [];
  assertLocaleFilter(config, locales, false);
  if (namespaces.length > 0) {
    const { entries, orphans } = await listNamespaces(projectPaths(root, config), config);
    assertNamespaces([...entries.map((entry) => entry.namespace), ...orphans], namespaces);
  }
  const run = await runProject(root, config, { publish: null, shard: filter.shard ?? null, ...(filter.onProgress ? { onProgress: filter.onProgress } : {}), jobs: filter.jobs, poolFrom: filter.poolFrom, leanHeap: filter.leanHeap });
  const keep = <T>(list: readonly T[], value: T): boolean => list.length === 0 || list.includes(value);
  const findings = run.findings.filter((finding) => finding.rule === 'parse' || (keep(locales, finding.locale) && keep(namespaces, finding.namespace) && keep(rules, finding.rule)));
  const editions = run.results.filter((result) => keep(namespaces, result.namespace)).flatMap((result) => result.editions);
  return {
    findings,
    summary: summarize(config.locales.filter((locale) => keep(locales, locale)), editions, findings),
    unreadable: run.unreadable || run.findings.some((finding) => finding.rule === 'parse'),
  };
}
