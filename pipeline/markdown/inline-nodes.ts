import type { PhrasingContent } from 'mdast';
import { TarjamaError } from '../util/tarjama-error.js';

/**
 * What an inline node is to a walker over a message:
 * - `text`: prose, the words a translator writes;
 * - `container`: markup around inline children (emphasis, strong, strikethrough);
 * - `link`: a container that points somewhere, by URL (`link`) or by label (`linkReference`);
 * - `image`: a leaf whose description (`alt`) is prose, by URL (`image`) or by label (`imageReference`);
 * - `literal`: a value copied exactly and never translated (inline code, HTML, math);
 * - `reference`: a leaf that stands for a footnote by its label;
 * - `break`: a hard line break.
 */
export type InlineKind = 'text' | 'container' | 'link' | 'image' | 'literal' | 'reference' | 'break';

/**
 * Every inline node type the processor makes (CommonMark, GFM, `$$` math) and its kind: the
 * one table every walker over inline mdast reads. TypeScript fails here when mdast's phrasing
 * content gains a type, and in every walker's handler map when this table does.
 */
export const inlineNodes = {
  text: 'text',
  emphasis: 'container',
  strong: 'container',
  delete: 'container',
  link: 'link',
  linkReference: 'link',
  image: 'image',
  imageReference: 'image',
  inlineCode: 'literal',
  html: 'literal',
  inlineMath: 'literal',
  footnoteReference: 'reference',
  break: 'break',
} as const satisfies Record<PhrasingContent['type'], InlineKind>;

/** An inline node type of the table. */
export type InlineType = keyof typeof inlineNodes;

/** The inline node of one type. */
export type InlineNode<T extends InlineType> = Extract<PhrasingContent, { type: T }>;

/** The inline nodes of one kind. */
export type InlineOfKind<K extends InlineKind> = InlineNode<{ [T in InlineType]: (typeof inlineNodes)[T] extends K ? T : never }[InlineType]>;

/** A walker's handler per inline node type, given the node and the walk's state. */
export type InlineHandlers<State, Result> = { readonly [T in InlineType]: (node: InlineNode<T>, state: State) => Result };

/** A walker's handler per inline kind, given the node (of that kind) and the walk's state. */
export type InlineKindHandlers<State, Result> = { readonly [K in InlineKind]: (node: InlineOfKind<K>, state: State) => Result };

/** The kind of an inline node; a type the table does not list is an error that names it. */
export function inlineKind(node: { type: string }): InlineKind {
  if (!Object.hasOwn(inlineNodes, node.type)) throw new TarjamaError(`tarjama does not know the inline node type "${node.type}"`);
  return inlineNodes[node.type as InlineType];
}

/** A handler per inline node type from a handler per kind: each type gets its kind's handler. */
export function byKind<State, Result>(handlers: InlineKindHandlers<State, Result>): InlineHandlers<State, Result> {
  return Object.fromEntries(Object.entries(inlineNodes).map(([type, kind]) => [type, handlers[kind]])) as unknown as InlineHandlers<State, Result>;
}

/** Runs the handler of a node's type; a type the table does not list is an error that names it. */
export function handleInline<State, Result>(handlers: InlineHandlers<State, Result>, node: PhrasingContent, state: State): Result {
  inlineKind(node);
  return (handlers[node.type as InlineType] as (node: PhrasingContent, state: State) => Result)(node, state);
}

/** A transform of inline content, node by node, with the walk's state. */
export type InlineTransform<State> = (nodes: readonly PhrasingContent[], state: State) => PhrasingContent[];

/** A visit of inline content, node by node, with the walk's state. */
export type InlineVisit<State> = (nodes: readonly PhrasingContent[], state: State) => void;

const same = <Node>(node: Node): Node => node;

/**
 * A transform of inline content: the handlers given for some node types, and for every other
 * type a copy — markup (containers and links) rebuilt around its transformed children, a leaf
 * as it is.
 */
export function transformInline<State>(handlers: Partial<InlineHandlers<State, PhrasingContent>>): InlineTransform<State> {
  const all: InlineHandlers<State, PhrasingContent> = {
    ...byKind<State, PhrasingContent>({
      text: same,
      container: (node, state) => ({ ...node, children: transform(node.children, state) }) as PhrasingContent,
      link: (node, state) => ({ ...node, children: transform(node.children, state) }) as PhrasingContent,
      image: same,
      literal: same,
      reference: same,
      break: same,
    }),
    ...handlers,
  };
  const transform: InlineTransform<State> = (nodes, state) => nodes.map((node) => handleInline(all, node, state));
  return transform;
}

/**
 * A visit of inline content in document order: the handlers given for some node types, and for
 * every other type a visit of its children (markup: containers and links) or nothing (a leaf).
 */
export function visitInline<State>(handlers: Partial<InlineHandlers<State, void>>): InlineVisit<State> {
  const nothing = (): void => {};
  const all: InlineHandlers<State, void> = {
    ...byKind<State, void>({
      text: nothing,
      container: (node, state) => visit(node.children, state),
      link: (node, state) => visit(node.children, state),
      image: nothing,
      literal: nothing,
      reference: nothing,
      break: nothing,
    }),
    ...handlers,
  };
  const visit: InlineVisit<State> = (nodes, state) => {
    for (const node of nodes) handleInline(all, node, state);
  };
  return visit;
}
