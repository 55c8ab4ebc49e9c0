import type { Po4aMigrateReport } from '../commands/po4a-migrate.js';
import { formatXliffImport } from './format-xliff-import.js';
import { printable } from './printable.js';

/** What `po migrate` filled and kept per namespace, then every po4a entry that matched no segment, with its file:line. */
export function formatPo4aMigrate(report: Po4aMigrateReport): string {
  const lines = report.namespaces.length > 0 ? [formatXliffImport(report.namespaces).trimEnd()] : ['no entry of these files matches a segment of the project'];
  if (report.unmatched.length > 0) lines.push(`${report.unmatched.length} entries matched no segment (their translations are still in the PO file; translate those segments by hand):`);
  for (const entry of report.unmatched) lines.push(`  ${printable(entry.file)}:${entry.line}  ${printable(entry.reason)}${entry.source === '' ? '' : `: "${printable(sourceLine(entry.source))}"`}`);
  return `${lines.join('\n')}\n`;
}

function sourceLine(source: string): string {
  const line = source.replace(/\s+/g, ' ').trim();
  return line.length > 70 ? `${line.slice(0, 69)}…` : line;
}
