import type { Reference } from '../markdown/to-message.js';

/** What a translatable segment is in the source; it decides the key prefix and the checks. */
export type SegmentKind =
  | 'front-matter'
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'blockquote'
  | 'footnote'
  | 'table-header'
  | 'table-cell'
  | 'link-title'
  | 'caption'
  | 'summary'
  | 'alt'
  | 'label'
  | 'string';

/** Where a segment's translation goes back into the document. */
export type SegmentTarget =
  | { type: 'field'; name: string }
  | { type: 'block'; path: number[]; references: Reference[] }
  | { type: 'title'; block: number; label: string }
  | DefinitionTarget
  | HtmlTarget
  | { type: 'string' };

/** The title of a link or image definition (`[label]: url "title"`), the node at `path`. */
export interface DefinitionTarget {
  type: 'definition';
  path: number[];
}

/**
 * One part of raw HTML (see `htmlParts`): a run of text or a readable attribute. The HTML is
 * the `occurrence`-th html node whose value is `value` in the node at `path` (an HTML block
 * itself, or the paragraph an inline tag stands in); `part` is the part's index in it.
 */
export interface HtmlTarget {
  type: 'html';
  path: number[];
  value: string;
  occurrence: number;
  part: number;
  /** True for an attribute, whose message is plain text; false for a run, whose message is HTML. */
  attribute: boolean;
}

/** One message of a document: its key, its source text and where it came from. */
export interface Segment {
  key: string;
  kind: SegmentKind;
  /** The source message: Markdown for blocks; plain text for titles, front-matter fields and site strings. */
  text: string;
  /** 1-based line in the source file. */
  line: number;
  target: SegmentTarget;
}
