import type { PhrasingContent } from 'mdast';
import { transformInline, type InlineTransform } from '../markdown/inline-nodes.js';
import type { Reference } from '../markdown/to-message.js';

/** The walk of `restoreReferences`: the source's references by label, and the translated titles. */
interface Restore {
  byLabel: ReadonlyMap<string, Reference>;
  titles: ReadonlyMap<string, string>;
}

/** The source's reference a label stands for, with its title as translated. */
function referenceOf(identifier: string, state: Restore): { url: string; title: string | null } | undefined {
  const reference = state.byLabel.get(identifier);
  return reference && { url: reference.url, title: state.titles.get(reference.label) ?? reference.title };
}

/** A numbered reference becomes the source's link or image again; everything else is copied around it. */
const restoreAll: InlineTransform<Restore> = transformInline<Restore>({
  linkReference: (node, state) => {
    const reference = referenceOf(node.identifier, state);
    const children = restoreAll(node.children, state);
    return reference ? { type: 'link', ...reference, children: children as never } : { ...node, children: children as never };
  },
  imageReference: (node, state) => {
    const reference = referenceOf(node.identifier, state);
    return reference ? { type: 'image', ...reference, alt: node.alt ?? '' } : node;
  },
});

/**
 * Turns the numbered references of a parsed message back into the source's links and
 * images: the URL always comes from the source, the title from its translation if any.
 */
export function restoreReferences(children: readonly PhrasingContent[], references: readonly Reference[], titles: ReadonlyMap<string, string>): PhrasingContent[] {
  return restoreAll(children, { byLabel: new Map(references.map((reference) => [reference.label, reference])), titles });
}
