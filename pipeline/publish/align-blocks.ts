import type { Element, Root } from 'hast';

/** HTML 4's alignment, as the side of the line: mirrored in a right-to-left page, as a table's columns are. */
const sides: Record<string, string> = { left: 'start', center: 'center', right: 'end', justify: 'justify' };

/** The elements whose `align` aligns their text (on `img`, `table` or `hr` it places the element: left as it is). */
const textBlocks = new Set(['td', 'th', 'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Turns the `align` attribute of table cells (remark-rehype gives it to a GFM column's cells)
 * and of paragraphs, divisions and headings of raw HTML into an `align-start`, `align-center`,
 * `align-end` or `align-justify` class that the page's stylesheet aligns: the attribute is
 * deprecated, and the stylesheet's `text-align: start` would override it anyway.
 */
export function alignBlocks(tree: Root | Element): void {
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    const align = child.properties.align;
    if (textBlocks.has(child.tagName) && align !== undefined) {
      delete child.properties.align;
      const side = typeof align === 'string' ? sides[align.toLowerCase()] : undefined;
      if (side) child.properties.className = [...classNames(child), `align-${side}`];
    }
    alignBlocks(child);
  }
}

function classNames(element: Element): string[] {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}
