import type { BuildReport } from '../commands/build.js';
import { textLines, type TextOptions } from './format-text.js';
import { jsonLines } from './json-lines.js';
import { printable } from './printable.js';

/**
 * What `build` did, for people: one line per output written or blocked, one line counting the
 * files left unchanged (an archive rebuilds thousands), then the findings behind any blocked one;
 * a line at a time, for the CLI to write as they come (`writeLines`, as `textLines`).
 */
export function* buildLines(report: BuildReport, options: TextOptions = { color: false }): Generator<string> {
  const lines: string[] = [];
  let unchanged = 0;
  for (const output of report.outputs) {
    if (output.result === 'blocked') {
      const reasons = { ...output.reasons };
      const unreadable = 'unreadable catalog' in reasons;
      delete reasons['unreadable catalog'];
      const why = Object.entries(reasons).map(([reason, count]) => `${reason} ${count}`).join(', ');
      const advice = unreadable
        ? 'fix the catalog: nothing of a file that cannot be read is published, even with --allow-incomplete'
        : report.allowIncomplete
          ? 'fix them'
          : 'fix them, or pass --allow-incomplete to publish the source text in their place';
      const stale = output.stale ? '; the edition published before predates the current source and is marked `stale: true`' : '';
      lines.push(`blocked    ${printable(output.file)}  (${why}: ${advice}${stale})`);
      continue;
    }
    const note = output.incomplete ? `  (incomplete: ${describe(output.counts)}; source text used for missing and rejected ones)` : '';
    if (output.result === 'written' || note) lines.push(`${output.result.padEnd(9)}  ${printable(output.file)}${note}`);
    else unchanged += 1;
    if (output.html?.result === 'written') lines.push(`written    ${printable(output.html.file)}`);
    else if (output.html) unchanged += 1;
  }
  if (unchanged > 0) lines.push(`unchanged  ${unchanged} ${unchanged === 1 ? 'file' : 'files'}`);
  for (const file of report.removed) lines.push(`removed    ${printable(file)}  (its article is gone)`);
  // Nothing to list is still a line (an empty one), as it always was.
  if (lines.length === 0) yield '';
  else yield* lines;
  if (!report.findings.some((finding) => finding.severity === 'error')) return;
  yield '';
  yield* textLines(report.findings, report.summary, options);
}

function describe(counts: BuildReport['outputs'][number]['counts']): string {
  return `${counts.missing} missing, ${counts.rejected} rejected, ${counts.outdated} outdated`;
}

/**
 * What `build` did, for machines: every edition with its result, counts and what blocks it, the
 * removed ones, the findings and the summary; as lines, an item at a time, for the CLI to write
 * as they come (`jsonLines`: joined, `jsonText` of the report's four lists).
 */
export function buildJsonLines(report: BuildReport): Generator<string> {
  const { outputs, removed, findings, summary } = report;
  return jsonLines([
    { key: 'outputs', items: outputs },
    { key: 'removed', items: removed },
    { key: 'findings', items: findings },
    { key: 'summary', items: summary },
  ]);
}
