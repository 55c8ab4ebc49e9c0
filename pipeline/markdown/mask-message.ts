import type { Nodes, PhrasingContent } from 'mdast';
import { masked } from '../rules/rule.js';

/**
 * The message with everything that is not prose replaced by U+FFFC at the same offsets:
 * inline code, HTML, math, footnote references, hard breaks, emphasis markers, link and
 * image syntax and reference labels. Link text and image alt text stay.
 */
export function maskMessage(text: string, children: readonly PhrasingContent[]): string {
  const keep = new Array<boolean>(text.length).fill(false);
  const show = (start: number, end: number): void => {
    for (let index = Math.max(0, start); index < Math.min(end, text.length); index += 1) keep[index] = true;
  };
  const visit = (node: Nodes): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if (node.type === 'text') show(start, end);
    else if (node.type === 'image' || node.type === 'imageReference') {
      const raw = text.slice(start, end);
      const close = node.type === 'image' ? raw.indexOf('](') : raw.lastIndexOf('][');
      show(start + 2, start + (close > 1 ? close : raw.length - 1));
    } else if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  for (const child of children) visit(child);
  let out = '';
  for (let start = 0; start < text.length; ) {
    let end = start + 1;
    while (end < text.length && keep[end] === keep[start]) end += 1;
    out += keep[start] ? text.slice(start, end) : masked.repeat(end - start);
    start = end;
  }
  return out;
}
