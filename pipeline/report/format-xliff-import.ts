import type { XliffImportFile } from '../commands/xliff-import.js';
import { printable } from './printable.js';

/** What `xliff import` merged and skipped, per file, with the reason for every skipped unit. */
export function formatXliffImport(reports: readonly XliffImportFile[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    lines.push(
      `${printable(report.file)} → ${printable(report.catalog)}: ${report.merged.length} merged, ${report.unchanged} unchanged, ${report.untranslated} untranslated, ${report.skipped.length} skipped (catalog ${report.result})`,
    );
    for (const key of report.merged) lines.push(`  merged   ${printable(key)}`);
    for (const skipped of report.skipped) lines.push(`  skipped  ${printable(skipped.key)}: ${printable(skipped.reason)}`);
  }
  return `${lines.join('\n')}\n`;
}
