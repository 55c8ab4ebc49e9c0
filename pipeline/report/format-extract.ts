import type { ExtractReport } from '../commands/extract.js';

/** What `extract` did, for people: how each article's segments moved, what became of each locale's translations, which files changed. */
export function formatExtract(report: ExtractReport): string {
  const lines: string[] = [];
  for (const entry of report.namespaces) {
    const { kept, edited, added, removed } = entry.keys;
    lines.push(`${entry.catalog}: ${entry.segments} segments (${kept} unchanged, ${edited} edited, ${added} new, ${removed} removed)`);
    for (const locale of entry.locales) {
      const parts = [
        ['outdated', locale.outdated],
        ['archived', locale.archived],
        ['restored from the archive', locale.restored],
        ['filled from memory, to review', locale.fromMemory],
      ] as const;
      const said = parts.filter(([, keys]) => keys.length > 0).map(([what, keys]) => `${what}: ${keys.join(', ')}`);
      if (said.length > 0) lines.push(`  ${locale.locale}  ${said.join('; ')}`);
    }
  }
  for (const change of report.files) lines.push(`${change.result.padEnd(9)}  ${change.file}`);
  return `${lines.join('\n')}\n`;
}
