// JSON.stringify escapes C0 controls and lone surrogates; these it leaves raw: DEL, C1 controls,
// line and paragraph separators, noncharacters and default-ignorable characters (bidi formatting…).
const unsafe = /[\u007F-\u009F\u2028\u2029\p{Noncharacter_Code_Point}\p{Default_Ignorable_Code_Point}]/gu;

/**
 * A value as 2-space JSON with a final newline, where every character that a terminal would
 * obey or that would reorder or hide text is a `\u` escape: the same value for a program,
 * nothing live for a person who prints it.
 */
export function jsonText(value: unknown): string {
  const json = JSON.stringify(value, null, 2).replace(unsafe, (character) =>
    Array.from({ length: character.length }, (_, unit) => `\\u${character.charCodeAt(unit).toString(16).padStart(4, '0')}`).join(''),
  );
  return `${json}\n`;
}
