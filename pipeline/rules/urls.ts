import type { ContentRule } from './rule.js';
import { matchesOf, multisetDifference } from './text-tools.js';

const urlPattern = /\bhttps?:\/\/[^\s\uFFFC<>"«»“”]*[^\s\uFFFC<>"«»“”.,;:!?)\]]/gu;

/** `urls`: an address written as plain text in the source is in the translation, unchanged. */
export const urls: ContentRule = {
  id: 'urls',
  severity: 'error',
  summary: 'a web address written as text in the source is missing or changed in the translation',
  example: 'the translation lacks the address https://www.coe.int/cybercrime; copy addresses exactly',
  check({ sourceText, translationText }) {
    const { missing } = multisetDifference(matchesOf(sourceText, urlPattern).map((match) => match.value), matchesOf(translationText, urlPattern).map((match) => match.value));
    return missing.map((url) => ({ message: `the translation lacks the address ${url}; copy addresses exactly` }));
  },
};
