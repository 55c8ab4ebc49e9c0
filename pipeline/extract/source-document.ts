import type { PhrasingContent, Root } from 'mdast';
import type { MessageContext } from '../markdown/message-context.js';
import { sha256 } from '../util/sha256.js';
import { slugWords } from './assign-keys.js';
import { matchKeys, type PreviousEntry } from './match-keys.js';
import type { ParsedArticle } from './parse-article.js';
import type { Segment } from './segment.js';

/** A parsed source article with its segments, ready to extract or to translate. */
export interface SourceDocument {
  /** An article from `source/`, or a namespace of site strings that only exists as a source-locale catalog. */
  kind: 'article' | 'strings';
  namespace: string;
  /** The source file (the source-locale catalog for site strings), relative to the project root. */
  file: string;
  /** sha256 of the source file's bytes. */
  hash: string;
  tree: Root;
  /** The front matter as a plain object (fields in source order), or null when there is none. */
  frontMatter: Record<string, unknown> | null;
  segments: Segment[];
  context: MessageContext;
  /** Block segments' messages as `parseMessage` would parse them, where the article's parse gave them (`FoundSegment.children`). */
  messageChildren?: ReadonlyMap<Segment, readonly PhrasingContent[]>;
}

/**
 * A parsed article (`parseArticle`) with its segments listed in document order and keyed as
 * the previous extraction (`previous`, the source-locale catalog) keyed them wherever they are
 * the same segment. Apart from the parse, so that an article whose parse was kept
 * (`parsedArticles`) is keyed without loading the Markdown and YAML parsers.
 */
export function sourceDocument(namespace: string, file: string, text: string, previous: readonly PreviousEntry[], parsed: ParsedArticle): SourceDocument {
  const { tree, context, frontMatter, fields, found } = parsed;
  const fieldKeys = fields.map((field) => `meta-${slugWords(field.name).join('-') || 'field'}`);
  const blockKeys = matchKeys(previous, [
    ...fields.map((field, index) => ({ kind: 'front-matter' as const, text: field.text, words: field.name, key: fieldKeys[index] })),
    ...found,
  ]).slice(fields.length);

  const segments: Segment[] = fields.map((field, index) => ({
    key: fieldKeys[index] as string,
    kind: 'front-matter',
    text: field.text,
    line: field.line,
    target: { type: 'field', name: field.name },
  }));
  const messageChildren = new Map<Segment, readonly PhrasingContent[]>();
  found.forEach((segment, index) => {
    const target = segment.target.type === 'title' ? { ...segment.target, block: segment.target.block + fields.length } : segment.target;
    const keyed: Segment = { key: blockKeys[index] as string, kind: segment.kind, text: segment.text, line: segment.line, target };
    segments.push(keyed);
    if (segment.children) messageChildren.set(keyed, segment.children);
  });

  return { kind: 'article', namespace, file, hash: sha256(text), tree, frontMatter, segments, context, messageChildren };
}
