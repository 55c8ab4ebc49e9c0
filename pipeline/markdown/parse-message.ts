import type { PhrasingContent, Root } from 'mdast';
import type { MessageContext } from './message-context.js';
import { NestingError } from './nesting-error.js';
import { plainMessage } from './plain-message.js';
import { parseMarkdown } from './parse-markdown.js';
import type { Reference } from './to-message.js';

/** The inline content of a message, or why the message is not one paragraph of inline text. */
export type ParsedMessage = { ok: true; children: PhrasingContent[] } | { ok: false; problem: string };

/**
 * Parses a message back to inline mdast. The document's definitions and the message's
 * reference labels are appended so that `[text][1]`, `[text][ref]` and `[^1]` resolve;
 * anything that makes the message more than one paragraph, or nests deeper than tarjama
 * reads, is refused. A message with no syntax at all is not parsed (`plainMessage`).
 */
export function parseMessage(text: string, references: readonly Reference[], context: MessageContext, oneLine = false): ParsedMessage {
  if (oneLine && /[\r\n]/.test(text)) {
    return { ok: false, problem: 'a table cell must stay on one line; remove the line break' };
  }
  const plain = plainMessage(text);
  if (plain) return { ok: true, children: plain };
  const labels = references.map((reference) => `[${reference.label}]: #`).join('\n');
  let tree: Root;
  try {
    tree = parseMarkdown(`${text}\n\n${labels}\n${context.definitions}\n`);
  } catch (error) {
    if (error instanceof NestingError) return { ok: false, problem: error.message };
    throw error;
  }
  const blocks = tree.children.filter((node) => (node.position?.start.offset ?? 0) < text.length);
  if (blocks.length === 0) return { ok: true, children: [] };
  const [first] = blocks;
  if (blocks.length > 1 || first?.type !== 'paragraph') {
    const kinds = blocks.map((node) => describeBlock(node.type)).join(', ');
    return {
      ok: false,
      problem: `the translation must be one paragraph of inline text, but it parses as: ${kinds}; remove blank lines and escape a leading "#", "-", "+", ">" or "1." with a backslash`,
    };
  }
  return { ok: true, children: first.children };
}

function describeBlock(type: string): string {
  const names: Record<string, string> = {
    paragraph: 'a paragraph',
    heading: 'a heading',
    list: 'a list',
    blockquote: 'a block quote',
    code: 'a code block',
    html: 'an HTML block',
    thematicBreak: 'a thematic break',
    definition: 'a link reference definition',
    footnoteDefinition: 'a footnote definition',
    table: 'a table',
    yaml: 'front matter',
    math: 'a math block',
  };
  return names[type] ?? `a ${type} block`;
}
