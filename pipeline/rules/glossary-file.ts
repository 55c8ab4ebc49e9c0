import { findNodeAtLocation, parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { jsonSyntaxError } from '../catalog/json-syntax-error.js';
import { textPositions } from '../catalog/text-positions.js';
import { TarjamaError } from '../util/tarjama-error.js';

/** A source term and how each locale must (and must not) render it. */
export interface GlossaryTerm {
  /** The term in the source language, as written in the glossary. */
  term: string;
  /** Accepted renderings per locale: the translation must contain one of them. */
  required: Record<string, string[]>;
  /** Renderings a locale must not use. */
  forbidden: Record<string, string[]>;
  /**
   * `"keep": true` (every locale) or a list of locales: the term may stay as the source writes
   * it (a name such as `UNICEF`; the French `Notes`), so a translation left identical to a
   * source made only of such terms, names and numbers is not `untranslated`. It requires nothing.
   */
  keep: boolean | string[];
  note?: string;
}

/**
 * Parses and validates the text of `locales/glossary.json` (as the store reads it, without a
 * byte-order mark): `{"terms": [{"en": "…", "fr": "…" | ["…"], "ar": …, "keep": true | ["fr"],
 * "forbidden": {"fr": ["…"]}, "note": "…"}]}`. An error names the line and column of the entry at fault.
 */
export function parseGlossary(source: string, relative: string, sourceLocale: string): GlossaryTerm[] {
  const errors: ParseError[] = [];
  const tree = parseTree(source, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  const position = textPositions(source);
  // An error points at the property at fault (its key), or at the term's object.
  const fail = (message: string, path: Array<string | number> = []): never => {
    const node = tree && path.length > 0 ? findNodeAtLocation(tree, path) : tree;
    const shown = node?.parent?.type === 'property' ? node.parent : node;
    throw new TarjamaError(`invalid glossary: ${message}`, { file: relative, ...(shown ? position(shown.offset) : {}) });
  };
  const [first] = errors;
  if (first) {
    const syntax = jsonSyntaxError(source, first);
    throw new TarjamaError(`invalid glossary: not valid JSON: ${syntax.problem}`, { file: relative, ...position(syntax.offset) });
  }
  const value = JSON.parse(source) as unknown;
  const terms = (value as { terms?: unknown } | null)?.terms;
  if (!Array.isArray(terms)) return fail('expected {"terms": [...]}', terms === undefined ? [] : ['terms']);
  return terms.map((raw, index) => {
    const at = (...rest: string[]): Array<string | number> => ['terms', index, ...rest];
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail(`term ${index + 1} must be an object`, at());
    const entry = raw as Record<string, unknown>;
    const term = entry[sourceLocale];
    if (typeof term !== 'string' || term.trim() === '') return fail(`term ${index + 1} has no "${sourceLocale}" text`, at());
    const keep = entry.keep ?? false;
    if (typeof keep !== 'boolean' && !(Array.isArray(keep) && keep.every((locale) => typeof locale === 'string' && locale !== '' && locale !== sourceLocale))) {
      return fail(`term "${term}": "keep" must be true, false or a list of target locales (["fr"])`, at('keep'));
    }
    const keeps = (locale: string): boolean => keep === true || (Array.isArray(keep) && keep.includes(locale));
    const required: Record<string, string[]> = {};
    const forbidden: Record<string, string[]> = {};
    for (const [locale, rendering] of Object.entries(entry)) {
      if (locale === sourceLocale || locale === 'note' || locale === 'forbidden' || locale === 'keep') continue;
      const list = typeof rendering === 'string' ? [rendering] : rendering;
      if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) fail(`term "${term}": "${locale}" must be a string or an array of strings`, at(locale));
      // A locale that may keep the term as it is cannot be required to render it otherwise.
      const other = (list as string[]).find((item) => item !== term);
      if (keeps(locale) && other !== undefined) fail(`term "${term}": "keep" lets ${locale} write it "${term}", but "${locale}" requires "${other}"; remove one of them`, at(locale));
      required[locale] = list as string[];
    }
    if (entry.forbidden !== undefined) {
      if (typeof entry.forbidden !== 'object' || entry.forbidden === null) fail(`term "${term}": "forbidden" must map locales to arrays of strings`, at('forbidden'));
      for (const [locale, list] of Object.entries(entry.forbidden as Record<string, unknown>)) {
        if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) fail(`term "${term}": forbidden "${locale}" must be an array of strings`, at('forbidden', locale));
        if (keeps(locale) && (list as string[]).includes(term)) fail(`term "${term}": "keep" lets ${locale} write it "${term}", but forbidden "${locale}" lists "${term}" itself; remove one of them`, at('forbidden', locale));
        forbidden[locale] = list as string[];
      }
    }
    if (entry.note !== undefined && typeof entry.note !== 'string') fail(`term "${term}": "note" must be a string`, at('note'));
    return { term, required, forbidden, keep: Array.isArray(keep) ? (keep as string[]) : keep, ...(typeof entry.note === 'string' ? { note: entry.note } : {}) };
  });
}
