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
  | 'string';

/** Where a segment's translation goes back into the document. */
export type SegmentTarget =
  | { type: 'field'; name: string }
  | { type: 'block'; path: number[]; references: Reference[] }
  | { type: 'title'; block: number; label: string }
  | { type: 'string' };

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
