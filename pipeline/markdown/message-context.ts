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
  /**
   * The source's link definitions by the identifier a message's reference to them parses to:
   * a message writes a label decoded (`[&#91;a]` as `[\[a]`), and the edition writes it back
   * as the source's definition is written.
   */
  labels: ReadonlyMap<string, { identifier: string; label: string | null | undefined }>;
}

/**
 * Collects the definitions of a parsed document into a `MessageContext`. They are written by
 * mdast-util-to-markdown, as the messages' references are (from mdast's `label`, the label
 * with its escapes and character references decoded, escaped again as needed), so that a
 * label with brackets, backslashes or entities (`[Foo*bar\]]`, `[bar\\]`, `[&amp;]`) resolves in
 * a message exactly as its reference is written there. A numbered reference must not reuse a
 * label either as the source writes it (`identifier`) or as a message writes it (`label`).
 * The written definitions are parsed once more, to map each back to the source's (`labels`).
 */
export function messageContext(tree: Root): MessageContext {
  const definitions: Array<Definition | FootnoteDefinition> = [];
  const reserved = new Set<string>();
  const visit = (node: { type: string; children?: unknown[] } & Record<string, unknown>): void => {
    if (node.type === 'definition') {
      const { identifier, label } = node as unknown as Definition;
      // The URL numbers the definition, to find it again once its written label is parsed.
      definitions.push({ type: 'definition', identifier, label, url: `#${definitions.length}`, title: null });
      reserved.add(identifier.toLowerCase());
      if (label) reserved.add(normalizeIdentifier(label).toLowerCase());
    } else if (node.type === 'footnoteDefinition') {
      const { identifier, label } = node as unknown as FootnoteDefinition;
      definitions.push({ type: 'footnoteDefinition', identifier, label, children: [{ type: 'paragraph', children: [{ type: 'text', value: '-' }] }] });
    }
    if (Array.isArray(node.children)) for (const child of node.children) visit(child as never);
  };
  visit(tree as never);
  if (definitions.length === 0) return { definitions: '', reserved, labels: new Map() };
  const written = processor.stringify({ type: 'root', children: definitions });
  const labels = new Map<string, { identifier: string; label: string | null | undefined }>();
  for (const node of (processor.parse(written) as Root).children) {
    const source = node.type === 'definition' ? definitions[Number(node.url.slice(1))] : undefined;
    if (node.type === 'definition' && source?.type === 'definition' && !labels.has(node.identifier)) labels.set(node.identifier, { identifier: source.identifier, label: source.label });
  }
  return { definitions: written, reserved, labels };
}
