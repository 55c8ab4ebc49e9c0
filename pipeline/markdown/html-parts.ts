import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { fromHtml } from './html-parser.js';

/** The attributes a reader sees or hears, by hast property name, with their HTML names. */
export const readableAttributes: Readonly<Record<string, string>> = { alt: 'alt', title: 'title', ariaLabel: 'aria-label', placeholder: 'placeholder' };

/** Elements that stand inside a sentence: a run of them and text is one message. */
const phrasing = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'img', 'ins', 'kbd',
  'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
]);

/**
 * Elements whose content is not prose: scripts, styles, code blocks, embedded documents, and
 * the raw text elements (`xmp`, `plaintext`…), whose text an HTML parser never decodes, so that
 * text written back escaped (`&#x3C;`) would show its escapes.
 */
const opaque = new Set(['script', 'style', 'template', 'pre', 'textarea', 'noscript', 'svg', 'math', 'iframe', 'object', 'xmp', 'plaintext', 'noembed', 'noframes']);

/** One translatable part of a piece of raw HTML, with its place as offsets into that HTML. */
export type HtmlPart =
  | {
      type: 'text';
      /** The element the text stands in (`figcaption`, `summary`, `p`…; `''` at the top level). */
      container: string;
      start: number;
      end: number;
      /** 1-based line in the HTML. */
      line: number;
      /** The run of text and phrasing elements, as parsed. */
      nodes: ElementContent[];
      /** The run as a translator sees it: its elements without their attributes. */
      message: string;
      /** The element whose whole content the run is (white space and comments aside), if any: the run's `<figcaption>`. */
      owner: Element | null;
    }
  | {
      type: 'attribute';
      /** The attribute's HTML name (`alt`, `aria-label`). */
      name: string;
      /** Its hast property name (`alt`, `ariaLabel`). */
      property: string;
      /** The element that carries it, in the tree `htmlParts` parsed. */
      element: Element;
      start: number;
      end: number;
      line: number;
      value: string;
    };

const hasLetters = (text: string): boolean => /\p{L}/u.test(text);

/** The HTML's tree, with the place of every attribute (hast-util-from-html's `verbose`). */
export function parseHtml(value: string): HastRoot {
  return fromHtml(value, { fragment: true, verbose: true });
}

/** The text a reader reads in a run: its text nodes, code excluded. */
export function readableText(nodes: readonly RootContent[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.value : node.type === 'element' && node.tagName !== 'code' ? readableText(node.children) : '')).join('');
}

/** A copy of a run without any attribute, as its message shows it. */
function withoutAttributes(nodes: readonly ElementContent[]): ElementContent[] {
  return nodes.map((node) => (node.type === 'element' ? { ...node, properties: {}, children: withoutAttributes(node.children) } : node));
}

/** The message of a run: its elements written without attributes, the surrounding white space trimmed. */
export function runMessage(nodes: readonly ElementContent[]): string {
  return toHtml({ type: 'root', children: withoutAttributes(nodes) }).trim();
}

function attributes(element: Element, parts: HtmlPart[]): void {
  const places = (element.data as { position?: { properties?: Record<string, { start: { offset?: number; line: number }; end: { offset?: number } } | undefined> } } | undefined)
    ?.position?.properties;
  for (const [property, name] of Object.entries(readableAttributes)) {
    const value = element.properties[property];
    const place = places?.[property];
    if (typeof value !== 'string' || !hasLetters(value) || place?.start.offset === undefined || place.end.offset === undefined) continue;
    parts.push({ type: 'attribute', name, property, element, start: place.start.offset, end: place.end.offset, line: place.start.line, value });
  }
}

function attributesWithin(nodes: readonly ElementContent[], parts: HtmlPart[]): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    attributes(node, parts);
    if (!opaque.has(node.tagName)) attributesWithin(node.children, parts);
  }
}

function addRun(parent: HastRoot | Element, run: ElementContent[], parts: HtmlPart[]): void {
  attributesWithin(run, parts);
  const first = run[0]?.position;
  const last = run.at(-1)?.position;
  if (!hasLetters(readableText(run)) || first?.start.offset === undefined || last?.end.offset === undefined) return;
  const whole = parent.type === 'element' && parent.children.every((child) => run.includes(child as ElementContent) || child.type === 'comment' || (child.type === 'text' && child.value.trim() === ''));
  const container = parent.type === 'element' ? parent.tagName : '';
  parts.push({ type: 'text', container, start: first.start.offset, end: last.end.offset, line: first.start.line, nodes: run, message: runMessage(run), owner: whole ? parent : null });
}

function walk(node: HastRoot | Element, parts: HtmlPart[]): void {
  let run: ElementContent[] = [];
  for (const child of node.children) {
    if (child.type === 'text' || (child.type === 'element' && phrasing.has(child.tagName))) {
      run.push(child);
      continue;
    }
    addRun(node, run, parts);
    run = [];
    if (child.type !== 'element') continue;
    attributes(child, parts);
    if (!opaque.has(child.tagName)) walk(child, parts);
  }
  addRun(node, run, parts);
}

/**
 * The translatable parts of a piece of raw HTML (an HTML block, or one inline tag), in reading
 * order: each run of text and phrasing elements that holds words (a caption, a summary, a
 * paragraph of an embedded post) and each attribute a reader sees or hears (`alt`, `title`,
 * `aria-label`, `placeholder`). Scripts, styles, code blocks and comments are not text.
 */
export function htmlParts(value: string): HtmlPart[] {
  const parts: HtmlPart[] = [];
  walk(parseHtml(value), parts);
  return parts.sort((a, b) => a.start - b.start);
}

/** An attribute written with its value, quoted and escaped. */
export function writeAttribute(name: string, value: string): string {
  return `${name}="${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`;
}

/** A piece of HTML with some of its ranges replaced; the ranges do not overlap. */
export function spliceHtml(value: string, replacements: ReadonlyArray<{ start: number; end: number; text: string }>): string {
  let out = value;
  for (const { start, end, text } of [...replacements].sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/**
 * An inline HTML tag as a message shows it: a start tag without its attributes (`<abbr>`,
 * `<img />`), so that a translator never sees a URL, a class or a title the catalog has a key
 * for; an end tag, a comment, or a tag the parser drops in a fragment (`<body>`), as written (the
 * `html` rule still keeps it exactly).
 */
export function bareTag(value: string): string {
  if (!value.startsWith('<') || value.startsWith('</') || value.startsWith('<!')) return value;
  const [only, ...rest] = parseHtml(value).children;
  if (only?.type !== 'element' || rest.length > 0 || Object.keys(only.properties).length === 0) return value;
  return `<${only.tagName}${value.endsWith('/>') ? ' /' : ''}>`;
}
