import type { Nodes, Parent, Root } from 'mdast';

/**
 * The node a path of child indices leads to from the root (a segment's `target.path`). `T` is
 * what the caller knows stands there: a block segment's path leads to a node with inline content.
 */
export function nodeAt<T extends Nodes = Nodes>(tree: Root, path: readonly number[]): T {
  let node: Nodes = tree;
  for (const index of path) node = (node as Parent).children[index] as Nodes;
  return node as T;
}
