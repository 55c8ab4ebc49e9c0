import type { RuleMeta } from './rule.js';

/** `markup`: a translation breaks the inline structure. */
export const markup: RuleMeta = {
  id: 'markup',
  severity: 'error',
  summary: 'inline structure differs: emphasis, links `[…][n]`, images, footnote references, hard breaks; a lost bracket; or more than one paragraph',
  example: 'rejected: the translation lacks the link […][1]; keep every *…*, **…**, [text][n], ![alt][n] and [^n] of the source, with both brackets',
};
