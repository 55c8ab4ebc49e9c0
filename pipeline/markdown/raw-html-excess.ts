import type { Html, Nodes } from 'mdast';

// Elements that never hold others, and those a start tag of the same name closes (`<p>a<p>b`).
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const selfClosing = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'rb', 'rt', 'rp']);
const comment = /<!--[\s\S]*?(?:-->|$)/g;
// A tag never spans a `<`, so that each match attempt stops at the next one (no quadratic scan).
const tag = /<(\/?)([A-Za-z][A-Za-z0-9-]*)(?:"[^"<]*"|'[^'<]*'|[^'"<>])*?(\/?)>/g;

/**
 * The first raw HTML node (in document order) at which the elements its tags open, counted
 * across the whole document, nest deeper than `maximum`; null when none does. The count follows
 * the tags as an HTML parser would, closely enough: an end tag closes up to its element, void
 * elements and `/>` open nothing, `<p>` and `<li>` close a previous one. It is what bounds the
 * preview, where rehype-raw re-parses the page with parse5 and its tree is then walked
 * recursively (hast-util-from-parse5, the sanitiser, the serialiser).
 */
export function rawHtmlExcess(tree: Nodes, maximum: number): Html | null {
  const open: string[] = [];
  const pending: Nodes[] = [tree];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (node.type === 'html') {
      for (const match of node.value.replace(comment, '').matchAll(tag)) {
        const name = (match[2] as string).toLowerCase();
        if (match[1] === '/') {
          const at = open.lastIndexOf(name);
          if (at >= 0) open.length = at;
        } else if (!voidElements.has(name) && match[3] !== '/') {
          if (selfClosing.has(name) && open.at(-1) === name) open.pop();
          open.push(name);
          if (open.length > maximum) return node;
        }
      }
    }
    const children: readonly Nodes[] = 'children' in node ? node.children : [];
    for (let index = children.length - 1; index >= 0; index -= 1) pending.push(children[index] as Nodes);
  }
  return null;
}
