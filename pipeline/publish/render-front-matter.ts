import { Document, isScalar, visit } from 'yaml';
import type { TranslationCounts } from '../translate/translate-document.js';
import { plainEverywhere } from './plain-everywhere.js';

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
  /** The body holds `{{`, `{%` or `{#`, which Eleventy and Jekyll would run as Liquid: the front matter tells them not to. */
  verbatimTemplates?: boolean;
}

/**
 * The YAML front matter of an edition: the source's fields with the translated ones
 * replaced, then `lang`, `dir`, `locale`, `source`, `sourceHash`, `translatedFrom`,
 * `readingTime` and the localised site `strings`, the keys that keep Eleventy and Jekyll from
 * running the body as Liquid when it holds template delimiters, then the fallback and incompleteness records.
 */
export function renderFrontMatter(sourceFields: Readonly<Record<string, unknown>> | null, translated: ReadonlyMap<string, string>, info: EditionInfo): string {
  const fields: Record<string, unknown> = { ...sourceFields };
  for (const [name, value] of translated) fields[name] = value;
  Object.assign(fields, { lang: info.lang, dir: info.dir, locale: info.locale, source: info.source, sourceHash: info.sourceHash });
  if (info.translatedFrom) fields.translatedFrom = info.translatedFrom;
  fields.readingTime = info.readingTime;
  if (info.strings) fields.strings = info.strings;
  if (info.verbatimTemplates) Object.assign(fields, { templateEngineOverride: 'md', render_with_liquid: false });
  if (info.fallback) fields.fallback = info.fallback;
  if (info.incomplete) {
    const { total, translated: done, missing, rejected, outdated } = info.incomplete;
    fields.translation = 'incomplete';
    fields.translationCounts = { translated: done, outdated, missing, rejected, total };
  }
  const document = new Document(fields);
  visit(document, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && !plainEverywhere(node.value)) node.type = 'QUOTE_DOUBLE';
    },
    Pair(_key, pair) {
      if (isScalar(pair.key) && typeof pair.key.value === 'string' && !plainEverywhere(pair.key.value)) pair.key.type = 'QUOTE_DOUBLE';
    },
  });
  // YAML 1.1 readers take U+0085, U+2028 and U+2029 for line breaks, even inside quotes: escape them.
  return document
    .toString({ lineWidth: 0 })
    .replace(/[\u0085\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .trimEnd();
}
