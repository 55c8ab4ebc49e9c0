// Controls (C0, DEL, C1), lone surrogates, noncharacters, line and paragraph separators and
// every default-ignorable character (bidi formatting, zero-width characters, tags…): what a
// terminal obeys, what reorders a line (Trojan Source), or what nobody sees.
const unsafe = /[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}\p{Default_Ignorable_Code_Point}\u2028\u2029]/gu;

function escaped(character: string): string {
  const codePoint = character.codePointAt(0) ?? 0;
  return codePoint > 0xffff ? `\\u{${codePoint.toString(16)}}` : `\\u${codePoint.toString(16).padStart(4, '0')}`;
}

/**
 * Text from a file (a translation, a key, a path) made safe to print on one line of a report:
 * a newline as `⏎`, and every other character that a terminal or CI runner would obey, that
 * would reorder the line or that nobody would see as its escape (`\u001b`, `\u202e`, `\u{e0041}`).
 * Catalogs are untrusted: a key must not start a workflow command, clear the screen or reverse
 * the report.
 */
export function printable(text: string): string {
  return text.replace(unsafe, (character) => (character === '\n' ? '⏎' : escaped(character)));
}
