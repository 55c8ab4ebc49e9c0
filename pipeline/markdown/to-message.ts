import type { Link, Nodes, Paragraph, PhrasingContent } from 'mdast';
import { bareTag } from './html-parts.js';
import { transformInline, type InlineTransform } from './inline-nodes.js';
import type { MessageContext } from './message-context.js';
import { plainMessage } from './plain-message.js';
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
 * destination by a numbered reference, and writing inline HTML tags without their attributes,
 * so that translators never touch a URL.
 */
export function toMessage(children: readonly PhrasingContent[], context: MessageContext): Message {
  const { paragraph, references } = protectMessage(children, context);
  return { text: writeMessages([paragraph])[0] as string, references };
}

/**
 * Writes the paragraphs `protectMessage` made — all the blocks of a document — in one
 * remark-stringify pass, which costs far less than one document each (its set-up dominates a
 * short paragraph). A paragraph is written the same wherever it stands (blocks are joined by
 * a blank line and a paragraph never holds one); if the output does not split into as many
 * paragraphs, each is written alone. A paragraph of plain text needs no writing (`plainText`).
 */
export function writeMessages(paragraphs: readonly Paragraph[]): string[] {
  const plain = paragraphs.map(plainText);
  const written = writeTogether(paragraphs.filter((_, index) => plain[index] === null));
  let next = 0;
  return plain.map((text) => text ?? (written[next++] as string));
}

/**
 * A paragraph that is one text node with no syntax in it (`plainMessage`) is written as
 * that text: remark-stringify has nothing to escape in it.
 */
function plainText(paragraph: Paragraph): string | null {
  const [only] = paragraph.children;
  return paragraph.children.length === 1 && only?.type === 'text' && plainMessage(only.value) ? only.value : null;
}

function writeTogether(paragraphs: readonly Paragraph[]): string[] {
  const alone = (): string[] => paragraphs.map((paragraph) => stringify([paragraph]));
  const texts = paragraphs.length > 1 ? stringify(paragraphs).split('\n\n') : alone();
  return texts.length === paragraphs.length ? texts : alone();
}

function stringify(paragraphs: readonly Paragraph[]): string {
  return processor.stringify({ type: 'root', children: paragraphs } as Nodes as never).replace(/\n$/, '');
}

/** The walk of `protectMessage`: the references taken out so far, and the next free label. */
interface Protect {
  references: Reference[];
  nextLabel(): string;
}

/** Links and images become numbered references, inline HTML tags bare tags (`<abbr>`); everything else is copied around them. */
const protectAll: InlineTransform<Protect> = transformInline<Protect>({
  link: (node, state) => {
    const label = state.nextLabel();
    const locked = autolinkText(node);
    state.references.push({ label, kind: 'link', url: node.url, title: node.title ?? null, ...(locked === undefined ? {} : { locked }) });
    return { type: 'linkReference', identifier: label, label, referenceType: 'full', children: protectAll(node.children, state) as Link['children'] };
  },
  image: (node, state) => {
    const label = state.nextLabel();
    state.references.push({ label, kind: 'image', url: node.url, title: node.title ?? null });
    return { type: 'imageReference', identifier: label, label, referenceType: 'full', alt: node.alt ?? '' };
  },
  html: (node) => ({ ...node, value: bareTag(node.value) }),
});

/** The paragraph of a message, its links and images turned into numbered references. */
export function protectMessage(children: readonly PhrasingContent[], context: MessageContext): { paragraph: Paragraph; references: Reference[] } {
  const references: Reference[] = [];
  let counter = 0;
  const nextLabel = (): string => {
    do counter += 1;
    while (context.reserved.has(String(counter)));
    return String(counter);
  };
  return { paragraph: { type: 'paragraph', children: protectAll(children, { references, nextLabel }) }, references };
}

/** The visible text of a link that shows its own address, as autolinks do; undefined otherwise. */
function autolinkText(link: Link): string | undefined {
  const [only] = link.children;
  if (link.children.length !== 1 || only?.type !== 'text') return undefined;
  const text = only.value;
  return [text, `mailto:${text}`, `http://${text}`].includes(link.url) ? text : undefined;
}
