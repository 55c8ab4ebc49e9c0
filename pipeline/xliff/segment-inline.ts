import type { ElementContent } from 'hast';
import type { PhrasingContent } from 'mdast';
import type { SourceDocument } from '../extract/read-source.js';
import type { Segment } from '../extract/segment.js';
import { parseMessage } from '../markdown/parse-message.js';
import { toMessage } from '../markdown/to-message.js';
import { htmlFromInline, htmlToInline, normalHtml } from './html-inline.js';
import { fromInline, InlineError, toInline, type Inline } from './inline.js';

/**
 * A segment's source as XLIFF inline content, with the elements targets refer to by id: mdast
 * nodes for Markdown, hast nodes for a run of text inside HTML.
 */
export type SourceInline = { html: false; inline: Inline[]; elements: Map<string, PhrasingContent> } | { html: true; inline: Inline[]; elements: Map<string, ElementContent> };

/** Whether a segment's message is a run of HTML (text inside an HTML block: `See <a>the photos</a>`). */
const isHtmlRun = (segment: Segment): boolean => segment.target.type === 'html' && !segment.target.attribute;

/** Parses a message of a segment to inline mdast; plain-text segments are one text node. */
function parse(segment: Segment, document: SourceDocument, text: string): PhrasingContent[] {
  if (segment.target.type !== 'block') return [{ type: 'text', value: text }];
  const parsed = parseMessage(text, segment.target.references, document.context);
  if (!parsed.ok) throw new InlineError(parsed.problem);
  return parsed.children;
}

/** The source of a segment as inline content. */
export function sourceInline(segment: Segment, document: SourceDocument): SourceInline {
  if (isHtmlRun(segment)) return { html: true, ...htmlToInline(segment.text) };
  return { html: false, ...toInline(parse(segment, document, segment.text)) };
}

/** A translation as inline content whose elements carry the source's ids. */
export function targetInline(segment: Segment, document: SourceDocument, source: SourceInline, translation: string): Inline[] {
  if (source.html) return htmlToInline(translation, source.elements).inline;
  return toInline(parse(segment, document, translation), source.elements).inline;
}

/** Inline content back to a message, in the form tarjama writes messages. */
export function inlineMessage(segment: Segment, document: SourceDocument, source: SourceInline, inline: readonly Inline[]): string {
  if (source.html) return htmlFromInline(inline, source.elements);
  const children = fromInline(inline, source.elements);
  if (segment.target.type !== 'block') {
    if (children.some((child) => child.type !== 'text')) throw new InlineError('this text takes no inline elements');
    return children.map((child) => (child.type === 'text' ? child.value : '')).join('');
  }
  return toMessage(children, document.context).text;
}

/** A translation in the form tarjama writes it, to compare two spellings of the same message. */
export function normalMessage(segment: Segment, document: SourceDocument, text: string): string {
  if (isHtmlRun(segment)) return normalHtml(text);
  if (segment.target.type !== 'block') return text;
  try {
    return toMessage(parse(segment, document, text), document.context).text;
  } catch {
    return text;
  }
}
