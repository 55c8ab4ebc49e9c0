import { stringify } from 'yaml';
import type { TranslationCounts } from '../translate/translate-document.js';

/** What an edition's front matter says besides the source's own fields. */
export interface EditionInfo {
  lang: string;
  dir: 'ltr' | 'rtl';
  source: string;
  sourceHash: string;
  /** Set when `--allow-incomplete` published source text for some segments. */
  incomplete: TranslationCounts | null;
}

/**
 * The YAML front matter of an edition: the source's fields with the translated ones
 * replaced, then `lang`, `dir`, `source` and `sourceHash`, then the incompleteness record.
 */
export function renderFrontMatter(sourceFields: Readonly<Record<string, unknown>> | null, translated: ReadonlyMap<string, string>, info: EditionInfo): string {
  const fields: Record<string, unknown> = { ...sourceFields };
  for (const [name, value] of translated) fields[name] = value;
  Object.assign(fields, { lang: info.lang, dir: info.dir, source: info.source, sourceHash: info.sourceHash });
  if (info.incomplete) {
    const { total, translated: done, missing, rejected, outdated } = info.incomplete;
    fields.translation = 'incomplete';
    fields.translationCounts = { translated: done, outdated, missing, rejected, total };
  }
  return stringify(fields, { lineWidth: 0 }).trimEnd();
}
