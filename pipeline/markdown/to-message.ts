import type { Image, Link, Nodes, PhrasingContent } from 'mdast';
import type { MessageContext } from './message-context.js';
import { processor } from './processor.js';

/** A URL taken out of a message: the message shows `[text][label]` or `![alt][label]` instead. */
export interface Reference {
  label: string;
  kind: 'link' | 'image';
  url: string;
  title: string | null;
  /**
   * For an autolink (`<https://…>`, `<a@b.example>`, `www.…`), whose visible text is the
   * address itself: that text, which the translation must keep exactly.
   */
  locked?: string;
}

/** A block's inline content as the translator sees it, and the URLs kept out of it. */
export interface Message {
  text: string;
  references: Reference[];
}

/**
 * Serialises inline content to a Markdown message, replacing every link and image
 * destination by a numbered reference so that translators never touch a URL.
 */
export function toMessage(children: readonly PhrasingContent[], context: MessageContext): Message {
  const references: Reference[] = [];
  let counter = 0;
  const nextLabel = (): string => {
    do counter += 1;
    while (context.reserved.has(String(counter)));
    return String(counter);
  };
  const protect = (node: PhrasingContent): PhrasingContent => {
    if (node.type === 'link') {
      const label = nextLabel();
      const locked = autolinkText(node);
      references.push({ label, kind: 'link', url: node.url, title: node.title ?? null, ...(locked === undefined ? {} : { locked }) });
      return { type: 'linkReference', identifier: label, label, referenceType: 'full', children: node.children.map(protect) as Link['children'] };
    }
    if (node.type === 'image') {
      const label = nextLabel();
      references.push({ label, kind: 'image', url: node.url, title: (node as Image).title ?? null });
      return { type: 'imageReference', identifier: label, label, referenceType: 'full', alt: node.alt ?? '' };
    }
    if ('children' in node) return { ...node, children: node.children.map(protect) } as PhrasingContent;
    return node;
  };
  const paragraph = { type: 'paragraph', children: children.map(protect) } as const;
  const text = processor.stringify({ type: 'root', children: [paragraph] } as Nodes as never);
  return { text: text.replace(/\n$/, ''), references };
}

/** The visible text of a link that shows its own address, as autolinks do; undefined otherwise. */
function autolinkText(link: Link): string | undefined {
  const [only] = link.children;
  if (link.children.length !== 1 || only?.type !== 'text') return undefined;
  const text = only.value;
  return [text, `mailto:${text}`, `http://${text}`].includes(link.url) ? text : undefined;
}
