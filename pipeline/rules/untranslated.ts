import type { ContentRule } from './rule.js';
import { visibleText } from './visible-text.js';

/** Prose has at least two lower-case words; a name, a number, a code or a URL does not. */
function isProse(text: string): boolean {
  return (text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}’'-]*/gu) ?? []).length >= 2;
}

/**
 * `untranslated`: the translation is the source text itself, where the source is prose. The
 * texts are compared as they display: a zero-width space or a soft hyphen does not translate.
 */
export const untranslated: ContentRule = {
  id: 'untranslated',
  severity: 'error',
  summary: 'the translation is identical to the source text, where the source is prose (not a bare name, number or URL)',
  example: 'the translation is the English text unchanged; translate it (names, numbers and codes alone may stay as they are)',
  check({ source, translation, sourceText, locale, sourceLocale }) {
    if (locale === sourceLocale || visibleText(source).trim() !== visibleText(translation).trim() || !isProse(sourceText)) return [];
    return [{ message: 'the translation is the source text unchanged; translate it (names, numbers and codes alone may stay as they are)', index: 0 }];
  },
};
