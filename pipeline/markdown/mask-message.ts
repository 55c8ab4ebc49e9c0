import type { PhrasingContent } from 'mdast';
import { visitInline, type InlineOfKind, type InlineVisit } from './inline-nodes.js';

/** The character that stands for masked syntax in a masked message (U+FFFC, OBJECT REPLACEMENT CHARACTER). */
export const masked = '\uFFFC';

/** The message being masked, and which of its characters stay. */
interface Mask {
  text: string;
  keep: boolean[];
}

function show(mask: Mask, start: number, end: number): void {
  for (let index = Math.max(0, start); index < Math.min(end, mask.text.length); index += 1) mask.keep[index] = true;
}

/** Where a node stands in the message: parsed nodes always know. */
function offsets(node: PhrasingContent): { start: number; end: number } | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? null : { start, end };
}

/** The description of an image, between `![` and `](` or `][` (or the last `]`). */
function showImage(node: InlineOfKind<'image'>, mask: Mask): void {
  const at = offsets(node);
  if (!at) return;
  const raw = mask.text.slice(at.start, at.end);
  const close = node.type === 'image' ? raw.indexOf('](') : raw.lastIndexOf('][');
  show(mask, at.start + 2, at.start + (close > 1 ? close : raw.length - 1));
}

/** Text stays, and an image's description; everything else — markup around them, literals, references, breaks — is masked. */
const showAll: InlineVisit<Mask> = visitInline<Mask>({
  text: (node, mask) => {
    const at = offsets(node);
    if (at) show(mask, at.start, at.end);
  },
  image: showImage,
  imageReference: showImage,
});

/**
 * The message with everything that is not prose replaced by U+FFFC at the same offsets:
 * inline code, HTML, math, footnote references, hard breaks, emphasis markers, link and
 * image syntax and reference labels. Link text and image alt text stay. `children` is the
 * message as parsed: the offsets come from its positions.
 */
export function maskMessage(text: string, children: readonly PhrasingContent[]): string {
  const mask: Mask = { text, keep: new Array<boolean>(text.length).fill(false) };
  showAll(children, mask);
  const { keep } = mask;
  let out = '';
  for (let start = 0; start < text.length; ) {
    let end = start + 1;
    while (end < text.length && keep[end] === keep[start]) end += 1;
    out += keep[start] ? text.slice(start, end) : masked.repeat(end - start);
    start = end;
  }
  return out;
}
