import type { Root } from 'mdast';

/**
 * What a document lends to each of its messages when a message is parsed alone:
 * its own link reference and footnote definitions (so `[text][ref]` and `[^1]` still
 * resolve) and the labels the protected-URL references must not reuse.
 */
export interface MessageContext {
  definitions: string;
  reserved: ReadonlySet<string>;
}

/** Collects the definitions of a parsed document into a `MessageContext`. */
export function messageContext(tree: Root): MessageContext {
  const lines: string[] = [];
  const reserved = new Set<string>();
  const visit = (node: { type: string; children?: unknown[] } & Record<string, unknown>): void => {
    if (node.type === 'definition') {
      lines.push(`[${String(node.label ?? node.identifier)}]: #`);
      reserved.add(String(node.identifier).toLowerCase());
    } else if (node.type === 'footnoteDefinition') {
      lines.push(`[^${String(node.label ?? node.identifier)}]: -`);
    }
    if (Array.isArray(node.children)) for (const child of node.children) visit(child as never);
  };
  visit(tree as never);
  return { definitions: lines.join('\n'), reserved };
}
