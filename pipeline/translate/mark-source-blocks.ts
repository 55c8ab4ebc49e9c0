import type { Nodes, Root } from 'mdast';
import type { SourceDocument } from '../extract/read-source.js';

/**
 * Marks each block of a translated tree that keeps its source text (a gap published with
 * `--allow-incomplete`) with the source's language, and its direction where it differs from the
 * edition's: `lang="en"` (and `dir="ltr"` in an Arabic page) on the HTML element, so that a
 * screen reader reads it in English and the browser lays it out left to right. The Markdown
 * edition is unchanged (remark-stringify writes no `data`).
 */
export function markSourceBlocks(tree: Root, document: SourceDocument, translated: ReadonlySet<number>, source: { locale: string; direction: 'ltr' | 'rtl' }, direction: 'ltr' | 'rtl'): void {
  for (const [index, segment] of document.segments.entries()) {
    if (segment.target.type !== 'block' || translated.has(index)) continue;
    let node: Nodes = tree;
    for (const at of segment.target.path) node = (node as Extract<Nodes, { children: unknown }>).children[at] as Nodes;
    const properties = { lang: source.locale, ...(source.direction === direction ? {} : { dir: source.direction }) };
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, ...properties } };
  }
}
