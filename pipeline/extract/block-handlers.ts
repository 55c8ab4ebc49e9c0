import type { Definition, Html, Nodes, Paragraph, Parent, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { htmlParts, readableText, type HtmlPart } from '../markdown/html-parts.js';
import { visitInline } from '../markdown/inline-nodes.js';
import type { MessageContext } from '../markdown/message-context.js';
import { protectMessage, type Reference } from '../markdown/to-message.js';
import { TarjamaError } from '../util/tarjama-error.js';
import type { DefinitionTarget, HtmlTarget, SegmentKind } from './segment.js';

/** A segment found by the walk, before it has a key. */
export interface FoundSegment {
  kind: SegmentKind;
  text: string;
  line: number;
  /** Words the key is made from (the block's plain text, or the field's or title's text). */
  words: string;
  target:
    | { type: 'block'; path: number[]; references: Reference[] }
    | { type: 'title'; block: number; label: string }
    | DefinitionTarget
    | HtmlTarget;
  /**
   * A block's message as `parseMessage` would parse it, made from the block's own nodes
   * (`messageChildren`) for a message with syntax: then checking translations need not parse
   * the source's messages again. Absent where that cannot be sure, and for plain text.
   */
  children?: PhrasingContent[];
}

/** The walk's state: the enter/exit stack of containers, the tree path and what was found. */
export interface WalkState {
  stack: SegmentKind[];
  path: number[];
  found: FoundSegment[];
  /** The paragraph each block segment's message is written from, by index in `found`: written all at once after the walk. */
  messages: Map<number, Paragraph>;
  context: MessageContext;
  file: string;
}

type BlockHandler = (node: never, state: WalkState) => void;

const hasLetters = (text: string): boolean => /\p{L}/u.test(text);

function walkChildren(node: Parent, state: WalkState): void {
  node.children.forEach((child, index) => {
    state.path.push(index);
    walkBlock(child as Nodes, state);
    state.path.pop();
  });
}

const within =
  (kind: SegmentKind): BlockHandler =>
  (node: Parent, state) => {
    state.stack.push(kind);
    walkChildren(node, state);
    state.stack.pop();
  };

function leaf(kind: SegmentKind, node: Parent & { children: PhrasingContent[] }, state: WalkState): void {
  const words = toString(node, { includeHtml: false });
  if (!hasLetters(words)) return;
  const message = protectMessage(node.children, state.context);
  const block = state.found.length;
  state.messages.set(block, message.paragraph);
  state.found.push({
    kind,
    text: '',
    line: node.position?.start.line ?? 1,
    words,
    target: { type: 'block', path: [...state.path], references: message.references },
  });
  for (const reference of message.references) {
    if (reference.title !== null && hasLetters(reference.title)) {
      state.found.push({
        kind: 'link-title',
        text: reference.title,
        line: node.position?.start.line ?? 1,
        words: reference.title,
        target: { type: 'title', block, label: reference.label },
      });
    }
  }
  inlineTags(node.children, { state, seen: new Map() });
}

/** The kind of an HTML part: a run by the element it stands in, an attribute by its name. */
function htmlKind(part: HtmlPart): SegmentKind {
  if (part.type === 'attribute') return part.name === 'alt' ? 'alt' : part.name === 'title' ? 'link-title' : 'label';
  const byContainer: Record<string, SegmentKind> = { figcaption: 'caption', caption: 'caption', summary: 'summary', li: 'list-item', td: 'table-cell', th: 'table-header', blockquote: 'blockquote' };
  return byContainer[part.container] ?? (/^h[1-6]$/.test(part.container) ? 'heading' : 'paragraph');
}

/**
 * The parts of a piece of raw HTML that a reader reads, as segments: the HTML is the
 * `occurrence`-th html node of value `value` in the node at the walk's path; `line` is its first line.
 */
function htmlSegments(value: string, occurrence: number, line: number, state: WalkState, only: HtmlPart['type'] | null = null): void {
  htmlParts(value).forEach((part, index) => {
    if (only !== null && part.type !== only) return;
    const text = part.type === 'text' ? part.message : part.value;
    state.found.push({
      kind: htmlKind(part),
      text,
      line: line + part.line - 1,
      words: part.type === 'text' ? readableText(part.nodes) : part.value,
      target: { type: 'html', path: [...state.path], value, occurrence, part: index, attribute: part.type === 'attribute' },
    });
  });
}

/** The readable attributes of a block's inline HTML tags (`<abbr title="…">`): its message keeps the tags as they are. */
const inlineTags = visitInline<{ state: WalkState; seen: Map<string, number> }>({
  html: (node, { state, seen }) => {
    const occurrence = seen.get(node.value) ?? 0;
    seen.set(node.value, occurrence + 1);
    htmlSegments(node.value, occurrence, node.position?.start.line ?? 1, state, 'attribute');
  },
});

const skip: BlockHandler = () => {};

/**
 * One handler per mdast block type. Containers push their kind on the stack; leaf blocks
 * become segments; the types listed under "not translated" pass through untouched.
 */
export const blockHandlers: Record<string, BlockHandler> = {
  root: walkChildren as BlockHandler,
  blockquote: within('blockquote'),
  list: walkChildren as BlockHandler,
  listItem: within('list-item'),
  footnoteDefinition: within('footnote'),
  table: (node: Parent, state) => {
    node.children.forEach((row, index) => {
      state.path.push(index);
      state.stack.push(index === 0 ? 'table-header' : 'table-cell');
      walkChildren(row as Parent, state);
      state.stack.pop();
      state.path.pop();
    });
  },
  tableCell: (node: Parent & { children: PhrasingContent[] }, state) => leaf(state.stack.at(-1) ?? 'table-cell', node, state),
  heading: (node: Parent & { children: PhrasingContent[] }, state) => leaf('heading', node, state),
  paragraph: (node: Parent & { children: PhrasingContent[] }, state) => {
    const container = state.stack.findLast((kind) => kind === 'list-item' || kind === 'blockquote' || kind === 'footnote');
    leaf(container ?? 'paragraph', node, state);
  },
  // Raw HTML: the text and the attributes a reader sees; its tags and every other attribute stay.
  html: (node: Html, state) => htmlSegments(node.value, 0, node.position?.start.line ?? 1, state),
  // A definition's title is shown as the tooltip of every link that uses it.
  definition: (node: Definition, state) => {
    if (!node.title || !hasLetters(node.title)) return;
    state.found.push({ kind: 'link-title', text: node.title, line: node.position?.start.line ?? 1, words: node.title, target: { type: 'definition', path: [...state.path] } });
  },
  // Not translated: code, math and layout pass through as they are.
  code: skip,
  math: skip,
  thematicBreak: skip,
  yaml: skip,
};

/** Dispatches a block node to its handler; an unknown type is an error that names it. */
export function walkBlock(node: Nodes, state: WalkState): void {
  const handler = blockHandlers[node.type];
  if (!handler) {
    throw new TarjamaError(`tarjama does not know the Markdown block type "${node.type}"`, {
      file: state.file,
      line: node.position?.start.line,
      column: node.position?.start.column,
    });
  }
  handler(node as never, state);
}
