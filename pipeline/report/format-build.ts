import type { BuildReport } from '../commands/build.js';
import type { ExtractReport } from '../commands/extract.js';
import { formatText } from './format-text.js';

/** What `build` did, for people: one line per output, then the findings behind any blocked one. */
export function formatBuild(report: BuildReport): string {
  const lines = report.outputs.map((output) => {
    if (output.result === 'blocked') {
      const { missing, rejected } = output.counts;
      return `blocked    ${output.file}  (${missing} missing, ${rejected} rejected: fix them or pass --allow-incomplete)`;
    }
    const note = output.incomplete ? `  (incomplete: ${output.counts.missing} missing, ${output.counts.rejected} rejected, source text used)` : '';
    return `${output.result.padEnd(9)}  ${output.file}${note}`;
  });
  if (!report.findings.some((finding) => finding.severity === 'error')) return `${lines.join('\n')}\n`;
  return `${lines.join('\n')}\n\n${formatText(report.findings, report.summary)}`;
}

/** What `extract` did, for people. */
export function formatExtract(report: ExtractReport): string {
  return report.catalogs.map((catalog) => `${catalog.result.padEnd(9)}  ${catalog.file}  (${catalog.keys} keys)`).join('\n') + '\n';
}
