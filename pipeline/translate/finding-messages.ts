import type { LocaleCatalog } from '../catalog/locale-catalog.js';
import type { Segment } from '../extract/segment.js';
import type { StructureDifference } from '../markdown/inline-skeleton.js';
import { localeName } from '../report/locale-name.js';
import { shortWordDiff } from './word-diff.js';

/** What an `outdated` finding says: the change as a short word diff, and the two ways out. */
export function outdatedMessage(segment: Segment, target: LocaleCatalog, previousSource: string): string {
  return `the source of "${segment.key}" changed after it was translated (${shortWordDiff(previousSource, segment.text)}); update the ${localeName(target.locale)} translation, or run \`tarjama confirm --locale ${target.locale} --key ${segment.key}\` if it still fits`;
}

/** What a `missing` (or, for the source locale, `stale`) finding says. */
export function missingMessage(segment: Segment, target: LocaleCatalog, isSourceLocale: boolean): string {
  if (isSourceLocale) return `"${segment.key}" is not in ${target.file}; run \`tarjama extract\``;
  return `no ${localeName(target.locale)} translation for "${segment.key}"; add it to ${target.file}. Source: ${quote(segment.text)}`;
}

/** What a structure finding says: what the translation lacks or adds, and how to keep it. */
export function structureMessage(difference: StructureDifference): string {
  const parts: string[] = [];
  if (difference.missing.length > 0) parts.push(`lacks ${difference.missing.join(', ')}`);
  if (difference.extra.length > 0) parts.push(`has ${difference.extra.join(', ')} that the source does not`);
  const advice: Record<StructureDifference['rule'], string> = {
    markup: 'keep every *…*, **…**, [text][n], ![alt][n] and [^n] of the source, with both brackets',
    links: 'write links as [text][n] with the number the source uses; URLs come from the source',
    code: 'copy inline code and math exactly as in the source',
    html: 'copy inline HTML exactly as in the source',
  };
  return `rejected: the translation ${parts.join(' and ')}; ${advice[difference.rule]}`;
}

/** A text on one line, cut at 80 characters, in quotes. */
export function quote(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return `"${oneLine.length > 80 ? `${oneLine.slice(0, 77)}…` : oneLine}"`;
}
