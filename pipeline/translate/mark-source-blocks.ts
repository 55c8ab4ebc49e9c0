import type { Nodes, Root } from 'mdast';
import type { SourceDocument } from '../extract/read-source.js';
import type { SourceRun, TreeEdit } from './apply-tree-edits.js';

/**
 * Marks each block of a translated tree that keeps its source text (a gap published with
 * `--allow-incomplete`) with the source's language, and its direction where it differs from the
 * edition's: `lang="en"` (and `dir="ltr"` in an Arabic page) on the HTML element, so that a
 * screen reader reads it in English and the browser lays it out left to right. The Markdown
 * edition is unchanged (remark-stringify writes no `data`). Returns the runs of text inside raw
 * HTML that keep their source text (none of `edits` translates them), for `applyTreeEdits` to
 * mark the same way as it writes that HTML.
 */
export function markSourceBlocks(
  tree: Root,
  document: SourceDocument,
  translated: { blocks: ReadonlySet<number>; edits: readonly TreeEdit[] },
  source: { locale: string; direction: 'ltr' | 'rtl' },
  direction: 'ltr' | 'rtl',
): SourceRun[] {
  const properties = { lang: source.locale, ...(source.direction === direction ? {} : { dir: source.direction }) };
  const edited = new Set(translated.edits.map(({ target }) => target));
  const runs: SourceRun[] = [];
  for (const [index, segment] of document.segments.entries()) {
    const { target } = segment;
    if (target.type === 'html' && !target.attribute && !edited.has(target)) runs.push({ target, properties });
    if (target.type !== 'block' || translated.blocks.has(index)) continue;
    let node: Nodes = tree;
    for (const at of target.path) node = (node as Extract<Nodes, { children: unknown }>).children[at] as Nodes;
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, ...properties } };
  }
  return runs;
}
