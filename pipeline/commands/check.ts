import type { Config } from '../config/config.js';
import type { Finding, LocaleSummary, RuleId } from '../report/finding.js';
import { runProject } from '../run/run-project.js';
import type { Shard } from '../run/shard.js';

/** Which findings `check` keeps: by locale, namespace and rule (all when a list is empty). */
export interface CheckFilter {
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

/** Checks every locale's catalogs against the sources without writing anything. */
export async function check(root: string, config: Config, filter: CheckFilter = {}): Promise<CheckReport> {
  const run = await runProject(root, config, { publish: null, shard: filter.shard ?? null, ...(filter.onProgress ? { onProgress: filter.onProgress } : {}) });
  const keep = <T>(list: readonly T[] | undefined, value: T): boolean => list === undefined || list.length === 0 || list.includes(value);
  const findings = run.findings.filter((finding) => keep(filter.locales, finding.locale) && keep(filter.namespaces, finding.namespace) && keep(filter.rules, finding.rule));
  return {
    findings,
    summary: run.summary.filter((entry) => keep(filter.locales, entry.locale)),
    unreadable: run.findings.some((finding) => finding.rule === 'parse'),
  };
}
