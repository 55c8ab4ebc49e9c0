import { readFile } from 'node:fs/promises';
import { TarjamaError } from '../io/tarjama-error.js';

/** A source term and how each locale must (and must not) render it. */
export interface GlossaryTerm {
  /** The term in the source language, as written in the glossary. */
  term: string;
  /** Accepted renderings per locale: the translation must contain one of them. */
  required: Record<string, string[]>;
  /** Renderings a locale must not use. */
  forbidden: Record<string, string[]>;
  note?: string;
}

/**
 * Reads `locales/glossary.json`: `{"terms": [{"en": "…", "fr": "…" | ["…"], "ar": …,
 * "forbidden": {"fr": ["…"]}, "note": "…"}]}`. An absent file is an empty glossary.
 */
export async function readGlossaryFile(file: string, relative: string, sourceLocale: string): Promise<GlossaryTerm[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new TarjamaError(`cannot read the glossary: ${(error as Error).message}`, { file: relative });
  }
  return parseGlossary(text, relative, sourceLocale);
}

/** Parses and validates a glossary's text. */
export function parseGlossary(text: string, relative: string, sourceLocale: string): GlossaryTerm[] {
  const fail = (message: string): never => {
    throw new TarjamaError(`invalid glossary: ${message}`, { file: relative });
  };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail((error as Error).message);
  }
  const terms = (value as { terms?: unknown } | null)?.terms;
  if (!Array.isArray(terms)) return fail('expected {"terms": [...]}');
  return terms.map((raw, index) => {
    const entry = raw as Record<string, unknown>;
    const term = entry[sourceLocale];
    if (typeof term !== 'string' || term.trim() === '') return fail(`term ${index + 1} has no "${sourceLocale}" text`);
    const required: Record<string, string[]> = {};
    const forbidden: Record<string, string[]> = {};
    for (const [locale, rendering] of Object.entries(entry)) {
      if (locale === sourceLocale || locale === 'note' || locale === 'forbidden') continue;
      const list = typeof rendering === 'string' ? [rendering] : rendering;
      if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) fail(`term "${term}": "${locale}" must be a string or an array of strings`);
      required[locale] = list as string[];
    }
    if (entry.forbidden !== undefined) {
      if (typeof entry.forbidden !== 'object' || entry.forbidden === null) fail(`term "${term}": "forbidden" must map locales to arrays of strings`);
      for (const [locale, list] of Object.entries(entry.forbidden as Record<string, unknown>)) {
        if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) fail(`term "${term}": forbidden "${locale}" must be an array of strings`);
        forbidden[locale] = list as string[];
      }
    }
    return { term, required, forbidden, ...(typeof entry.note === 'string' ? { note: entry.note } : {}) };
  });
}
