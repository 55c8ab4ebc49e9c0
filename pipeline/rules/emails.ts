import { addressRule } from './address-rule.js';

/** `emails`: an e-mail address of the source is in the translation, unchanged, and none is added. */
export const emails = addressRule(
  'emails',
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
  'an e-mail address is missing from the translation, changed, or added to it',
  'the translation lacks the address press@example.ma; copy addresses exactly',
  '@',
);
