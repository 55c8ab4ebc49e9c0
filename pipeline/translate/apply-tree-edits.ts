import type { Definition, Html, Nodes, Root } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import type { DefinitionTarget, HtmlTarget } from '../extract/segment.js';
import { readHtmlMessage } from '../markdown/html-message.js';
import { htmlParts, spliceHtml, writeAttribute } from '../markdown/html-parts.js';

/** A translation that passed every rule, put in the tree outside a block's message: a definition's title, a part of raw HTML. */
export type TreeEdit = { target: DefinitionTarget | HtmlTarget; text: string };

function nodeAt(tree: Root, path: readonly number[]): Nodes {
  let node: Nodes = tree;
  for (const index of path) node = (node as Extract<Nodes, { children: unknown }>).children[index] as Nodes;
  return node;
}

/** The `occurrence`-th html node of a value in a node (itself included), in document order. */
function htmlNode(node: Nodes, value: string, occurrence: number): Html | undefined {
  const found: Html[] = [];
  const pending: Nodes[] = [node];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next.type === 'html' && next.value === value) found.push(next);
    const children: readonly Nodes[] = 'children' in next ? next.children : [];
    for (let index = children.length - 1; index >= 0; index -= 1) pending.push(children[index] as Nodes);
  }
  return found[occurrence];
}

/**
 * Writes the translated parts of one piece of raw HTML back into it: the attributes first (on
 * the parsed source, so that a translated run takes its elements' translated attributes), then
 * each translated run, its elements with the source's attributes, serialised by
 * hast-util-to-html; the rest of the HTML, and every part translated as its source text, stays
 * byte for byte as the source wrote it.
 */
function translateHtml(value: string, edits: ReadonlyArray<{ part: number; text: string }>): string {
  const parts = htmlParts(value);
  const replacements: Array<{ start: number; end: number; text: string }> = [];
  for (const { part, text } of edits) {
    const source = parts[part];
    if (source?.type === 'attribute') source.element.properties[source.property] = text;
  }
  for (const { part, text } of edits) {
    const source = parts[part];
    // A run translated as its own message stays as written (`&amp;`, `&nbsp;`, `&lt;` and all).
    if (source?.type !== 'text' || text === source.message) continue;
    const message = readHtmlMessage(text, source.nodes);
    if (!message.ok) continue;
    const written = value.slice(source.start, source.end);
    const leading = written.slice(0, written.length - written.trimStart().length);
    const trailing = written.slice(written.trimEnd().length);
    replacements.push({ start: source.start, end: source.end, text: `${leading}${toHtml({ type: 'root', children: message.nodes })}${trailing}` });
  }
  for (const { part, text } of edits) {
    const source = parts[part];
    if (source?.type !== 'attribute' || text === source.value || replacements.some((run) => run.start <= source.start && source.end <= run.end)) continue;
    replacements.push({ start: source.start, end: source.end, text: writeAttribute(source.name, text) });
  }
  return spliceHtml(value, replacements);
}

/** Puts the accepted translations of definition titles and raw HTML parts in a translated tree. */
export function applyTreeEdits(tree: Root, edits: readonly TreeEdit[]): void {
  const byHtml = new Map<Html, Array<{ part: number; text: string }>>();
  for (const { target, text } of edits) {
    const node = nodeAt(tree, target.path);
    if (target.type === 'definition') {
      (node as Definition).title = text;
      continue;
    }
    const html = htmlNode(node, target.value, target.occurrence);
    if (html) byHtml.set(html, [...(byHtml.get(html) ?? []), { part: target.part, text }]);
  }
  for (const [node, parts] of byHtml) node.value = translateHtml(node.value, parts);
}
