import type { Element, Node } from '@xmldom/xmldom';

/**
 * The first element (in document order) nested deeper than `maximum` elements, counting the
 * root as 1; null when none is. xmldom parses any depth without recursion, but reading the
 * units back (`inline12`, `inline20`, then mdast) recurses once per level; this walk is a loop
 * over first-child, next-sibling and parent links.
 */
export function elementNestingExcess(root: Element, maximum: number): Element | null {
  let depth = 1;
  let node: Node = root;
  for (;;) {
    const child = firstElement(node.firstChild);
    if (child) {
      depth += 1;
      if (depth > maximum) return child;
      node = child;
      continue;
    }
    // No element below: the next element sibling of this node or of the nearest ancestor that has one.
    for (;;) {
      if (node === root) return null;
      const sibling = firstElement(node.nextSibling);
      if (sibling) {
        node = sibling;
        break;
      }
      node = node.parentNode as Node;
      depth -= 1;
    }
  }
}

function firstElement(start: Node | null): Element | null {
  let node = start;
  while (node !== null && node.nodeType !== 1) node = node.nextSibling;
  return node as Element | null;
}
