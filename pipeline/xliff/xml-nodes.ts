import type { Element, Node } from '@xmldom/xmldom';

/** How a reader refuses a file: a message, and where in it when known. */
export type Fail = (message: string, line?: number, column?: number) => never;

/** The element and text children of an element (comments and processing instructions left out). */
export function childNodes(element: Element): Node[] {
  return Array.from({ length: element.childNodes.length }, (_, index) => element.childNodes.item(index) as Node).filter((node) => node.nodeType === 1 || node.nodeType === 3 || node.nodeType === 4);
}

/** The child elements of one local name, in any namespace. */
export function children(element: Element, name: string): Element[] {
  return childNodes(element).filter((node): node is Element => node.nodeType === 1 && (node as Element).localName === name);
}

/** The descendant elements of one local name, in any namespace, in document order: one walk of the tree. */
export function descendants(element: Element, name: string): Element[] {
  // One live list, read in order: asking for a new list per index walks the tree each time (quadratic).
  const found = element.getElementsByTagNameNS('*', name);
  return Array.from({ length: found.length }, (_, index) => found.item(index) as Element);
}

/** The line an element starts on, when the parser recorded it. */
export function line(element: Element): number | undefined {
  return (element as Element & { lineNumber?: number }).lineNumber;
}
