import type { Finding, LocaleSummary } from '../report/finding.js';
import type { TranslationCounts } from '../translate/translate-document.js';

/** Coverage of each of `locales`: the counts of its editions, and its findings by severity. */
export function summarize(locales: readonly string[], editions: ReadonlyArray<{ locale: string; counts: TranslationCounts }>, findings: readonly Finding[]): LocaleSummary[] {
  return locales.map((locale): LocaleSummary => {
    const own = editions.filter((edition) => edition.locale === locale);
    const sum = (field: 'translated' | 'outdated' | 'total'): number => own.reduce((total, edition) => total + edition.counts[field], 0);
    const ownFindings = findings.filter((finding) => finding.locale === locale);
    return {
      locale,
      translated: sum('translated'),
      outdated: sum('outdated'),
      total: sum('total'),
      errors: ownFindings.filter((finding) => finding.severity === 'error').length,
      warnings: ownFindings.filter((finding) => finding.severity === 'warning').length,
    };
  });
}
