import type { ContentRule, RuleHit } from './rule.js';

/** `whitespace`: leading or trailing spaces the source does not have, and doubled spaces. */
export const whitespace: ContentRule = {
  id: 'whitespace',
  severity: 'warning',
  reviewable: true,
  summary: 'leading or trailing whitespace the source does not have, or doubled spaces',
  example: 'the translation has two spaces in a row; use one',
  check({ source, translation, translationText }) {
    const hits: RuleHit[] = [];
    if (/^\s/.test(translation) && !/^\s/.test(source)) hits.push({ message: 'the translation starts with whitespace; remove it', index: 0, suggestion: translation.trimStart() });
    if (/\s$/.test(translation) && !/\s$/.test(source)) {
      hits.push({ message: 'the translation ends with whitespace; remove it', index: translation.trimEnd().length, suggestion: translation.trimEnd() });
    }
    // Two spaces in a row, or nothing to look for: most translations have none.
    const doubled = translationText.includes('  ') ? /(?<=\S) {2,}(?=\S)/.exec(translationText) : null;
    if (doubled) hits.push({ message: 'the translation has two spaces in a row; use one', index: doubled.index, suggestion: translation.replace(/(?<=\S) {2,}(?=\S)/g, ' ') });
    return hits;
  },
};
