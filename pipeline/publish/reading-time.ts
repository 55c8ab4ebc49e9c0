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
const spacedWord = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;

/**
 * Words of a text: runs of letters and digits where words are spaced (Latin, Arabic, Hebrew…),
 * the locale's word segmenter where they are not (Chinese, Japanese, Thai…).
 */
function countWords(text: string, locale: string): number {
  let words = 0;
  if (!['Hani', 'Hans', 'Hant', 'Jpan', 'Kore', 'Thai', 'Laoo', 'Khmr', 'Mymr'].includes(localeScript(locale))) {
    // Counted without making the words (a third faster than `match`): every match is at least a character long.
    spacedWord.lastIndex = 0;
    while (spacedWord.test(text)) words += 1;
    return words;
  }
  for (const segment of new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)) if (segment.isWordLike) words += 1;
  return words;
}
