import type { BuildReport } from '../commands/build.js';
import { formatText, type TextOptions } from './format-text.js';

/** What `build` did, for people: one line per output, then the findings behind any blocked one. */
export function formatBuild(report: BuildReport, options: TextOptions = { color: false }): string {
  const lines = report.outputs.map((output) => {
    if (output.result === 'blocked') {
      return `blocked    ${output.file}  (${describe(output.counts)}: fix them or pass --allow-incomplete)`;
    }
    const note = output.incomplete ? `  (incomplete: ${describe(output.counts)}; source text used for missing and rejected ones)` : '';
    const line = `${output.result.padEnd(9)}  ${output.file}${note}`;
    return output.html ? `${line}\n${output.html.result.padEnd(9)}  ${output.html.file}` : line;
  });
  if (!report.findings.some((finding) => finding.severity === 'error')) return `${lines.join('\n')}\n`;
  return `${lines.join('\n')}\n\n${formatText(report.findings, report.summary, options)}`;
}

function describe(counts: BuildReport['outputs'][number]['counts']): string {
  return `${counts.missing} missing, ${counts.rejected} rejected, ${counts.outdated} outdated`;
}
