import type { ContentRule } from './rule.js';
import { language } from './text-tools.js';

type Ending = 'full stop' | 'question mark' | 'exclamation mark' | 'colon' | 'semicolon' | 'ellipsis' | 'no punctuation';

const endings: Array<[RegExp, Ending]> = [
  [/(?:…|\.\.\.)$/u, 'ellipsis'],
  [/[.。]$/u, 'full stop'],
  [/[?؟]$/u, 'question mark'],
  [/!$/u, 'exclamation mark'],
  [/:$/u, 'colon'],
  [/[;؛]$/u, 'semicolon'],
];

const trailing = /[\s\uFFFC"'’”»)\]*_~]/u;

/** How a text ends, looking past closing quotes, brackets, Markdown markers and masked syntax. */
export function endingOf(text: string): Ending {
  // From the end, not with a `[…]+$` pattern, which is tried at every space of a long paragraph.
  let end = text.length;
  while (end > 0 && trailing.test(text.charAt(end - 1))) end -= 1;
  const stripped = text.slice(0, end);
  return endings.find(([pattern]) => pattern.test(stripped))?.[1] ?? 'no punctuation';
}

const forms: Record<string, Partial<Record<Ending, string>>> = {
  ar: { 'question mark': '؟', semicolon: '؛' },
  fr: { 'question mark': '\u202F?', 'exclamation mark': '\u202F!', colon: '\u00A0:', semicolon: '\u202F;' },
};

/** `end-punctuation`: the translation ends with the same kind of punctuation as the source, in its own language's form. */
export const endPunctuation: ContentRule = {
  id: 'end-punctuation',
  severity: 'warning',
  reviewable: true,
  summary: 'the translation does not end with the same kind of punctuation as the source (full stop, question mark, colon…), in its language’s form',
  example: 'the source ends with a question mark and the translation with a full stop; end it with "؟"',
  check({ sourceText, translationText, locale }) {
    const source = endingOf(sourceText);
    const translation = endingOf(translationText);
    if (source === translation) return [];
    const form = source === 'no punctuation' ? 'no punctuation' : `"${(forms[language(locale)]?.[source] ?? { 'full stop': '.', 'question mark': '?', 'exclamation mark': '!', colon: ':', semicolon: ';', ellipsis: '…' }[source]).trim()}"`;
    return [{ message: `the source ends with ${source === 'no punctuation' ? 'no punctuation' : `a ${source}`} and the translation with ${translation === 'no punctuation' ? 'none' : `a ${translation}`}; end it with ${form}`, index: translationText.trimEnd().length - 1 }];
  },
};
