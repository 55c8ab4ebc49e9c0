import type { PhrasingContent } from 'mdast';
import { bareTag } from '../markdown/html-parts.js';
import { transformInline, visitInline, type InlineTransform } from '../markdown/inline-nodes.js';
import type { MessageContext } from '../markdown/message-context.js';
import type { Reference } from '../markdown/to-message.js';

/** The walk of `restoreReferences`: the source's references by label, the translated titles, and the source's inline HTML tags by the bare tag their message shows, in order. */
interface Restore {
  byLabel: ReadonlyMap<string, Reference>;
  /** The source's definitions by the identifier a message's reference to them parses to (`MessageContext.labels`). */
  definitions: MessageContext['labels'];
  titles: ReadonlyMap<string, string>;
  tags: Map<string, string[]>;
}

/** The source's inline HTML tags, by the bare tag (`<abbr>`) its message shows, in document order. */
const collectTags = visitInline<Map<string, string[]>>({
  html: (node, tags) => {
    const bare = bareTag(node.value);
    tags.set(bare, [...(tags.get(bare) ?? []), node.value]);
  },
});

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
    return reference ? { type: 'link', ...reference, children: children as never } : { ...node, ...state.definitions.get(node.identifier), children: children as never };
  },
  imageReference: (node, state) => {
    const reference = referenceOf(node.identifier, state);
    return reference ? { type: 'image', ...reference, alt: node.alt ?? '' } : { ...node, ...state.definitions.get(node.identifier) };
  },
  html: (node, state) => {
    const original = state.tags.get(node.value)?.shift();
    return original === undefined ? node : { ...node, value: original };
  },
});

/**
 * Turns the numbered references of a parsed message back into the source's links and
 * images: the URL always comes from the source, the title from its translation if any; and its
 * bare inline HTML tags (`<abbr>`) back into the source block's (`source`) tags with their
 * attributes, the n-th of a bare tag taking the n-th of the source's. A reference to one of
 * the document's definitions takes the label the source writes (`definitions`, the context's
 * `labels`), so that the edition writes it as it writes the definition.
 */
export function restoreReferences(
  children: readonly PhrasingContent[],
  references: readonly Reference[],
  titles: ReadonlyMap<string, string>,
  source: readonly PhrasingContent[],
  definitions: MessageContext['labels'],
): PhrasingContent[] {
  const tags = new Map<string, string[]>();
  collectTags(source, tags);
  return restoreAll(children, { byLabel: new Map(references.map((reference) => [reference.label, reference])), definitions, titles, tags });
}
