import type { Config } from '../config/config.js';
import type { Finding } from '../report/finding.js';
import { runProject } from '../run/run-project.js';
import type { RunSettings } from '../run/run-settings.js';
import { coveragePercent } from '../util/coverage-percent.js';

/** Coverage of one namespace in one locale. */
export interface StatusRow {
  locale: string;
  namespace: string;
  total: number;
  translated: number;
  outdated: number;
  /** Missing, empty or rejected. */
  missing: number;
  errors: number;
  warnings: number;
  /** Findings a reviewer accepted (`tarjama accept`): they block nothing. */
  accepted: number;
  /** translated / total, in whole percent (rounded down). */
  percent: number;
}

/** What `status` reports: coverage, and every finding a reviewer accepted. */
export interface StatusReport {
  rows: StatusRow[];
  accepted: Finding[];
}

/** Coverage per locale and namespace, as `i18next-cli status` and `crowdin status` show it, and the accepted findings. */
export async function status(root: string, config: Config, settings: RunSettings = {}): Promise<StatusReport> {
  const run = await runProject(root, config, { publish: null, ...settings });
  const rows: StatusRow[] = [];
  for (const locale of config.locales) {
    for (const result of run.results) {
      const edition = result.editions.find((candidate) => candidate.locale === locale);
      if (!edition) continue;
      const { total, translated, outdated, missing, rejected } = edition.counts;
      rows.push({
        locale,
        namespace: result.namespace,
        total,
        translated,
        outdated,
        missing: missing + rejected,
        errors: edition.findings.filter((finding) => finding.severity === 'error').length,
        warnings: edition.findings.filter((finding) => finding.severity === 'warning').length,
        accepted: edition.findings.filter((finding) => finding.severity === 'accepted').length,
        percent: coveragePercent(translated, total),
      });
    }
  }
  return { rows, accepted: run.findings.filter((finding) => finding.severity === 'accepted') };
}
