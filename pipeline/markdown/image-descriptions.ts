import type { PhrasingContent } from 'mdast';
import { visitInline, type InlineVisit } from './inline-nodes.js';
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

interface Search {
  text: string;
  images: ReadonlySet<string>;
  found: Map<string, ImageDescription>;
}

/** The images written `![alt][n]` whose label is one of the message's images. */
const findImages: InlineVisit<Search> = visitInline<Search>({
  imageReference: (node, { text, images, found }) => {
    if (!images.has(node.identifier)) return;
    const start = node.position?.start.offset ?? 0;
    const raw = text.slice(start, node.position?.end.offset ?? start);
    // `![alt][n]` or `![alt][]`: the description ends at the last "]["; `![alt]`: at the last "]".
    const close = node.referenceType === 'shortcut' ? raw.length - 1 : raw.lastIndexOf('][');
    found.set(node.identifier, { label: node.identifier, alt: node.alt ?? '', raw: raw.slice(2, Math.max(2, close)), index: start + 2 });
  },
});

/** The descriptions of a message's own images (`![alt][n]`), by label. */
export function imageDescriptions(text: string, children: readonly PhrasingContent[], references: readonly Reference[]): Map<string, ImageDescription> {
  const search: Search = { text, images: new Set(references.filter((reference) => reference.kind === 'image').map((reference) => reference.label)), found: new Map() };
  findImages(children, search);
  return search.found;
}
