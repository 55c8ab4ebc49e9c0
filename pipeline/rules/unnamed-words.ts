import { termPattern } from './term-pattern.js';
import { wordTokens } from './word-tokens.js';

/** Web and e-mail addresses, i18next placeholders: text that stays as it is in every language. */
const verbatim = /\b(?:https?:\/\/|www\.)[^\s\uFFFC<>"«»“”]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|\{\{[^{}]*\}\}|\$t\([^()]*\)/gu;

/** Lower-case symbols of units of measurement (SI and the usual others); upper-case ones are codes anyway. */
const units: ReadonlySet<string> = new Set(['km', 'm', 'cm', 'mm', 'kg', 'g', 'mg', 't', 'l', 'ml', 'cl', 'h', 'min', 's', 'ms', 'ha', 'mn']);

/** Whether a word is a number or a code: it has a digit, or a dot inside (`coe.int`), or two capitals and no lower-case letter (`UNICEF`, `MA-JUST`, `II`), or a capital inside (`CyberSouth`). */
function isCode(word: string): boolean {
  if (/\p{N}/u.test(word) || /\.\p{L}/u.test(word)) return true;
  const upper = word.match(/\p{Lu}/gu)?.length ?? 0;
  if (upper >= 2 && !/\p{Ll}/u.test(word)) return true;
  return /\p{Ll}/u.test(word) && /^[^\p{L}]*\p{L}.*\p{Lu}/u.test(word);
}

/**
 * The words of a text that are not names, numbers, codes or addresses: what a translator has
 * to translate. `names` are the words the document writes as names (see `sourceNames`);
 * `kept` are glossary terms the locale writes as the source does, taken out first.
 */
export function unnamedWords(text: string, names: ReadonlySet<string>, kept: readonly string[]): string[] {
  let rest = text.replace(verbatim, ' ');
  for (const term of kept) rest = rest.replace(termPattern(term), ' ');
  const tokens = wordTokens(rest);
  return tokens
    .filter((token, position) => {
      const previous = tokens[position - 1];
      // A unit symbol after a number is part of the quantity: "12 km".
      const unit = units.has(token.word) && previous !== undefined && /^\p{N}+$/u.test(previous.word) && /^\s*$/u.test(rest.slice(previous.end, token.index));
      return /\p{L}/u.test(token.word) && !unit && !isCode(token.word) && !names.has(token.word);
    })
    .map((token) => token.word);
}
