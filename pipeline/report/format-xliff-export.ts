import type { XliffExportReport } from '../commands/xliff-export.js';
import { printable } from './printable.js';

/** The files `xliff export` wrote, one line each; for OmegaT, the project's files and what to do next. */
export function formatXliffExport(report: XliffExportReport, version: string): string {
  const lines = report.files.map((file) => `${file.result.padEnd(9)}  ${printable(file.file)}  (${file.units} units, XLIFF ${version})`);
  const { omegat } = report;
  if (omegat) {
    for (const setting of omegat.settings) lines.push(`${setting.result.padEnd(9)}  ${printable(setting.file)}`);
    for (const memory of omegat.memories) lines.push(`${memory.result.padEnd(9)}  ${printable(memory.file)}  (${memory.entries} translation${memory.entries === 1 ? '' : 's'})`);
    lines.push(
      `Open ${printable(omegat.folder)} in OmegaT (Project › Open): the current translations are filled in, the outdated ones offered as matches.`,
      `Translate, create the translated documents (Project › Create Translated Documents), then: tarjama xliff import ${printable(omegat.target)}/*.xlf`,
    );
  }
  return `${lines.join('\n')}\n`;
}
