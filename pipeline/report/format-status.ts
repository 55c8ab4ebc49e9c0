import type { StatusRow } from '../commands/status.js';
import { columnWidths } from './column-widths.js';
import { printable } from './printable.js';

/** The status table: one row per locale and namespace. */
export function formatStatus(rows: readonly StatusRow[]): string {
  const table = [
    ['locale', 'namespace', 'translated', 'outdated', 'missing', 'errors', 'warnings', '%'],
    ...rows.map((row) => [row.locale, printable(row.namespace), `${row.translated}/${row.total}`, String(row.outdated), String(row.missing), String(row.errors), String(row.warnings), `${row.percent}%`]),
  ];
  const widths = columnWidths(table);
  return `${table.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n')}\n`;
}
