import type { LocaleCatalog } from '../catalog/locale-catalog.js';
import type { SourceDocument } from '../extract/read-source.js';
import type { Finding, RuleId, Severity } from '../report/finding.js';
import { catalogRules } from '../rules/all-rules.js';

/** Runs the catalog rules on one catalog file: unreadable JSON, duplicate keys, wrong types, keys the source does not have. */
export function checkCatalog(document: SourceDocument, target: LocaleCatalog, isSourceLocale: boolean, severityOf: (rule: RuleId) => Severity | 'off'): Finding[] {
  const input = { document, target, isSourceLocale };
  return catalogRules.flatMap((rule) => {
    const severity = severityOf(rule.id);
    if (severity === 'off') return [];
    return rule.catalog(input).map((hit): Finding => ({
      locale: target.locale,
      namespace: document.namespace,
      file: target.file,
      rule: rule.id,
      key: hit.key,
      line: hit.position.line,
      column: hit.position.column,
      message: hit.message,
      ...(hit.frame ? { frame: hit.frame } : {}),
      severity,
    }));
  });
}
