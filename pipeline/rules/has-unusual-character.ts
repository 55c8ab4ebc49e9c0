/**
 * A character outside what news copy in tarjama's scripts is made of: anything but printable
 * ASCII, tab and newline, U+00A0–U+033F but the soft hyphen, the Arabic block but its letter
 * mark, the punctuation and spaces of U+2010–U+2027 and U+202F–U+205F, and U+FFFC, which a
 * masked text has in place of its syntax (`mask-message.ts`). Every default-ignorable
 * character, control (but tab and newline), surrogate and noncharacter is such a character:
 * a text with none has nothing for `visibleText` to remove, nor, but U+FFFC, for `findInvisible`
 * to report. This plain class (code units, no Unicode property) costs a third of theirs on news
 * copy; `tests/visible-text.test.ts` and `tests/invisible.test.ts` check it on every code unit.
 */
const unusual = /[^\t\n\x20-\x7e\xa0-\xac\xae-\u033f\u0600-\u061b\u061d-\u06ff\u2010-\u2027\u202f-\u205f\ufffc]/;

/** Whether `text` has a character `unusual` holds. */
export function hasUnusualCharacter(text: string): boolean {
  return unusual.test(text);
}
