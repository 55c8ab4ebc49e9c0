import type { LocaleCatalog } from '../catalog/locale-catalog.js';
import type { SourceDocument } from '../extract/read-source.js';
import type { Finding, RuleId, Severity } from '../report/finding.js';
import { pluralKey } from '../rules/plurals.js';

/** Findings about the catalog file itself: unreadable JSON, duplicate keys, wrong types, keys the source no longer has. */
export function catalogFindings(document: SourceDocument, target: LocaleCatalog, isSourceLocale: boolean, severityOf: (rule: RuleId) => Severity | 'off'): Finding[] {
  const base = { locale: target.locale, namespace: document.namespace, file: target.file };
  const findings: Finding[] = [];
  const add = (finding: Omit<Finding, 'severity'>): void => {
    const severity = severityOf(finding.rule);
    if (severity !== 'off') findings.push({ ...finding, severity });
  };
  for (const problem of target.catalog.problems) add({
    ...base,
    rule: problem.kind,
    key: problem.key,
    line: problem.position.line,
    column: problem.position.column,
    message: problem.message,
    ...(problem.frame ? { frame: problem.frame } : {}),
  });
  const keys = new Set(document.segments.map((segment) => segment.key));
  const pluralBases = new Set(document.kind === 'strings' ? [...keys].flatMap((key) => pluralKey(key)?.base ?? []) : []);
  for (const entry of target.catalog.entries) {
    if (keys.has(entry.key) || pluralBases.has(pluralKey(entry.key)?.base ?? '\u0000')) continue;
    const rule: RuleId = isSourceLocale ? 'stale' : 'obsolete';
    const message = isSourceLocale
      ? `"${entry.key}" is no longer in ${document.file}; run \`tarjama extract\``
      : `"${entry.key}" is not a key of ${document.file} (it is not published); if it is mistyped, rename it to the key it translates, else \`tarjama extract\` moves it to the archive`;
    add({ ...base, rule, key: entry.key, line: entry.position.line, column: entry.position.column, message });
  }
  return findings;
}
