import { parse } from 'yaml';

/**
 * Whether a string can be written unquoted and read back as that same string by every YAML
 * reader a site uses: YAML 1.2 ones (js-yaml, Go's yaml.v3) and YAML 1.1 ones (PyYAML, Ruby's
 * Psych for Jekyll, yaml.v2), which read `yes`, `on`, `2025-01-01`, `12:30:00` or `1_000` as a
 * boolean, a date or a number. Only words, spaces, sentence punctuation, `/` and `_` qualify; anything
 * else is written in double quotes.
 *
 * Such a string that starts with a letter and is longer than five characters is a string to
 * every reader without asking one: among plain scalars that start with a letter, both versions
 * resolve only their null and boolean words to something else (`null`, `false`, `yes`, `off`…,
 * five letters at most); numbers, dates and times start with a digit, a sign or a dot, and
 * `:` and `#`, which end or cut a plain scalar, are not among the characters. The others are
 * read back by both versions of the `yaml` package (`tests/plain-everywhere.test.ts` holds the
 * two answers equal). Every edition's title and description take the short way: reading them
 * twice was a third of writing the front matter in a cold build.
 */
export function plainEverywhere(text: string): boolean {
  if (!/^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} ,.'’()«»“”!?؟،؛…/&_\-–—]*$/u.test(text) || / {2}| $/.test(text)) return false;
  if (text.length > 5 && /^\p{L}/u.test(text)) return true;
  let plain = readBack.get(text);
  if (plain === undefined) {
    plain = readsAsItself(text);
    // Every edition writes the same keys and site strings: a run asks about a few hundred distinct words per article.
    if (readBack.size >= 10_000) readBack.clear();
    readBack.set(text, plain);
  }
  return plain;
}

/** Answers of `readsAsItself`, by string: two YAML parses each, for strings that repeat in every edition. */
const readBack = new Map<string, boolean>();

/** Whether YAML 1.1 and 1.2 both read `text`, written plain, as that string. */
export function readsAsItself(text: string): boolean {
  try {
    return parse(text, { version: '1.1' }) === text && parse(text) === text;
  } catch {
    return false;
  }
}
