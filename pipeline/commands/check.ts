import type { Config } from '../config/config.js';
import { loadProject } from '../project/load-project.js';
import type { Finding, LocaleSummary } from '../report/finding.js';
import { translateProject } from '../translate/translate-project.js';

/** The outcome of `check`: every finding, sorted by file and line, and per-locale coverage. */
export interface CheckReport {
  findings: Finding[];
  summary: LocaleSummary[];
  /** A catalog could not be read at all (exit code 2). */
  unreadable: boolean;
}

/** Checks every locale's catalogs against the sources without writing anything. */
export async function check(root: string, config: Config): Promise<CheckReport> {
  const translation = await translateProject(await loadProject(root, config));
  return {
    findings: translation.findings,
    summary: translation.summary,
    unreadable: translation.findings.some((finding) => finding.rule === 'parse'),
  };
}
