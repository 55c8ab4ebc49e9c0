import type { Element, ElementContent, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { find, html } from 'property-information';
import { fromHtml } from './html-parser.js';
import { masked } from './mask-message.js';

/** A translated HTML run: its nodes with the source's attributes, or what its structure lacks or adds. */
export type HtmlMessage = { ok: true; nodes: ElementContent[] } | { ok: false; missing: string[]; extra: string[] };

interface Structure {
  /** Each element by its signature (its path of tag names; a `code` element with its content), in document order. */
  elements: Array<{ signature: string; element: Element }>;
  /** What the translation writes that its message never shows: attributes, comments, a doctype. */
  extra: string[];
}

function structure(nodes: readonly RootContent[], path = '', out: Structure = { elements: [], extra: [] }): Structure {
  for (const node of nodes) {
    if (node.type === 'comment') out.extra.push('an HTML comment <!--…-->');
    if (node.type === 'doctype') out.extra.push('a doctype');
    if (node.type !== 'element') continue;
    const code = node.tagName === 'code' ? `:${toHtml(node.children)}` : '';
    const signature = `${path}${node.tagName}${code}`;
    out.elements.push({ signature, element: node });
    for (const name of Object.keys(node.properties)) out.extra.push(`the attribute ${find(html, name).attribute} on <${node.tagName}> (attributes are kept from the source)`);
    if (code === '') structure(node.children, `${signature}>`, out);
  }
  return out;
}

const tagOf = (signature: string): string => `<${signature.slice(signature.lastIndexOf('>') + 1).split(':')[0] ?? ''}>`;

/**
 * Reads a translation of an HTML run (its message: elements without attributes) against the
 * source's run. It must have the same elements (in any order), no attribute, no comment; then
 * each of its elements takes the attributes of the source element it stands for (the n-th of
 * its signature), so that nothing a translator types becomes live HTML.
 */
export function readHtmlMessage(translation: string, source: readonly ElementContent[]): HtmlMessage {
  const nodes = fromHtml(translation, { fragment: true }).children as ElementContent[];
  const own = structure(source);
  const theirs = structure(nodes);
  const counts = new Map<string, number>();
  for (const { signature } of own.elements) counts.set(signature, (counts.get(signature) ?? 0) + 1);
  for (const { signature } of theirs.elements) counts.set(signature, (counts.get(signature) ?? 0) - 1);
  const missing = [...new Set(own.elements.filter(({ signature }) => (counts.get(signature) ?? 0) > 0).map(({ signature }) => tagOf(signature)))];
  const extra = [...new Set([...theirs.elements.filter(({ signature }) => (counts.get(signature) ?? 0) < 0).map(({ signature }) => tagOf(signature)), ...theirs.extra])];
  if (missing.length > 0 || extra.length > 0) return { ok: false, missing, extra };
  const seen = new Map<string, number>();
  for (const { signature, element } of theirs.elements) {
    const nth = seen.get(signature) ?? 0;
    seen.set(signature, nth + 1);
    const from = own.elements.filter((candidate) => candidate.signature === signature)[nth]?.element;
    if (from) element.properties = structuredClone(from.properties);
  }
  return { ok: true, nodes };
}

function mapText(nodes: readonly ElementContent[], transform: (text: string) => string): ElementContent[] {
  return nodes.map((node) => {
    if (node.type === 'text') return { ...node, value: transform(node.value) };
    if (node.type === 'element' && node.tagName !== 'code') return { ...node, children: mapText(node.children, transform) };
    return node;
  });
}

/** An HTML run's message with a transform applied to its text only (its elements and code kept). */
export function transformHtmlText(message: string, transform: (text: string) => string): string {
  return toHtml({ type: 'root', children: mapText(fromHtml(message, { fragment: true }).children as ElementContent[], transform) });
}

function showText(nodes: readonly RootContent[], keep: boolean[]): void {
  for (const node of nodes) {
    const { start, end } = { start: node.position?.start.offset, end: node.position?.end.offset };
    if (node.type === 'text' && start !== undefined && end !== undefined) keep.fill(true, start, end);
    if (node.type === 'element' && node.tagName !== 'code') showText(node.children, keep);
  }
}

/** An HTML run's message as the content rules read it: its tags and code masked (`masked`), its text where it is. */
export function maskHtmlMessage(message: string): string {
  const keep = Array.from({ length: message.length }, () => false);
  showText(fromHtml(message, { fragment: true }).children, keep);
  return message
    .split('')
    .map((character, index) => (keep[index] ? character : masked))
    .join('');
}
