import type { Finding, LocaleSummary } from './finding.js';
import { jsonLines } from './json-lines.js';

/** Findings for machines: `{"findings": [...], "summary": [...]}`, one stable shape. */
export function formatJson(findings: readonly Finding[], summary: readonly LocaleSummary[]): string {
  return `${[...findingsJsonLines(findings, summary)].join('\n')}\n`;
}

/** The lines of `formatJson`, a finding at a time, for the CLI to write as they come (`jsonLines`). */
export function findingsJsonLines(findings: readonly Finding[], summary: readonly LocaleSummary[]): Generator<string> {
  return jsonLines([
    { key: 'findings', items: ordered(findings) },
    { key: 'summary', items: summary },
  ]);
}

/** Each finding with its fields in one order, the optional ones only when set. */
function* ordered(findings: readonly Finding[]): Generator<object> {
  for (const finding of findings) {
    yield {
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
    };
  }
}

function optional(finding: Finding, fields: ReadonlyArray<keyof Finding>): Partial<Finding> {
  return Object.fromEntries(fields.filter((field) => finding[field] !== undefined).map((field) => [field, finding[field]]));
}
