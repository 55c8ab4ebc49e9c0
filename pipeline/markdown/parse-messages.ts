import type { Node, Paragraph, Root, RootContent } from 'mdast';
import { visitInline, type InlineVisit } from './inline-nodes.js';
import type { MessageContext } from './message-context.js';
import { NestingError } from './nesting-error.js';
import { parseMessage, type ParsedMessage } from './parse-message.js';
import { plainMessage } from './plain-message.js';
import { parseMarkdown } from './parse-markdown.js';
import type { Reference } from './to-message.js';

/** One message to parse: its text, the reference labels it may use, whether it is a table cell. */
export interface MessageToParse {
  text: string;
  references: readonly Reference[];
  oneLine?: boolean;
}

/**
 * Parses all the messages of a document in one pass, each exactly as `parseMessage` would
 * parse it alone: micromark's start-up costs more than a short message's own parse.
 *
 * A message with no syntax at all needs no parse (`plainMessage`). The others are joined
 * with blank lines, which end every block a paragraph can turn into, and followed by every label and the document's definitions. A message with a line
 * that could open a block other than a paragraph (`#`, `>`, a list marker, a fence, HTML,
 * an indent…) is parsed alone: how such a line parses can depend on what precedes it. Any
 * other message is taken from the joint parse only when it is one paragraph inside its own
 * range that uses no other message's labels, else parsed alone, so that its diagnosis is
 * the usual one.
 * A block that runs past its message (an unclosed fence, an HTML comment, an indented
 * continuation) or a definition inside a message could change its neighbours: then every
 * message is parsed alone.
 */
export function parseMessages(messages: readonly MessageToParse[], context: MessageContext): ParsedMessage[] {
  const alone = (message: MessageToParse): ParsedMessage => parseMessage(message.text, message.references, context, message.oneLine ?? false);
  if (messages.length < 2) return messages.map(alone);
  const ranges: Array<{ start: number; end: number; line: number } | null> = [];
  const parts: string[] = [];
  const labels = new Set<string>();
  let offset = 0;
  let line = 1;
  for (const message of messages) {
    // Alone: a plain message (not parsed at all), and a table cell with a line break, refused before parsing (`parseMessage` says so).
    if (plainMessage(message.text) || (message.oneLine && /[\r\n]/.test(message.text)) || /\r/.test(message.text) || mayOpenBlock(message.text)) {
      ranges.push(null);
      continue;
    }
    ranges.push({ start: offset, end: offset + message.text.length, line });
    parts.push(message.text);
    for (const reference of message.references) labels.add(reference.label);
    offset += message.text.length + 2;
    line += lineCount(message.text) + 1;
  }
  if (parts.length === 0) return messages.map(alone);
  const definitionsStart = offset;
  const text = `${parts.join('\n\n')}\n\n${[...labels].map((label) => `[${label}]: #`).join('\n')}\n${context.definitions}\n`;
  let tree: Root;
  try {
    tree = parseMarkdown(text);
  } catch (error) {
    // One message nested too deep: parsed alone, it is refused with the reason, the others as usual.
    if (error instanceof NestingError) return messages.map(alone);
    throw error;
  }

  const blocks = new Map<number, RootContent[]>();
  const defined = new Set<string>();
  let range = 0;
  for (const block of tree.children) {
    const start = block.position?.start.offset ?? 0;
    const end = block.position?.end.offset ?? 0;
    if (start >= definitionsStart) {
      if ((block.type === 'definition' || block.type === 'footnoteDefinition') && !labels.has(block.label ?? '')) defined.add(block.identifier);
      continue;
    }
    while (range < ranges.length && (ranges[range] === null || (ranges[range]?.end ?? 0) < start)) range += 1;
    const owner = ranges[range];
    if (!owner || start < owner.start || end > owner.end) return messages.map(alone);
    if (block.type === 'definition' || block.type === 'footnoteDefinition') return messages.map(alone);
    blocks.set(range, [...(blocks.get(range) ?? []), block]);
  }

  return messages.map((message, index) => {
    const owner = ranges[index];
    if (!owner) return alone(message);
    const found = blocks.get(index) ?? [];
    if (found.length === 0) return { ok: true, children: [] };
    const [first] = found;
    if (found.length > 1 || first?.type !== 'paragraph') return alone(message);
    const own = new Set(message.references.map((reference) => reference.label.toLowerCase()));
    if (usesForeignLabel(first, own, defined)) return alone(message);
    shift(first, owner.start, owner.line - 1);
    return { ok: true, children: first.children };
  });
}

/**
 * A line starting (after at most three spaces) with what may open a block, or indented as code:
 * a heading's `#`s, a list marker (`-`, `+`, `*` or a number, each followed by a space, a tab or
 * the line's end), a rule or an underline (`***`, `---`, `___`, `===`), a fence (three backticks
 * or tildes), `$$`, a quote, HTML, a table's pipe, a colon or a tab. A sentence that merely starts
 * with emphasis (`**RABAT** –`), code, `~~`, a sign or a figure (`$5 million`, `+212`, `1.5`) opens
 * none: it is taken from the joint parse.
 */
const blockStart = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|[*+-](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|([*_-])[ \t]*\1[ \t]*\1|[=-]+[ \t]*$|`{3}|~{3}|\$\$|[><|:\t])|^ {4}/m;

/** A line that could be a link or footnote definition (`[label]: …`, `[^label]: …`), which a paragraph's first line cannot be. */
const definitionLike = /^ {0,3}\[.*\]:/m;

/** Whether a line of `text` could be a definition (`definitionLike`). */
export function mayBeDefinition(text: string): boolean {
  return definitionLike.test(text);
}

/** Whether a line of `text` may open a block other than a paragraph (`blockStart`). */
export function mayOpenBlock(text: string): boolean {
  return blockStart.test(text);
}

function lineCount(text: string): number {
  let count = 1;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count += 1;
  return count;
}

/** The labels a message may use, and whether it refers to one that only another message brought. */
interface Labels {
  own: ReadonlySet<string>;
  defined: ReadonlySet<string>;
  foreign: boolean;
}

function checkLabel(node: { identifier: string }, labels: Labels): void {
  if (!labels.own.has(node.identifier) && !labels.defined.has(node.identifier)) labels.foreign = true;
}

const findForeignLabels: InlineVisit<Labels> = visitInline<Labels>({
  linkReference: (node, labels) => {
    checkLabel(node, labels);
    findForeignLabels(node.children, labels);
  },
  imageReference: checkLabel,
  footnoteReference: checkLabel,
});

/** Whether a paragraph refers to a label that only another message brought. */
function usesForeignLabel(paragraph: Paragraph, own: ReadonlySet<string>, defined: ReadonlySet<string>): boolean {
  const labels: Labels = { own, defined, foreign: false };
  findForeignLabels(paragraph.children, labels);
  return labels.foreign;
}

/** Moves positions so that they count from the start of the message, as when parsed alone. */
function shift(node: Node, offset: number, lines: number): void {
  if (node.position) {
    for (const point of [node.position.start, node.position.end]) {
      point.line -= lines;
      if (point.offset !== undefined) point.offset -= offset;
    }
  }
  for (const child of (node as Node & { children?: Node[] }).children ?? []) shift(child, offset, lines);
}
