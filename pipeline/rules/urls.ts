import type { ContentRule } from './rule.js';
import { matchesOf, multisetDifference } from './text-tools.js';

const urlPattern = /\bhttps?:\/\/[^\s\uFFFC<>"«»“”]*[^\s\uFFFC<>"«»“”.,;:!?)\]]/gu;

/** `urls`: an address written as plain text in the source is in the translation, unchanged. */
export const urls: ContentRule = {
  id: 'urls',
  severity: 'error',
  summary: 'a web address written as plain text is missing from the translation, changed, or added to it',
  example: 'the translation lacks the address https://www.coe.int/cybercrime; copy addresses exactly',
  check({ sourceText, translationText }) {
    const { missing, extra } = multisetDifference(matchesOf(sourceText, urlPattern).map((match) => match.value), matchesOf(translationText, urlPattern).map((match) => match.value));
    return [
      ...missing.map((url) => ({ message: `the translation lacks the address ${url}; copy addresses exactly` })),
      ...extra.map((url) => ({ message: `the translation has the address ${url}, which the source does not; remove it or copy the source's`, index: translationText.indexOf(url) })),
    ];
  },
};
