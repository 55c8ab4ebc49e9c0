import type { LocaleCatalog } from '../catalog/locale-catalog.js';
import type { SourceDocument } from '../extract/read-source.js';
import { ruleSeverity, type Finding, type RuleId } from '../report/finding.js';

/** Findings about the catalog file itself: unreadable JSON, duplicate keys, wrong types, keys the source no longer has. */
export function catalogFindings(document: SourceDocument, target: LocaleCatalog, isSourceLocale: boolean): Finding[] {
  const base = { locale: target.locale, namespace: document.namespace, file: target.file };
  const findings: Finding[] = target.catalog.problems.map((problem) => ({
    ...base,
    rule: problem.kind,
    severity: ruleSeverity[problem.kind],
    key: problem.key,
    line: problem.position.line,
    column: problem.position.column,
    message: problem.message,
  }));
  const keys = new Set(document.segments.map((segment) => segment.key));
  for (const entry of target.catalog.entries) {
    if (keys.has(entry.key)) continue;
    const rule: RuleId = isSourceLocale ? 'stale' : 'obsolete';
    const message = isSourceLocale
      ? `"${entry.key}" is no longer in ${document.file}; run \`tarjama extract\``
      : `"${entry.key}" is no longer in ${document.file}; delete it from ${target.file} (it is not published)`;
    findings.push({ ...base, rule, severity: ruleSeverity[rule], key: entry.key, line: entry.position.line, column: entry.position.column, message });
  }
  return findings;
}
