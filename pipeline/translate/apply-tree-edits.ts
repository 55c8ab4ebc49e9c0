import type { Definition, Html, Nodes, Root } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import type { DefinitionTarget, HtmlTarget } from '../extract/segment.js';
import { readHtmlMessage } from '../markdown/html-message.js';
import { htmlParts, spliceHtml, writeAttribute } from '../markdown/html-parts.js';
import { nodeAt } from '../markdown/node-at.js';

/** A translation that passed every rule, put in the tree outside a block's message: a definition's title, a part of raw HTML. */
export type TreeEdit = { target: DefinitionTarget | HtmlTarget; text: string };

/** A run of text in raw HTML published in the source language, and the attributes that say so (`lang="en"`). */
export interface SourceRun {
  target: HtmlTarget;
  properties: Readonly<Record<string, string>>;
}

declare module 'mdast' {
  interface HtmlData {
    /** The HTML as the preview shows it, its runs left in the source language marked (`applyTreeEdits`). */
    preview?: string;
  }
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
function translateHtml(value: string, edits: ReadonlyArray<{ part: number; text: string }>, sourceRuns: readonly SourceRun[]): { value: string; preview: string } {
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
  // On the element the run fills (`<figcaption lang="en">`), else on a `<span>` around it.
  const marks = sourceRuns.flatMap(({ target, properties }) => {
    const source = parts[target.part];
    if (source?.type !== 'text') return [];
    const attributes = Object.entries(properties).map(([name, property]) => ` ${writeAttribute(name, property)}`).join('');
    const opening = (source.owner?.data as { position?: { opening?: { end: { offset?: number } } } } | undefined)?.position?.opening?.end.offset;
    if (opening !== undefined && source.owner?.properties.lang === undefined) return [{ start: opening - 1, end: opening - 1, text: attributes }];
    const written = value.slice(source.start, source.end);
    const text = written.trim();
    const start = source.start + written.indexOf(text);
    return [{ start, end: start + text.length, text: `<span${attributes}>${text}</span>` }];
  });
  return { value: spliceHtml(value, replacements), preview: spliceHtml(value, [...replacements, ...marks]) };
}

/**
 * Puts the accepted translations of definition titles and raw HTML parts in a translated tree;
 * the runs of raw HTML left in the source language (`sourceRuns`) get their `lang` on the
 * element they fill, else on a `<span>` around them, in the HTML the preview shows (`data.preview`), the Markdown edition unchanged.
 */
export function applyTreeEdits(tree: Root, edits: readonly TreeEdit[], sourceRuns: readonly SourceRun[] = []): void {
  const byHtml = new Map<Html, { edits: Array<{ part: number; text: string }>; sourceRuns: SourceRun[] }>();
  const of = (target: HtmlTarget) => {
    const html = htmlNode(nodeAt(tree, target.path), target.value, target.occurrence);
    if (html && !byHtml.has(html)) byHtml.set(html, { edits: [], sourceRuns: [] });
    return html ? byHtml.get(html) : undefined;
  };
  for (const { target, text } of edits) {
    if (target.type === 'definition') nodeAt<Definition>(tree, target.path).title = text;
    else of(target)?.edits.push({ part: target.part, text });
  }
  for (const run of sourceRuns) of(run.target)?.sourceRuns.push(run);
  for (const [node, changes] of byHtml) {
    const { value, preview } = translateHtml(node.value, changes.edits, changes.sourceRuns);
    node.value = value;
    if (preview !== value) node.data = { ...node.data, preview };
  }
}
