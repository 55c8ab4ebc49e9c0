import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** Minutes to read a text at `wordsPerMinute`, counting words as the locale segments them. */
export function readingTime(tree: Root, locale: string, wordsPerMinute = 200): number {
  const text = tree.children
    .filter((node) => node.type !== 'yaml' && node.type !== 'code' && node.type !== 'html' && node.type !== 'definition')
    .map((node) => toString(node))
    .join('\n');
  let words = 0;
  for (const segment of new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)) if (segment.isWordLike) words += 1;
  return Math.round(words / wordsPerMinute);
}
