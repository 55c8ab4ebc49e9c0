import type { PoExportReport } from '../commands/po-export.js';
import { printable } from './printable.js';

/** The files `po export` wrote, one line each. */
export function formatPoExport(report: PoExportReport): string {
  return `${report.files.map((file) => `${file.result.padEnd(9)}  ${printable(file.file)}  (${file.entries} entries)`).join('\n')}\n`;
}
