import type { BuildReport } from '../commands/build.js';
import { formatText, type TextOptions } from './format-text.js';

/**
 * What `build` did, for people: one line per output written or blocked, one line counting the
 * files left unchanged (an archive rebuilds thousands), then the findings behind any blocked one.
 */
export function formatBuild(report: BuildReport, options: TextOptions = { color: false }): string {
  const lines: string[] = [];
  let unchanged = 0;
  for (const output of report.outputs) {
    if (output.result === 'blocked') {
      lines.push(`blocked    ${output.file}  (${describe(output.counts)}: fix them or pass --allow-incomplete)`);
      continue;
    }
    const note = output.incomplete ? `  (incomplete: ${describe(output.counts)}; source text used for missing and rejected ones)` : '';
    if (output.result === 'written' || note) lines.push(`${output.result.padEnd(9)}  ${output.file}${note}`);
    else unchanged += 1;
    if (output.html?.result === 'written') lines.push(`written    ${output.html.file}`);
    else if (output.html) unchanged += 1;
  }
  if (unchanged > 0) lines.push(`unchanged  ${unchanged} ${unchanged === 1 ? 'file' : 'files'}`);
  for (const file of report.removed) lines.push(`removed    ${file}  (its article is gone)`);
  if (!report.findings.some((finding) => finding.severity === 'error')) return `${lines.join('\n')}\n`;
  return `${lines.join('\n')}\n\n${formatText(report.findings, report.summary, options)}`;
}

function describe(counts: BuildReport['outputs'][number]['counts']): string {
  return `${counts.missing} missing, ${counts.rejected} rejected, ${counts.outdated} outdated`;
}
