import type { ImageReference, LinkReference, PhrasingContent } from 'mdast';
import { byKind, transformInline, type InlineTransform } from './inline-nodes.js';
import type { MessageContext } from './message-context.js';
import { mayBeDefinition, mayOpenBlock } from './parse-messages.js';
import type { Reference } from './to-message.js';

/** A node's place in the message, as mdast gives it. */
type Position = NonNullable<PhrasingContent['position']>;
type Point = Position['start'];

/** The walk of `messageChildren`: where the source's text is, what the message is, and what the rewriting has done so far. */
interface Derive {
  source: string;
  /** Offset in the message of each of its lines. */
  lines: number[];
  references: readonly Reference[];
  /** The next reference to take, in the order `protectMessage` numbered them (a link before what it holds). */
  next: number;
  /** The source with each link's and image's `(…)` written `[label]`, as the message should be. */
  written: string;
  /** How far into `source` `written` has copied. */
  copied: number;
  labels: MessageContext['labels'];
  ok: boolean;
}

/**
 * The inline content `parseMessage` gives a block's message, made from the block's own parse
 * instead of a second one, or null when that cannot be sure (then the message is parsed).
 * `children` are the block's inline nodes from the source's parse, positions included, and
 * `message` and `references` what `protectMessage` and `writeMessages` made of them.
 *
 * It holds when the message is the source's own text with each inline link's and image's
 * `(address "title")` written `[label]`: the same characters, in a paragraph of their own,
 * parse to the same nodes, each link or image becoming the reference that stands for it, with
 * positions counted from the message's start. So anything else is refused: a message the writer
 * wrote another way (escapes, a hard break, an autolink, an HTML tag without its attributes, a
 * continuation line's indent), a tab (micromark counts columns to tab stops) or a carriage
 * return, a line that could open a block or be a definition or hold a table's pipe, a bracket
 * in a text that one of the message's numbered labels could turn into a reference, and a
 * reference whose label the message's definitions might read otherwise. `tests/message-children.test.ts` compares the result with
 * `parseMessage` on generated articles. A table cell is not for it: the table reads a cell's
 * `\|` before its inline content is parsed (`parseArticle` leaves cells out).
 */
export function messageChildren(source: string, children: readonly PhrasingContent[], message: string, references: readonly Reference[], context: MessageContext): PhrasingContent[] | null {
  const first = children[0]?.position?.start.offset;
  const last = children.at(-1)?.position?.end.offset;
  if (first === undefined || last === undefined) return null;
  const slice = source.slice(first, last);
  if (/[\t\r]/.test(slice) || mayOpenBlock(message) || mayBeDefinition(message) || (message.includes('\n') && message.includes('|'))) return null;
  const lines = [0];
  for (let at = message.indexOf('\n'); at !== -1; at = message.indexOf('\n', at + 1)) lines.push(at + 1);
  const state: Derive = { source, lines, references, next: 0, written: '', copied: first, labels: context.labels, ok: true };
  const derived = derive(children, state);
  if (!state.ok || state.next !== references.length || `${state.written}${source.slice(state.copied, last)}` !== message) return null;
  return derived;
}

/** Where `offset` of the source stands in the message, as micromark gives it: what `written` holds so far, plus the source since. */
function point(offset: number, state: Derive): Point {
  const at = state.written.length + offset - state.copied;
  let line = state.lines.length;
  while (line > 1 && (state.lines[line - 1] as number) > at) line -= 1;
  return { line, column: at - (state.lines[line - 1] as number) + 1, offset: at };
}

/** A node's position in the message; its end once whatever it holds has been rewritten. */
function startOf(node: PhrasingContent, state: Derive): Point | null {
  const offset = node.position?.start.offset;
  return offset === undefined ? fail(state) : point(offset, state);
}

function endOf(node: PhrasingContent, state: Derive): Point | null {
  const offset = node.position?.end.offset;
  return offset === undefined ? fail(state) : point(offset, state);
}

function fail(state: Derive): null {
  state.ok = false;
  return null;
}

/** The node's own copy with its position in the message. */
function moved<T extends PhrasingContent>(node: T, state: Derive): T {
  const start = startOf(node, state);
  const end = endOf(node, state);
  return { ...node, position: start && end ? ({ start, end } satisfies Position) : undefined };
}

/**
 * Writes `[label]` for the source's `(…)` from `from` (its `(`) to the node's end, when the
 * source has a `(…)` there on the node's line, and takes the reference that stands for the node.
 */
function rewriteTail(node: PhrasingContent, from: number, kind: Reference['kind'], url: string, state: Derive): string | null {
  const end = node.position?.end.offset;
  const reference = state.references[state.next];
  state.next += 1;
  if (end === undefined || reference?.kind !== kind || reference.url !== url) return fail(state);
  const tail = state.source.slice(from, end);
  if (!tail.startsWith('(') || !tail.endsWith(')') || tail.includes('\n')) return fail(state);
  state.written += `${state.source.slice(state.copied, from)}[${reference.label}]`;
  state.copied = end;
  return reference.label;
}

/** A reference of the source's own (`[text][ref]`, `![alt][ref]`): one the message's definitions read as the source's. */
function ownReference(node: LinkReference | ImageReference, state: Derive): boolean {
  if (state.labels.get(node.identifier)?.identifier === node.identifier) return true;
  fail(state);
  return false;
}

const derive: InlineTransform<Derive> = transformInline<Derive>({
  ...byKind<Derive, PhrasingContent>({
    text: (node, state) => {
      // With numbered labels appended to the message, `[x][1]` written as text in the source could become a link.
      if (state.references.length > 0 && /[[\]]/.test(node.value)) fail(state);
      return moved(node, state);
    },
    container: (node, state) => container(node, state),
    // A reference of the source's own stays one; an inline link or image becomes one (`link`, `image` below).
    link: (node, state) => (node.type === 'linkReference' && !ownReference(node, state) ? node : container(node, state)),
    image: (node, state) => (node.type === 'imageReference' && !ownReference(node, state) ? node : moved(node, state)),
    literal: (node, state) => moved(node, state),
    // A footnote label of letters, digits, `-` and `_` is written as it is, and reads back as itself.
    reference: (node, state) => (/^[\p{L}\p{N}_-]+$/u.test(node.label ?? node.identifier) ? moved(node, state) : (fail(state) ?? node)),
    break: (node, state) => moved(node, state),
  }),
  link: (node, state) => {
    const at = node.position?.start.offset;
    if (at === undefined || state.source[at] !== '[') return fail(state) ?? node;
    const start = point(at, state);
    // The link's reference comes before those of its content, as `protectMessage` numbers them.
    const own = state.next;
    state.next += 1;
    const children = derive(node.children, state);
    const close = node.children.at(-1)?.position?.end.offset ?? at + 1;
    if (state.source[close] !== ']') return fail(state) ?? node;
    const after = state.next;
    state.next = own;
    const label = rewriteTail(node, close + 1, 'link', node.url, state);
    state.next = after;
    const end = endOf(node, state);
    if (label === null || end === null) return node;
    return { type: 'linkReference', children, position: { start, end }, label, identifier: label, referenceType: 'full' } satisfies LinkReference;
  },
  image: (node, state) => {
    const at = node.position?.start.offset;
    if (at === undefined || !state.source.startsWith('![', at)) return fail(state) ?? node;
    const start = point(at, state);
    // The description's `]` is the first one when the description holds no bracket.
    const close = state.source.indexOf(']', at + 2);
    if (close === -1 || state.source.slice(at + 2, close).includes('[')) return fail(state) ?? node;
    const label = rewriteTail(node, close + 1, 'image', node.url, state);
    const end = endOf(node, state);
    if (label === null || end === null) return node;
    return { type: 'imageReference', alt: node.alt, position: { start, end }, label, identifier: label, referenceType: 'full' } satisfies ImageReference;
  },
});

/** Markup around inline content: its start, its content, then its end (after what the content rewrote). */
function container<T extends PhrasingContent & { children: PhrasingContent[] }>(node: T, state: Derive): T {
  const start = startOf(node, state);
  const children = derive(node.children, state) as T['children'];
  const end = endOf(node, state);
  return { ...node, children, position: start && end ? { start, end } : undefined };
}
