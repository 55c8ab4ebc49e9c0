import type { StatusReport } from '../commands/status.js';
import { columnWidths } from './column-widths.js';
import { printable } from './printable.js';

/** The status table, one row per locale and namespace; then each finding a reviewer accepted, with its place. */
export function formatStatus({ rows, accepted }: StatusReport): string {
  const table = [
    ['locale', 'namespace', 'translated', 'outdated', 'missing', 'errors', 'warnings', 'accepted', '%'],
    ...rows.map((row) => [row.locale, printable(row.namespace), `${row.translated}/${row.total}`, String(row.outdated), String(row.missing), String(row.errors), String(row.warnings), String(row.accepted), `${row.percent}%`]),
  ];
  const widths = columnWidths(table);
  const lines = table.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd());
  if (accepted.length > 0) lines.push('', 'Accepted by review (locales/accepted.json; each comes back when its source or translation changes):');
  for (const finding of accepted) lines.push(`  ${printable(finding.file)}:${finding.line}:${finding.column}  ${finding.rule}  ${printable(finding.key ?? '')}: ${printable(finding.message)}`);
  return `${lines.join('\n')}\n`;
}
