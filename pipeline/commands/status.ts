import type { Config } from '../config/config.js';
import { loadProject } from '../project/load-project.js';
import { translateProject } from '../translate/translate-project.js';

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
  /** translated / total, in whole percent (rounded down). */
  percent: number;
}

/** Coverage per locale and namespace, as `i18next-cli status` and `crowdin status` show it. */
export async function status(root: string, config: Config): Promise<{ rows: StatusRow[] }> {
  const translation = await translateProject(await loadProject(root, config));
  const rows: StatusRow[] = [];
  for (const locale of config.locales) {
    for (const { document, editions } of translation.documents) {
      const edition = editions.find((candidate) => candidate.locale === locale);
      if (!edition) continue;
      const { total, translated, outdated, missing, rejected } = edition.counts;
      rows.push({
        locale,
        namespace: document.namespace,
        total,
        translated,
        outdated,
        missing: missing + rejected,
        errors: edition.findings.filter((finding) => finding.severity === 'error').length,
        warnings: edition.findings.filter((finding) => finding.severity === 'warning').length,
        percent: total === 0 ? 100 : Math.floor((translated / total) * 100),
      });
    }
  }
  return { rows };
}
