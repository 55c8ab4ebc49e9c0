import type { Finding } from './finding.js';
import { printable } from './printable.js';

/**
 * Findings as GitHub Actions workflow commands, so that each shows as an annotation on its
 * line of the locale file in a pull request: `::error file=…,line=…,col=…,title=…::message`;
 * a line at a time, for the CLI to write as they come (`writeLines`).
 */
export function* githubLines(findings: readonly Finding[]): Generator<string> {
  for (const finding of findings) {
    const properties = [`file=${property(finding.file)}`, `line=${finding.line}`, `col=${finding.column}`, `title=${property(`tarjama ${finding.rule} (${finding.locale})`)}`];
    // An accepted finding is a notice: GitHub shows it, and nothing fails on it.
    yield `::${finding.severity === 'accepted' ? 'notice' : finding.severity} ${properties.join(',')}::${data(finding.message)}`;
  }
}

// The runner's own escapes first (it decodes them into the annotation), then every other
// control or invisible character made visible: the runner passes ESC and BEL to the log.
function data(text: string): string {
  return printable(text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A'));
}

function property(text: string): string {
  return data(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
