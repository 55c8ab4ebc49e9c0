import type { RuleId } from '../report/finding.js';
import type { ContentRule } from './rule.js';
import { matchesOf, multisetDifference } from './text-tools.js';

/**
 * A rule for addresses written as text (web addresses, e-mail addresses): each one of the
 * source must be in the translation unchanged, and the translation must not add any.
 * `marker` is a string every address contains.
 */
export function addressRule(id: RuleId, pattern: RegExp, summary: string, example: string, marker: string): ContentRule {
  // The pattern is only tried on texts with its marker (`@`, `://`): most have none.
  const addresses = (text: string): string[] => (text.includes(marker) ? matchesOf(text, pattern).map((match) => match.value) : []);
  return {
    id,
    severity: 'error',
    summary,
    example,
    check({ sourceText, translationText }) {
      const { missing, extra } = multisetDifference(addresses(sourceText), addresses(translationText));
      return [
        ...missing.map((address) => ({ message: `the translation lacks the address ${address}; copy addresses exactly` })),
        ...extra.map((address) => ({ message: `the translation has the address ${address}, which the source does not; remove it or copy the source's`, index: translationText.indexOf(address) })),
      ];
    },
  };
}
