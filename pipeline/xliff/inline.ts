import type { PhrasingContent } from 'mdast';
import type { InlineType } from '../markdown/inline-nodes.js';
import { processor } from '../markdown/processor.js';

/** What an inline element of a message is, as CAT tools see it (`element`: an HTML element around text, in a run of HTML). */
export type PairKind = 'emphasis' | 'strong' | 'delete' | 'link' | 'image' | 'element';
export type SingleKind = 'code' | 'html' | 'math' | 'footnote' | 'break';

/**
 * A message as XLIFF inline content: text, paired elements around text (with the tags a CAT
 * tool may show for them, `disp`, XLIFF 2.0's `dispStart`/`dispEnd`), and stand-alone ones.
 */
export type Inline = string | { id: string; pair: PairKind; children: Inline[]; disp?: { start: string; end: string } } | { id: string; single: SingleKind; native: string };

/** Whether an inline kind is an element paired around text. */
export function isPairKind(kind: string): kind is PairKind {
  return ['emphasis', 'strong', 'delete', 'link', 'image', 'element'].includes(kind);
}

/** A bad XLIFF target: an element that is not the source's, or used as the wrong kind. */
export class InlineError extends Error {}

/** An inline element as XLIFF has it: paired around text, or standing alone. */
type XliffElement = { pair: PairKind } | { single: SingleKind };

/** Each inline node type of the table as XLIFF has it: text is text, everything else an element. */
const xliffElements: { readonly [T in InlineType]: T extends 'text' ? null : XliffElement } = {
  text: null,
  emphasis: { pair: 'emphasis' },
  strong: { pair: 'strong' },
  delete: { pair: 'delete' },
  link: { pair: 'link' },
  linkReference: { pair: 'link' },
  image: { pair: 'image' },
  imageReference: { pair: 'image' },
  inlineCode: { single: 'code' },
  html: { single: 'html' },
  inlineMath: { single: 'math' },
  footnoteReference: { single: 'footnote' },
  break: { single: 'break' },
};

/** The XLIFF element a node is (null for text); a type the table does not list cannot go into XLIFF. */
function elementOf(node: PhrasingContent): XliffElement | null {
  if (!Object.hasOwn(xliffElements, node.type)) throw new InlineError(`tarjama cannot put the inline node "${node.type}" into XLIFF`);
  return xliffElements[node.type as InlineType];
}

function kindOf(element: XliffElement | null): PairKind | SingleKind | undefined {
  return element === null ? undefined : 'pair' in element ? element.pair : element.single;
}

/** The Markdown a stand-alone element stands for: what a CAT tool shows and must not edit. */
function native(node: PhrasingContent): string {
  if (node.type === 'break') return '\n';
  return processor.stringify({ type: 'root', children: [{ type: 'paragraph', children: [node] }] } as never).replace(/\n$/, '');
}

/** What makes two elements the same one: a link by its reference, code by its value… */
function identity(node: PhrasingContent): string {
  if (node.type === 'linkReference' || node.type === 'imageReference' || node.type === 'footnoteReference') return `${node.type}:${node.identifier}`;
  if (node.type === 'inlineCode' || node.type === 'html' || node.type === 'inlineMath') return `${node.type}:${node.value}`;
  return node.type;
}

/**
 * Gives each element of a message its id: the source's are numbered 1, 2, 3… in order
 * (`source` undefined); a target's take the id of a source element with the same identity,
 * each once, and an element the source lacks is an error that shows it (`shown`).
 */
export function elementIds<N>(identityOf: (node: N) => string, shown: (node: N) => string, source?: ReadonlyMap<string, N>): (node: N) => string {
  const free = source ? [...source].map(([id, node]) => ({ id, key: identityOf(node) })) : [];
  let counter = 0;
  return (node) => {
    if (!source) return String((counter += 1));
    const index = free.findIndex((candidate) => candidate.key === identityOf(node));
    if (index < 0) throw new InlineError(`the translation has ${shown(node)}, which the source does not`);
    const [taken] = free.splice(index, 1);
    return (taken as { id: string }).id;
  };
}

/**
 * Turns a message's inline mdast into XLIFF inline content. The source numbers its elements
 * 1, 2, 3… in order (`ids` undefined); a target takes the id of the source element each of its
 * elements stands for (`ids` from the source), so a CAT tool pairs them.
 */
export function toInline(children: readonly PhrasingContent[], source?: ReadonlyMap<string, PhrasingContent>): { inline: Inline[]; elements: Map<string, PhrasingContent> } {
  const elements = new Map<string, PhrasingContent>();
  const idFor = elementIds(identity, (node) => native(node) || node.type, source);
  const convert = (nodes: readonly PhrasingContent[]): Inline[] =>
    nodes.map((node): Inline => {
      if (node.type === 'text') return node.value;
      const element = elementOf(node) as XliffElement;
      const id = idFor(node);
      elements.set(id, node);
      if ('single' in element) return { id, single: element.single, native: native(node) };
      const inner: PhrasingContent[] = node.type === 'image' || node.type === 'imageReference' ? [{ type: 'text', value: node.alt ?? '' }] : 'children' in node ? (node.children as PhrasingContent[]) : [];
      return { id, pair: element.pair, children: convert(inner) };
    });
  return { inline: convert(children), elements };
}

/**
 * Turns XLIFF inline content back into inline mdast, taking every element from the source
 * by its id: the target decides only the text and where the elements go.
 */
export function fromInline(inline: readonly Inline[], source: ReadonlyMap<string, PhrasingContent>): PhrasingContent[] {
  return inline.map((item): PhrasingContent => {
    if (typeof item === 'string') return { type: 'text', value: item };
    const node = source.get(item.id);
    if (!node) throw new InlineError(`the target has an inline element with id "${item.id}", which the source does not have`);
    const element = elementOf(node);
    if ('single' in item) {
      if (element === null || !('single' in element) || element.single !== item.single) throw new InlineError(`inline element ${item.id} is ${kindOf(element)} in the source, not ${item.single}`);
      return structuredClone(node);
    }
    if (element === null || !('pair' in element) || element.pair !== item.pair) throw new InlineError(`inline element ${item.id} is ${kindOf(element)} in the source, not ${item.pair}`);
    const children = fromInline(item.children, source);
    if (node.type === 'image' || node.type === 'imageReference') return { ...structuredClone(node), alt: children.map((child) => ('value' in child ? child.value : '')).join('') };
    return { ...structuredClone(node), children } as PhrasingContent;
  });
}
