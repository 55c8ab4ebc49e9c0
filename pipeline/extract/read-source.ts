import type { PreviousEntry } from './match-keys.js';
import { parseArticle, type ParsedArticle } from './parse-article.js';
import { sourceDocument, type SourceDocument } from './source-document.js';

export type { SourceDocument } from './source-document.js';

/**
 * Parses one source article and lists its segments in document order, keyed as the previous
 * extraction (`previous`, the source-locale catalog) keyed them wherever they are the same segment.
 * `parsed` is the article's parse when the caller has it already (`parseArticle` of the same text and fields).
 */
export function readSource(
  namespace: string,
  file: string,
  text: string,
  frontMatterFields: readonly string[],
  previous: readonly PreviousEntry[] = [],
  parsed: ParsedArticle = parseArticle(file, text, frontMatterFields),
): SourceDocument {
  return sourceDocument(namespace, file, text, previous, parsed);
}
