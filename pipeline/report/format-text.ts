import type { Finding, LocaleSummary } from './finding.js';

/**
 * Findings for people: sorted by file, one line each starting with `file:line:column`
 * (clickable in terminals and editors), a blank line between files, then coverage per locale.
 */
export function formatText(findings: readonly Finding[], summary: readonly LocaleSummary[]): string {
  const lines: string[] = [];
  let file: string | null = null;
  const ruleWidth = Math.max(0, ...findings.map((finding) => finding.rule.length));
  for (const finding of findings) {
    if (file !== null && finding.file !== file) lines.push('');
    file = finding.file;
    const place = `${finding.file}:${finding.line}:${finding.column}`;
    lines.push(`${place}  ${finding.severity.padEnd(7)}  ${finding.rule.padEnd(ruleWidth)}  ${finding.message}`);
  }
  if (lines.length > 0) lines.push('');
  lines.push(...formatSummary(summary));
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.length - errors;
  lines.push('');
  lines.push(
    errors > 0
      ? `✖ ${plural(errors, 'error')}, ${plural(warnings, 'warning')}: not publishable`
      : `✔ publishable${warnings > 0 ? ` (${plural(warnings, 'warning')})` : ''}`,
  );
  return `${lines.join('\n')}\n`;
}

/** The per-locale coverage table. */
export function formatSummary(summary: readonly LocaleSummary[]): string[] {
  const rows = summary.map((entry) => [
    entry.locale,
    `${entry.translated}/${entry.total}`,
    `${entry.total === 0 ? 100 : Math.floor((entry.translated / entry.total) * 100)}%`,
    String(entry.outdated),
    String(entry.errors),
    String(entry.warnings),
  ]);
  const table = [['locale', 'translated', 'coverage', 'outdated', 'errors', 'warnings'], ...rows];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  return table.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd());
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
