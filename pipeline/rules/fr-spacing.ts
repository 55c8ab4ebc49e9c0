import type { ContentRule, RuleHit } from './rule.js';
import { language } from './text-tools.js';

const noBreak = /[\u00A0\u202F]/;
/** The marks French sets apart with a no-break space: before `; : ! ? »`, after `«`. */
const marks = /[;:!?»«]/g;

/**
 * `fr-spacing`: French puts a no-break space before `; : ! ? »` and after `«` (U+202F, the
 * narrow one, before `; ! ?`; U+00A0 before `:` and inside guillemets).
 */
export const frSpacing: ContentRule = {
  id: 'fr-spacing',
  severity: 'error',
  reviewable: true,
  summary: 'French: no no-break space before `; : ! ? »` or after `«`',
  example: 'French puts a no-break space before ":"; write "\\u00A0:" (U+00A0)',
  check({ translation, translationText, locale }) {
    if (language(locale) !== 'fr') return [];
    const hits: RuleHit[] = [];
    const fix = (index: number, start: number, space: string): string => `${translation.slice(0, start)}${space}${translation.slice(index)}`;
    // Only the marks themselves are looked at: a regular expression finds them faster than a walk over every character.
    for (const match of translationText.matchAll(marks)) {
      const index = match.index;
      const character = match[0];
      const before = translationText[index - 1] ?? '';
      const after = translationText[index + 1] ?? '';
      if (character !== '«') {
        if (index === 0 || noBreak.test(before) || before === '\uFFFC' || '!?'.includes(before)) continue;
        if (character === ':' && (/\d/.test(before) && /\d/.test(after))) continue;
        if (character === ':' && translationText.startsWith('//', index + 1)) continue;
        if (character === ';' && /&#?[a-z0-9]+$/i.test(translationText.slice(0, index))) continue;
        const space = character === ':' || character === '»' ? '\u00A0' : '\u202F';
        const start = before === ' ' ? index - 1 : index;
        hits.push({ message: `French puts a no-break space before "${character}"; write "${space === '\u00A0' ? '\\u00A0' : '\\u202F'}${character}" (U+${space.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')})`, index, suggestion: fix(index, start, space) });
      } else if (!noBreak.test(after) && after !== '') {
        const end = after === ' ' ? index + 2 : index + 1;
        hits.push({ message: 'French puts a no-break space after "«"; write "«\\u00A0" (U+00A0)', index, suggestion: `${translation.slice(0, index + 1)}\u00A0${translation.slice(end)}` });
      }
    }
    return hits;
  },
};
