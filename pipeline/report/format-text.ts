import { styleText } from 'node:util';
import { coveragePercent } from '../util/coverage-percent.js';
import { columnWidths } from './column-widths.js';
import type { Finding, LocaleSummary } from './finding.js';
import { printable } from './printable.js';

/** How to render text: with ANSI colours (a terminal without NO_COLOR) or plain. */
export interface TextOptions {
  color: boolean;
}

/**
 * Findings for people: sorted by file, one line each starting with `file:line:column`
 * (clickable in terminals and editors), a blank line between files, then coverage per locale.
 * What files put in a finding is printed with `printable`: one finding, one line, nothing live.
 */
export function formatText(findings: readonly Finding[], summary: readonly LocaleSummary[], options: TextOptions = { color: false }): string {
  return `${[...textLines(findings, summary, options)].join('\n')}\n`;
}

/**
 * The lines of `formatText`, one at a time: the CLI writes them as they come (`writeLines`), so
 * that the report of an archive's new locale (150,000 findings, 30 MB) is never one string.
 */
export function* textLines(findings: readonly Finding[], summary: readonly LocaleSummary[], options: TextOptions = { color: false }): Generator<string> {
  // The CLI decides on colour (terminal, NO_COLOR); styleText must not second-guess it.
  const paint = (format: Parameters<typeof styleText>[0], text: string): string => (options.color ? styleText(format, text, { validateStream: false }) : text);
  let file: string | null = null;
  // Loops, not `Math.max(...list)` or `push(...list)`: spread arguments go on the stack, and
  // an archive with a new locale has hundreds of thousands of findings.
  let ruleWidth = 0;
  const counts = { error: 0, warning: 0, accepted: 0 };
  for (const finding of findings) {
    ruleWidth = Math.max(ruleWidth, finding.rule.length);
    counts[finding.severity] += 1;
  }
  for (const finding of findings) {
    if (file !== null && finding.file !== file) yield '';
    file = finding.file;
    const place = `${printable(finding.file)}:${finding.line}:${finding.column}`;
    const severity = paint(colours[finding.severity], finding.severity.padEnd(counts.accepted > 0 ? 8 : 7));
    yield `${paint('dim', place)}  ${severity}  ${paint('cyan', finding.rule.padEnd(ruleWidth))}  ${printable(finding.message)}`;
    if (finding.frame) for (const line of finding.frame.split('\n')) yield `    ${printable(line)}`;
  }
  if (file !== null) yield '';
  yield* formatSummary(summary);
  const { error: errors, warning: warnings, accepted } = counts;
  // Accepted findings block nothing; the line says how many a reviewer let through.
  const reviewed = accepted > 0 ? `${plural(accepted, 'finding')} accepted by review` : '';
  yield '';
  yield errors > 0
    ? paint('red', `✖ ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${reviewed ? `, ${reviewed}` : ''}: not publishable`)
    : paint('green', `✔ publishable${warnings > 0 || reviewed ? ` (${[...(warnings > 0 ? [plural(warnings, 'warning')] : []), ...(reviewed ? [reviewed] : [])].join(', ')})` : ''}`);
}

const colours = { error: 'red', warning: 'yellow', accepted: 'green' } as const;

/** The per-locale coverage table. */
export function formatSummary(summary: readonly LocaleSummary[]): string[] {
  const rows = summary.map((entry) => [
    entry.locale,
    `${entry.translated}/${entry.total}`,
    `${coveragePercent(entry.translated, entry.total)}%`,
    String(entry.outdated),
    String(entry.errors),
    String(entry.warnings),
  ]);
  const table = [['locale', 'translated', 'coverage', 'outdated', 'errors', 'warnings'], ...rows];
  const widths = columnWidths(table);
  return table.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd());
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
