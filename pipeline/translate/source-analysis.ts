import type { PhrasingContent } from 'mdast';
import type { SourceDocument } from '../extract/read-source.js';
import type { Segment } from '../extract/segment.js';
import { inlineSkeleton, type SkeletonItem } from '../markdown/inline-skeleton.js';
import { maskHtmlMessage } from '../markdown/html-message.js';
import { htmlParts, type HtmlPart } from '../markdown/html-parts.js';
import { maskMessage } from '../markdown/mask-message.js';
import type { ParsedMessage } from '../markdown/parse-message.js';
import { parseMessages } from '../markdown/parse-messages.js';
import { sourceNames } from '../rules/source-names.js';
import { TarjamaError } from '../util/tarjama-error.js';

/**
 * What checking translations needs from a document's source, worked out on first use and then
 * kept: build one per document and pass it to the translation of every locale (as
 * mdast-util-to-markdown passes its `state`), so that the source is parsed once, not once per
 * locale. It holds nothing else: a new document is a new analysis.
 */
export interface SourceAnalysis {
  readonly document: SourceDocument;
  /** The source message of a block segment as inline mdast: as the article's parse gave it (`SourceDocument.messageChildren`), else parsed back (every other block in one pass, on first use). */
  children(segment: Segment): readonly PhrasingContent[];
  /** The inline structure of a block segment's source, which its translation must keep. */
  skeleton(segment: Segment): SkeletonItem[];
  /** A segment's source text with its code, HTML and URLs masked, as the content rules read it. */
  mask(segment: Segment): string;
  /** The words the document writes as names, from its masked source texts. */
  names(): ReadonlySet<string>;
  /** The translatable parts of one of its pieces of raw HTML (parsed once; read them, never change them). */
  htmlParts(value: string): readonly HtmlPart[];
  /** What `make` works out about a segment's source, under `name`: worked out on first use, then kept (a content rule's `fromSource`). */
  kept<T>(segment: Segment, name: string, make: () => T): T;
}

/** Starts the analysis of a document's source; nothing is parsed until it is asked for. */
export function analyzeSource(document: SourceDocument): SourceAnalysis {
  let children: Map<Segment, readonly PhrasingContent[]> | undefined;
  let names: ReadonlySet<string> | undefined;
  const skeletons = new Map<Segment, SkeletonItem[]>();
  const masks = new Map<Segment, string>();
  const parts = new Map<string, HtmlPart[]>();
  const kept = new Map<Segment, Map<string, unknown>>();
  const analysis: SourceAnalysis = {
    document,
    children(segment) {
      children ??= parseSourceBlocks(document);
      return children.get(segment) ?? [];
    },
    skeleton(segment) {
      let skeleton = skeletons.get(segment);
      if (!skeleton && segment.target.type === 'block') {
        skeleton = inlineSkeleton(analysis.children(segment), segment.target.references);
        skeletons.set(segment, skeleton);
      }
      return skeleton ?? [];
    },
    mask(segment) {
      let mask = masks.get(segment);
      if (mask === undefined) {
        mask = segment.target.type === 'block' ? maskMessage(segment.text, analysis.children(segment)) : segment.target.type === 'html' && !segment.target.attribute ? maskHtmlMessage(segment.text) : segment.text;
        masks.set(segment, mask);
      }
      return mask;
    },
    names() {
      names ??= sourceNames(document.segments.map((segment) => ({ kind: segment.kind, text: analysis.mask(segment) })));
      return names;
    },
    htmlParts(value) {
      let found = parts.get(value);
      if (!found) {
        found = htmlParts(value);
        parts.set(value, found);
      }
      return found;
    },
    kept<T>(segment: Segment, name: string, make: () => T): T {
      let made = kept.get(segment);
      if (!made) {
        made = new Map();
        kept.set(segment, made);
      }
      if (!made.has(name)) made.set(name, make());
      return made.get(name) as T;
    },
  };
  return analysis;
}

/** Every block segment's source message, parsed in one pass, except those the article's parse already gave (`messageChildren`). */
function parseSourceBlocks(document: SourceDocument): Map<Segment, readonly PhrasingContent[]> {
  const given = document.messageChildren ?? new Map<Segment, readonly PhrasingContent[]>();
  const blocks = document.segments.filter((candidate) => candidate.target.type === 'block' && !given.has(candidate));
  const messages = parseMessages(
    blocks.map((block) => ({ text: block.text, references: block.target.type === 'block' ? block.target.references : [] })),
    document.context,
  );
  const parsed = new Map(given);
  for (const [index, block] of blocks.entries()) {
    const message = messages[index] as ParsedMessage;
    // tarjama wrote this message from the source's own inline content; not reading it back is a bug.
    if (!message.ok) throw new TarjamaError(`this block cannot be written as one message (${message.problem}); please report it`, { file: document.file, line: block.line });
    parsed.set(block, message.children);
  }
  return parsed;
}
