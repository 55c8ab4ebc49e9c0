import { stringify } from 'yaml';
import type { TranslationCounts } from '../translate/translate-document.js';

/** What an edition's front matter says besides the source's own fields. */
export interface EditionInfo {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The locale dates and numbers are written in, with its digits and calendar (`ar-u-ca-gregory-nu-latn`). */
  locale: string;
  source: string;
  sourceHash: string;
  /** The source language, for a translated edition. */
  translatedFrom: string | null;
  /** Minutes to read, and the site strings in the edition's language (when the project has a `common` namespace). */
  readingTime: number;
  strings: Record<string, string> | null;
  /** Set when `--allow-incomplete` published source text for some segments. */
  incomplete: TranslationCounts | null;
  /** The declared fallback locales that filled keys this locale lacks, with how many keys each (`{ar: 7}`); null when none did. */
  fallback?: Record<string, number> | null;
}

/**
 * The YAML front matter of an edition: the source's fields with the translated ones
 * replaced, then `lang`, `dir`, `locale`, `source`, `sourceHash`, `translatedFrom`,
 * `readingTime` and the localised site `strings`, then the fallback and incompleteness records.
 */
export function renderFrontMatter(sourceFields: Readonly<Record<string, unknown>> | null, translated: ReadonlyMap<string, string>, info: EditionInfo): string {
  const fields: Record<string, unknown> = { ...sourceFields };
  for (const [name, value] of translated) fields[name] = value;
  Object.assign(fields, { lang: info.lang, dir: info.dir, locale: info.locale, source: info.source, sourceHash: info.sourceHash });
  if (info.translatedFrom) fields.translatedFrom = info.translatedFrom;
  fields.readingTime = info.readingTime;
  if (info.strings) fields.strings = info.strings;
  if (info.fallback) fields.fallback = info.fallback;
  if (info.incomplete) {
    const { total, translated: done, missing, rejected, outdated } = info.incomplete;
    fields.translation = 'incomplete';
    fields.translationCounts = { translated: done, outdated, missing, rejected, total };
  }
  return stringify(fields, { lineWidth: 0 }).trimEnd();
}
