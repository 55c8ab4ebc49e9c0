import type { ExtractReport } from '../commands/extract.js';
import { printable } from './printable.js';

/** A count and its noun, singular for one. */
const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * What `extract` did, for people: how the segments of each article that changed moved, what
 * became of each locale's translations, which files were written; articles and files left as
 * they were are counted in one line each (an archive has thousands). Keys and paths come from
 * files (a translator's obsolete key is archived): each is printed with `printable`.
 */
export function formatExtract(report: ExtractReport): string {
  const lines: string[] = [];
  let same = 0;
  let changed = 0;
  for (const entry of report.namespaces) {
    const { kept, edited, added, removed } = entry.keys;
    const moves = entry.locales.flatMap((locale) => {
      const parts = [
        ['outdated', locale.outdated],
        ['archived', locale.archived],
        ['restored from the archive', locale.restored],
        ['filled from memory, to review', locale.fromMemory],
        ['unverified (the state was lost or edited), to review', locale.unverified],
      ] as const;
      const said = parts.filter(([, keys]) => keys.length > 0).map(([what, keys]) => `${what}: ${keys.map((key) => printable(key)).join(', ')}`);
      return said.length > 0 ? [`  ${locale.locale}  ${said.join('; ')}`] : [];
    });
    const notes = [
      ...(entry.renamedFrom !== undefined ? [`  renamed from ${printable(entry.renamedFrom)}: its keys, translations and state moved here`] : []),
      ...(entry.handEdited ? [`  undid a hand edit of ${printable(entry.catalog)}, which is generated (edit the source instead): ${entry.handEdited.map((key) => printable(key)).join(', ')}`] : []),
    ];
    if (edited + added + removed === 0 && moves.length === 0 && notes.length === 0) {
      same += 1;
      continue;
    }
    changed += 1;
    lines.push(`${printable(entry.catalog)}: ${count(entry.segments, 'segment')} (${kept} unchanged, ${edited} edited, ${added} new, ${removed} removed)`, ...notes, ...moves);
  }
  for (const { namespace, archived } of report.removed) {
    const counts = Object.entries(archived).map(([locale, count]) => `${locale} ${count}`).join(', ');
    lines.push(`${printable(namespace)}: its source is gone; translations moved to the archive (${counts}), its catalogs and state removed`);
  }
  // After the articles that changed, the rest are the "other" ones.
  if (same > 0) lines.push(`${count(same, changed > 0 ? 'other article' : 'article')} with no segment changed`);
  const unchanged = report.files.filter((change) => change.result === 'unchanged').length;
  for (const change of report.files) if (change.result !== 'unchanged') lines.push(`${change.result.padEnd(9)}  ${printable(change.file)}`);
  if (unchanged > 0) lines.push(`unchanged  ${count(unchanged, 'file')}`);
  return `${lines.join('\n')}\n`;
}
