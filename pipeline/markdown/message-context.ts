import type { Definition, FootnoteDefinition, Root } from 'mdast';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import { processor } from './processor.js';

/**
 * What a document lends to each of its messages when a message is parsed alone:
 * its own link reference and footnote definitions (so `[text][ref]` and `[^1]` still
 * resolve) and the labels the protected-URL references must not reuse.
 */
export interface MessageContext {
  definitions: string;
  reserved: ReadonlySet<string>;
}

/**
 * Collects the definitions of a parsed document into a `MessageContext`. They are written by
 * mdast-util-to-markdown, as the messages' references are (from mdast's `label`, the label
 * with its escapes and character references decoded, escaped again as needed), so that a
 * label with brackets, backslashes or entities (`[Foo*bar\]]`, `[bar\\]`, `[&amp;]`) resolves in
 * a message exactly as its reference is written there. A numbered reference must not reuse a
 * label either as the source writes it (`identifier`) or as a message writes it (`label`).
 */
export function messageContext(tree: Root): MessageContext {
  const definitions: Array<Definition | FootnoteDefinition> = [];
  const reserved = new Set<string>();
  const visit = (node: { type: string; children?: unknown[] } & Record<string, unknown>): void => {
    if (node.type === 'definition') {
      const { identifier, label } = node as unknown as Definition;
      definitions.push({ type: 'definition', identifier, label, url: '#', title: null });
      reserved.add(identifier.toLowerCase());
      if (label) reserved.add(normalizeIdentifier(label).toLowerCase());
    } else if (node.type === 'footnoteDefinition') {
      const { identifier, label } = node as unknown as FootnoteDefinition;
      definitions.push({ type: 'footnoteDefinition', identifier, label, children: [{ type: 'paragraph', children: [{ type: 'text', value: '-' }] }] });
    }
    if (Array.isArray(node.children)) for (const child of node.children) visit(child as never);
  };
  visit(tree as never);
  return { definitions: definitions.length === 0 ? '' : processor.stringify({ type: 'root', children: definitions }), reserved };
}
