import type { PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { handleInline, type InlineHandlers, type InlineOfKind } from './inline-nodes.js';
import type { Reference } from './to-message.js';

/** The rule a piece of inline structure belongs to when it differs between source and translation. */
export type StructureRule = 'markup' | 'links' | 'code' | 'html';

/** One structural element of a message: its nesting path, its rule and how to name it to a person. */
export interface SkeletonItem {
  signature: string;
  rule: StructureRule;
  label: string;
}

interface Known {
  references: ReadonlyMap<string, Reference>;
  /** Localised URLs a translation may link to instead of a reference, with that reference's label. */
  localized: ReadonlyMap<string, string>;
}

type Walk = Known & { path: string; out: SkeletonItem[] };

const container =
  (label: string) =>
  (node: InlineOfKind<'container'>, walk: Walk): void => {
    const signature = `${walk.path}${node.type}`;
    walk.out.push({ signature, rule: 'markup', label });
    walkAll(node.children, { ...walk, path: `${signature}>` });
  };

/** One handler per inline node type; text is free, everything else is structure. */
const handlers: InlineHandlers<Walk, void> = {
  text: () => {},
  emphasis: container('emphasis *…*'),
  strong: container('strong emphasis **…**'),
  delete: container('strikethrough ~~…~~'),
  break: (_node, { path, out }) => out.push({ signature: `${path}break`, rule: 'markup', label: 'a hard line break' }),
  inlineCode: (node, { path, out }) => out.push({ signature: `${path}code:${node.value}`, rule: 'code', label: `inline code \`${node.value}\`` }),
  inlineMath: (node, { path, out }) => out.push({ signature: `${path}math:${node.value}`, rule: 'code', label: `math $$${node.value}$$` }),
  html: (node, { path, out }) => out.push({ signature: `${path}html:${node.value}`, rule: 'html', label: `inline HTML ${node.value}` }),
  footnoteReference: (node, { path, out }) =>
    out.push({ signature: `${path}footnote:${node.identifier}`, rule: 'markup', label: `the footnote reference [^${node.label ?? node.identifier}]` }),
  link: (node, walk) => {
    const label = walk.localized.get(node.url);
    const signature = label === undefined ? `${walk.path}link:${node.url}` : `${walk.path}link[${label}]`;
    walk.out.push(label === undefined ? { signature, rule: 'links', label: `a link to ${node.url}` } : { signature, rule: 'markup', label: `the link […][${label}]` });
    walkAll(node.children, { ...walk, path: `${signature}>` });
  },
  image: (node, { path, out }) => out.push({ signature: `${path}image:${node.url}`, rule: 'links', label: `an image from ${node.url}` }),
  linkReference: (node, walk) => {
    const name = node.label ?? node.identifier;
    const own = walk.references.get(node.identifier);
    // The source always writes its own references in full, `[text][1]`: a bare `[1]` means a lost bracket.
    const bare = own !== undefined && node.referenceType !== 'full';
    const signature = `${walk.path}${own ? 'link' : 'ref'}[${node.identifier}]${bare ? ':bare' : ''}`;
    const label = bare ? `a bare [${name}] without link text (a lost "]"?)` : own ? `the link […][${name}]` : `the reference link […][${name}]`;
    walk.out.push({ signature, rule: 'markup', label });
    if (own?.locked !== undefined && !bare) {
      const text = toString(node);
      walk.out.push({ signature: `${signature}=${text}`, rule: 'links', label: `the address [${text}][${name}] (an address shown as the link text stays as written)` });
    }
    walkAll(node.children, { ...walk, path: `${signature}>` });
  },
  imageReference: (node, { path, out, references }) => {
    const name = node.label ?? node.identifier;
    const own = references.has(node.identifier);
    out.push({ signature: `${path}${own ? 'image' : 'imageref'}[${node.identifier}]`, rule: 'markup', label: `the image ![…][${name}]` });
  },
};

function walkAll(nodes: readonly PhrasingContent[], walk: Walk): void {
  for (const node of nodes) handleInline(handlers, node, walk);
}

/**
 * Lists the inline structure of a message: what a translation must keep, in any order.
 * `localized` maps URLs a translation may link to (config `localizedUrls`) to the label they stand for.
 */
export function inlineSkeleton(children: readonly PhrasingContent[], references: readonly Reference[], localized: ReadonlyMap<string, string> = new Map()): SkeletonItem[] {
  const out: SkeletonItem[] = [];
  walkAll(children, { path: '', out, references: new Map(references.map((reference) => [reference.label, reference])), localized });
  return out;
}

/** A difference between the source's and a translation's inline structure. */
export interface StructureDifference {
  rule: StructureRule;
  missing: string[];
  extra: string[];
}

/** Compares two skeletons as multisets and groups what is missing or extra by rule. */
export function compareSkeletons(source: readonly SkeletonItem[], translation: readonly SkeletonItem[]): StructureDifference[] {
  const counts = new Map<string, number>();
  for (const item of source) counts.set(item.signature, (counts.get(item.signature) ?? 0) + 1);
  for (const item of translation) counts.set(item.signature, (counts.get(item.signature) ?? 0) - 1);
  const byRule = new Map<StructureRule, StructureDifference>();
  const note = (item: SkeletonItem, side: 'missing' | 'extra'): void => {
    const difference = byRule.get(item.rule) ?? { rule: item.rule, missing: [], extra: [] };
    byRule.set(item.rule, difference);
    if (!difference[side].includes(item.label)) difference[side].push(item.label);
  };
  for (const item of source) if ((counts.get(item.signature) ?? 0) > 0) note(item, 'missing');
  for (const item of translation) if ((counts.get(item.signature) ?? 0) < 0) note(item, 'extra');
  return [...byRule.values()];
}
