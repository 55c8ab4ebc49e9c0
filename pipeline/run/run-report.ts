import type { Config } from '../config/config.js';
import type { NamespaceResult } from '../publish/edition-result.js';
import type { Finding, LocaleSummary } from '../report/finding.js';
import { compare } from '../util/compare.js';
import { summarize } from './summarize.js';

/** Every namespace's result, with all findings sorted by place and coverage per locale. */
export interface RunReport {
  results: NamespaceResult[];
  findings: Finding[];
  summary: LocaleSummary[];
  unreadable: boolean;
  /** Editions of deleted or renamed articles that a build removed. */
  removed: string[];
}

/** Sorts the findings by place and sums the coverage of each locale; `extra` are findings outside any edition. */
export function runReport(config: Config, results: readonly NamespaceResult[], extra: readonly Finding[] = [], removed: readonly string[] = []): RunReport {
  const editions = results.flatMap((result) => result.editions);
  const findings = [...editions.flatMap((edition) => edition.findings), ...extra].sort(byPlace);
  const summary = summarize(config.locales, editions, findings);
  return { results: [...results], findings, summary, unreadable: editions.some((edition) => edition.unreadable), removed: [...removed] };
}

function byPlace(a: Finding, b: Finding): number {
  return compare(a.file, b.file) || a.line - b.line || a.column - b.column || compare(a.rule, b.rule);
}
