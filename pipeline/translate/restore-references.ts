import type { PhrasingContent } from 'mdast';
import type { Reference } from '../markdown/to-message.js';

/**
 * Turns the numbered references of a parsed message back into the source's links and
 * images: the URL always comes from the source, the title from its translation if any.
 */
export function restoreReferences(
  children: readonly PhrasingContent[],
  references: readonly Reference[],
  titles: ReadonlyMap<string, string>,
): PhrasingContent[] {
  const byLabel = new Map(references.map((reference) => [reference.label, reference]));
  const restore = (node: PhrasingContent): PhrasingContent => {
    if (node.type === 'linkReference' || node.type === 'imageReference') {
      const reference = byLabel.get(node.identifier);
      if (reference) {
        const title = titles.get(reference.label) ?? reference.title;
        if (node.type === 'imageReference') return { type: 'image', url: reference.url, title, alt: node.alt ?? '' };
        return { type: 'link', url: reference.url, title, children: node.children.map(restore) as never };
      }
    }
    if ('children' in node) return { ...node, children: node.children.map(restore) } as PhrasingContent;
    return node;
  };
  return children.map(restore);
}
