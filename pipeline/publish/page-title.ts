import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';

/** Search engines cut a longer `<title>`, and html-validate's `long-title` reports it. */
const maxLength = 70;
const ellipsis = '…';

const writer = unified().use(rehypeStringify);

/** How long a text is in the page's source, as `long-title` counts it: `&` is written `&#x26;`. */
function writtenLength(text: string): number {
  return /[&<]/.test(text) ? writer.stringify({ type: 'root', children: [{ type: 'text', value: text }] }).length : text.length;
}

/** The longest start of `title` that ends a word (or a grapheme) and fits in `room` characters. */
function fit(title: string, locale: string, granularity: 'word' | 'grapheme', room: number): string {
  let length = 0;
  let kept = '';
  let fitting = '';
  for (const { segment, isWordLike } of new Intl.Segmenter(locale, { granularity }).segment(title)) {
    length += writtenLength(segment);
    if (length > room) break;
    kept += segment;
    if (granularity === 'grapheme' || isWordLike) fitting = kept;
  }
  return fitting;
}

/**
 * The `<title>` of an edition's page: the article's title, or, when it is longer than 70
 * characters, its words that fit followed by "…" (the page's `<h1>` keeps the whole title).
 * Words are the locale's (`Intl.Segmenter`), so a title without spaces is cut between words too.
 */
export function pageTitle(title: string, locale: string): string {
  if (writtenLength(title) <= maxLength) return title;
  const room = maxLength - ellipsis.length;
  return `${fit(title, locale, 'word', room) || fit(title, locale, 'grapheme', room)}${ellipsis}`;
}
