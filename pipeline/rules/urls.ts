import { addressRule } from './address-rule.js';

/** `urls`: a web address written as plain text in the source is in the translation, unchanged, and none is added. */
export const urls = addressRule(
  'urls',
  /\bhttps?:\/\/[^\s\uFFFC<>"«»“”]*[^\s\uFFFC<>"«»“”.,;:!?)\]]/gu,
  'a web address written as plain text is missing from the translation, changed, or added to it',
  'the translation lacks the address https://www.coe.int/cybercrime; copy addresses exactly',
  '://',
);
