import type { RuleId } from '../report/finding.js';
import type { ContentRule } from './rule.js';
import { matchesOf, multisetDifference } from './text-tools.js';

/**
 * A rule for addresses written as text (web addresses, e-mail addresses): each one of the
 * source must be in the translation unchanged, and the translation must not add any.
 */
export function addressRule(id: RuleId, pattern: RegExp, summary: string, example: string): ContentRule {
  return {
    id,
    severity: 'error',
    summary,
    example,
    check({ sourceText, translationText }) {
      const { missing, extra } = multisetDifference(matchesOf(sourceText, pattern).map((match) => match.value), matchesOf(translationText, pattern).map((match) => match.value));
      return [
        ...missing.map((address) => ({ message: `the translation lacks the address ${address}; copy addresses exactly` })),
        ...extra.map((address) => ({ message: `the translation has the address ${address}, which the source does not; remove it or copy the source's`, index: translationText.indexOf(address) })),
      ];
    },
  };
}
