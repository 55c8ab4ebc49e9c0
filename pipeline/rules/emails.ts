import type { ContentRule } from './rule.js';
import { matchesOf, multisetDifference } from './text-tools.js';

const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/** `emails`: an e-mail address in the source's text is in the translation, unchanged. */
export const emails: ContentRule = {
  id: 'emails',
  severity: 'error',
  summary: 'an e-mail address is missing from the translation, changed, or added to it',
  example: 'the translation lacks the address press@example.ma; copy addresses exactly',
  check({ sourceText, translationText }) {
    const { missing, extra } = multisetDifference(matchesOf(sourceText, emailPattern).map((match) => match.value), matchesOf(translationText, emailPattern).map((match) => match.value));
    return [
      ...missing.map((email) => ({ message: `the translation lacks the address ${email}; copy addresses exactly` })),
      ...extra.map((email) => ({ message: `the translation has the address ${email}, which the source does not; remove it or copy the source's`, index: translationText.indexOf(email) })),
    ];
  },
};
