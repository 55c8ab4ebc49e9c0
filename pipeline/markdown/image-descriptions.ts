import type { Nodes, PhrasingContent } from 'mdast';
import type { Reference } from './to-message.js';

/** The description (alt text) of one image of a message, as the message writes it. */
export interface ImageDescription {
  label: string;
  /** The alt text as mdast reads it. */
  alt: string;
  /** The alt text as written between `![` and `]`, escapes and markup included. */
  raw: string;
  /** Where `raw` starts in the message. */
  index: number;
}

/** The descriptions of a message's own images (`![alt][n]`), by label. */
export function imageDescriptions(text: string, children: readonly PhrasingContent[], references: readonly Reference[]): Map<string, ImageDescription> {
  const images = new Set(references.filter((reference) => reference.kind === 'image').map((reference) => reference.label));
  const found = new Map<string, ImageDescription>();
  const visit = (node: Nodes): void => {
    if (node.type === 'imageReference' && images.has(node.identifier)) {
      const start = node.position?.start.offset ?? 0;
      const raw = text.slice(start, node.position?.end.offset ?? start);
      // `![alt][n]` or `![alt][]`: the description ends at the last "]["; `![alt]`: at the last "]".
      const close = node.referenceType === 'shortcut' ? raw.length - 1 : raw.lastIndexOf('][');
      found.set(node.identifier, { label: node.identifier, alt: node.alt ?? '', raw: raw.slice(2, Math.max(2, close)), index: start + 2 });
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  for (const child of children) visit(child);
  return found;
}
