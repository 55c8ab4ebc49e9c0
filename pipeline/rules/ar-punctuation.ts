import type { ContentRule } from './rule.js';
import { language } from './text-tools.js';

const arabicLetter = '(?:(?=\\p{L})\\p{Script=Arabic})';
const pattern = new RegExp(`${arabicLetter}\\s*([,;?])(?=\\s*(?:${arabicLetter}|$|[«»"\\uFFFC]))`, 'gu');
const latinMark = /[,;?]/;
const arabicForms: Record<string, string> = { ',': '،', ';': '؛', '?': '؟' };

/** `ar-punctuation`: Latin `,` `;` `?` after Arabic words instead of ، ؛ ؟. */
export const arPunctuation: ContentRule = {
  id: 'ar-punctuation',
  severity: 'error',
  reviewable: true,
  summary: 'Latin `,` `;` `?` after an Arabic word instead of ، ؛ ؟',
  example: 'Latin "," after an Arabic word; Arabic text uses "،"',
  check({ translation, translationText, locale }) {
    // Every hit is one of these marks: a text without them (most Arabic, which writes its own) is not searched letter by letter.
    if (language(locale) !== 'ar' || !latinMark.test(translationText)) return [];
    return [...translationText.matchAll(pattern)].map((match) => {
      const mark = match[1] as string;
      const index = (match.index ?? 0) + match[0].lastIndexOf(mark);
      const arabic = arabicForms[mark] as string;
      return { message: `Latin "${mark}" after an Arabic word; Arabic text uses "${arabic}"`, index, suggestion: `${translation.slice(0, index)}${arabic}${translation.slice(index + 1)}` };
    });
  },
};
