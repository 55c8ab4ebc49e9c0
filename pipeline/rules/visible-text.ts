import { hasUnusualCharacter } from './has-unusual-character.js';

// Default-ignorable characters (zero-width, bidi formatting, soft hyphen, tags…), controls but
// tab and newline, lone surrogates and noncharacters: nothing a reader sees.
const hidden = /[\p{Default_Ignorable_Code_Point}\p{Cs}\p{Noncharacter_Code_Point}\u0000-\u0008\u000B-\u001F\u007F-\u009F]/gu;

/**
 * The text without the characters nobody sees: what rules that compare words or read numbers
 * look at, so that a zero-width space cannot pass an English copy off as translated, nor split
 * a figure.
 */
export function visibleText(text: string): string {
  // A text with no unusual character has none of `hidden` (see `hasUnusualCharacter`): returned as it is.
  return hasUnusualCharacter(text) ? text.replace(hidden, '') : text;
}
