import type { Finding, LocaleSummary } from './finding.js';
import { jsonText } from './json-text.js';

/** Findings for machines: `{"findings": [...], "summary": [...]}`, one stable shape. */
export function formatJson(findings: readonly Finding[], summary: readonly LocaleSummary[]): string {
  const ordered = findings.map((finding) => ({
    rule: finding.rule,
    severity: finding.severity,
    locale: finding.locale,
    namespace: finding.namespace,
    key: finding.key,
    file: finding.file,
    line: finding.line,
    column: finding.column,
    message: finding.message,
    ...optional(finding, ['source', 'translation', 'suggestion', 'previousSource', 'diff', 'frame']),
  }));
  return jsonText({ findings: ordered, summary });
}

function optional(finding: Finding, fields: ReadonlyArray<keyof Finding>): Partial<Finding> {
  return Object.fromEntries(fields.filter((field) => finding[field] !== undefined).map((field) => [field, finding[field]]));
}
