import type { Nodes, Root } from 'mdast';
import type { Processor } from 'unified';
import { NestingError } from './nesting-error.js';

/** How deep Markdown containers may nest. */
export interface Options {
  maximum: number;
}

// What a writer nests: a list and its item are one level, a paragraph or a table cell none
// (neither can hold itself).
const containers = new Set<Nodes['type']>(['blockquote', 'listItem', 'footnoteDefinition', 'emphasis', 'strong', 'delete', 'link', 'linkReference']);

/**
 * Refuses, with a `NestingError` at the first node past the limit, a document whose block
 * quotes, list items, footnotes, emphasis and links nest deeper than `maximum`. It runs as the
 * parse's first transform: micromark and the tree's construction loop without recursion, but
 * remark-gfm's transforms and tarjama's walkers recurse once or more per level.
 */
export function remarkNestingLimit(this: Processor, options: Options): undefined {
  const data = this.data();
  (data.fromMarkdownExtensions ??= []).push({ transforms: [(tree: Root) => assertNesting(tree, options.maximum)] });
}

function assertNesting(tree: Root, maximum: number): undefined {
  const pending: Array<{ node: Nodes; depth: number }> = [{ node: tree, depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const depth = next.depth + (containers.has(next.node.type) ? 1 : 0);
    if (depth > maximum) {
      const start = next.node.position?.start;
      throw new NestingError(
        `Markdown nested more than ${maximum} deep (block quotes, list items, footnotes, emphasis or links inside one another); flatten it: tarjama reads at most ${maximum} levels`,
        { line: start?.line, column: start?.column },
      );
    }
    // Children pushed last first, so that they come off in document order.
    const children: readonly Nodes[] = 'children' in next.node ? next.node.children : [];
    for (let index = children.length - 1; index >= 0; index -= 1) pending.push({ node: children[index] as Nodes, depth });
  }
  return undefined;
}
