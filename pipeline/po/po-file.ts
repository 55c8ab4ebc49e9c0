/** One entry of a PO file, as tarjama writes and reads it. */
export interface PoEntry {
  /** `msgctxt`: the catalog key (the base key, without `_one`…, for a plural). */
  context: string;
  /** `msgid`: the source text. */
  source: string;
  /** `msgid_plural`: the source's `_other` text, for a plural. */
  sourcePlural: string | null;
  /** `msgstr` (one) or `msgstr[0]`… (a plural, in gettext's order); empty when untranslated. */
  translations: string[];
  /** `#, fuzzy`: the translation needs review (outdated, filled from memory, or left so by the translator). */
  fuzzy: boolean;
  /** `#| msgid`: the source an outdated translation was made for. */
  previous: string | null;
  /** `#.` comments: what the segment is and where, under which heading, why it needs review. */
  notes: string[];
  /** `#:` references, `file:line`. */
  references: string[];
  /** Hash of the catalog's translation when exported (the empty text for an untranslated one), to tell a newer catalog on import; null in a file that does not say. */
  base: string | null;
  /** 1-based line of the entry in the file (its first line), when read. */
  line: number;
}

/** One namespace in one target locale: one PO file. */
export interface PoFile {
  namespace: string;
  sourceLocale: string;
  targetLocale: string;
  /** The `Plural-Forms` header, when the namespace has plurals. */
  pluralForms: string | null;
  entries: PoEntry[];
}

/** The extracted comment that carries `base`; translators leave it as it is. */
export const basePrefix = 'tarjama-base: ';
