import type { Element, Root } from 'hast';

/** GFM's column alignment, as the side of the line: mirrored in a right-to-left page, as the table's columns are. */
const sides: Record<string, string> = { left: 'start', center: 'center', right: 'end', justify: 'justify' };

/**
 * Turns the `align` attribute remark-rehype gives table cells (HTML 4, deprecated, and
 * overridden by any stylesheet) into an `align-start`, `align-center`, `align-end` (or `align-justify`) class that
 * the page's stylesheet aligns.
 */
export function alignCells(tree: Root | Element): void {
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    const align = child.properties.align;
    if ((child.tagName === 'td' || child.tagName === 'th') && align !== undefined) {
      delete child.properties.align;
      const side = typeof align === 'string' ? sides[align] : undefined;
      if (side) child.properties.className = [...classNames(child), `align-${side}`];
    }
    alignCells(child);
  }
}

function classNames(element: Element): string[] {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}
