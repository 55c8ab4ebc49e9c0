import { localeName } from '../report/locale-name.js';
import type { GlossaryTerm } from './glossary-file.js';
import type { ContentRule } from './rule.js';
import { language } from './text-tools.js';
import { unnamedWords } from './unnamed-words.js';
import { visibleText } from './visible-text.js';

/** The glossary terms a locale may write exactly as the source does: `"keep"` names it (or is true), or its rendering is the term itself. */
function keptIn(glossary: readonly GlossaryTerm[], locale: string): string[] {
  const same = (a: string, b: string): boolean => a.normalize('NFC').trim().toLowerCase() === b.normalize('NFC').trim().toLowerCase();
  return glossary.filter((term) => term.keep === true || (Array.isArray(term.keep) && term.keep.includes(locale)) || (term.required[locale] ?? []).some((rendering) => same(rendering, term.term))).map((term) => term.term);
}

/** At most three words, quoted, for a message. */
function some(words: readonly string[]): string {
  const unique = [...new Set(words)];
  return `${unique.slice(0, 3).map((word) => `"${word}"`).join(', ')}${unique.length > 3 ? ', …' : ''}`;
}

/**
 * `untranslated`: the translation is the source text itself, whatever its length, unless the
 * source is only names, numbers, codes and addresses, or glossary terms the locale keeps. The
 * texts are compared as they display: a zero-width space or a soft hyphen does not translate.
 */
export const untranslated: ContentRule = {
  id: 'untranslated',
  severity: 'error',
  reviewable: true,
  summary: 'the translation is identical to the source text, whatever its length, unless the source is only names, numbers, codes and addresses (see the note below) or glossary terms kept as they are',
  example: 'the translation is the source text unchanged ("Key", "figures" are not names, numbers or codes); translate it, or, if Arabic writes it the same (a name, a word both languages share), add it to locales/glossary.json with "keep": ["ar"]',
  check({ source, translation, sourceText, locale, sourceLocale, settings, names }) {
    // A regional variant of the source language (en-GB for en) shares most of its text.
    if (language(locale) === language(sourceLocale) || visibleText(source).trim() !== visibleText(translation).trim()) return [];
    const words = unnamedWords(sourceText, names(), keptIn(settings.glossary, locale));
    if (words.length === 0) return [];
    const are = new Set(words).size === 1 ? 'is not a name, number or code' : 'are not names, numbers or codes';
    return [{ message: `the translation is the source text unchanged (${some(words)} ${are}); translate it, or, if ${localeName(locale)} writes it the same (a name, a word both languages share), add it to locales/glossary.json with "keep": ["${locale}"]`, index: 0 }];
  },
};
