import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { localeScript } from '../util/locale-script.js';

/** Minutes to read an edition at `wordsPerMinute`, counted on its own words. */
export function readingTime(tree: Root, locale: string, wordsPerMinute = 200): number {
  const text = tree.children
    .filter((node) => node.type !== 'yaml' && node.type !== 'code' && node.type !== 'html' && node.type !== 'definition')
    .map((node) => toString(node))
    .join('\n');
  return Math.round(countWords(text, locale) / wordsPerMinute);
}

/** A word where words are spaced: a letter or digit, then letters, digits, marks, apostrophes and hyphens. */
const wordStart = /^[\p{L}\p{N}]$/u;
const wordPart = /^[\p{L}\p{N}\p{M}'’-]$/u;

/** What a character is to a word: not part of one, able to go on with one, or able to start one (and go on). */
const outside = 1;
const inside = 2;
const start = 3;

/**
 * The class of each UTF-16 unit seen so far (0: not yet seen), worked out once by `wordStart`
 * and `wordPart`, then read, since a text reuses a few hundred characters many times (a
 * character beyond them, an emoji or a mathematical letter, is rare: it is worked out each
 * time, and nothing a text brings makes the table grow). Counting through the classes gives what
 * matching `[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*` in turn gives, without running the expression over
 * every character: a cold build of 1,000 articles spent 0.3 s of one thread in it.
 */
const units = new Uint8Array(0x10000);

function classOf(character: string): number {
  return wordStart.test(character) ? start : wordPart.test(character) ? inside : outside;
}

/** Words where words are spaced: each run that starts with a letter or digit and goes on with letters, digits, marks, apostrophes and hyphens. */
function countSpacedWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    let kind: number;
    const low = unit >= 0xd800 && unit <= 0xdbff ? text.charCodeAt(index + 1) : 0;
    if (low >= 0xdc00 && low <= 0xdfff) {
      // A surrogate pair is one character, as the expression's `u` flag reads it.
      kind = classOf(String.fromCharCode(unit, low));
      index += 1;
    } else {
      kind = units[unit] || (units[unit] = classOf(String.fromCharCode(unit)));
    }
    if (inWord && kind !== outside) continue;
    inWord = kind === start;
    if (inWord) words += 1;
  }
  return words;
}

/**
 * Words of a text: runs of letters and digits where words are spaced (Latin, Arabic, Hebrew…),
 * the locale's word segmenter where they are not (Chinese, Japanese, Thai…).
 */
function countWords(text: string, locale: string): number {
  if (!['Hani', 'Hans', 'Hant', 'Jpan', 'Kore', 'Thai', 'Laoo', 'Khmr', 'Mymr'].includes(localeScript(locale))) return countSpacedWords(text);
  let words = 0;
  for (const segment of new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)) if (segment.isWordLike) words += 1;
  return words;
}
