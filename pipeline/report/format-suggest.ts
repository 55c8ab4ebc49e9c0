import type { SuggestReport } from '../commands/suggest.js';
import { printable } from './printable.js';

/** `suggest` for people: each key that needs work, then its closest matches with their similarity. */
export function formatSuggest(report: SuggestReport): string {
  if (report.suggestions.length === 0) return `Nothing to suggest: every ${report.locale} translation is present and current.\n`;
  const lines: string[] = [];
  for (const suggestion of report.suggestions) {
    lines.push(`${printable(suggestion.file)}  ${printable(suggestion.key)}  (${suggestion.status})`, `  source: ${printable(suggestion.source)}`);
    if (suggestion.matches.length === 0) lines.push(`  no match of ${Math.round(report.minimum * 100)} % or more in the memory`);
    for (const match of suggestion.matches) {
      const from = printable(match.archived ? `archive, ${match.namespace}/${match.key}` : `${match.namespace}/${match.key}`);
      lines.push(`  ${Math.round(match.similarity * 100)} %  ${printable(match.translation)}`, `        for: ${printable(match.source)}  (${from})`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}`;
}
