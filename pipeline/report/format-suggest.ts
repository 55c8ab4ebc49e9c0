import type { SuggestReport } from '../commands/suggest.js';

/** `suggest` for people: each key that needs work, then its closest matches with their similarity. */
export function formatSuggest(report: SuggestReport): string {
  if (report.suggestions.length === 0) return `Nothing to suggest: every ${report.locale} translation is present and current.\n`;
  const lines: string[] = [];
  for (const suggestion of report.suggestions) {
    lines.push(`${suggestion.file}  ${suggestion.key}  (${suggestion.status})`, `  source: ${suggestion.source}`);
    if (suggestion.matches.length === 0) lines.push(`  no match of ${Math.round(report.minimum * 100)} % or more in the memory`);
    for (const match of suggestion.matches) {
      const from = match.archived ? `archive, ${match.namespace}/${match.key}` : `${match.namespace}/${match.key}`;
      lines.push(`  ${Math.round(match.similarity * 100)} %  ${match.translation}`, `        for: ${match.source}  (${from})`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}`;
}
