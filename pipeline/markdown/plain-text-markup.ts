import type { Nodes, Root } from 'mdast';
import { processor } from './processor.js';

/** Markup found in a plain text (a front-matter field, a title, an alt text) that its source does not have. */
export interface PlainTextMarkup {
  rule: 'markup' | 'html';
  /** What it is, for a person: `a heading (#)`, `HTML <script>`, `a line break`. */
  labels: string[];
  /** Where the first of them starts in the text. */
  index: number;
}

const lineBreak = /[\r\n\u0085\u2028\u2029]/;

/**
 * A text that cannot hold any Markdown or HTML structure: no character that opens inline
 * markup, no line break, no block marker at its start. Most fields are such, and are not parsed.
 */
const mayHoldMarkup = /[`*_~[\]<>#|$\\\r\n\u0085\u2028\u2029]|^\s*(?:[-+=>]|\d{1,9}[.)])|^(?: {4}|\t)/;

interface Item {
  rule: PlainTextMarkup['rule'];
  signature: string;
  label: string;
  index: number;
}

const blockLabels: Record<string, string> = {
  heading: 'a heading (#)',
  list: 'a list (-, *, + or 1.)',
  blockquote: 'a block quote (>)',
  code: 'a code block',
  thematicBreak: 'a thematic break (---)',
  table: 'a table',
  definition: 'a link reference definition ([…]: …)',
  footnoteDefinition: 'a footnote definition ([^…]: …)',
  yaml: 'front matter (---)',
  math: 'a math block ($$)',
  emphasis: 'emphasis (*…*)',
  strong: 'strong emphasis (**…**)',
  delete: 'strikethrough (~~…~~)',
  inlineCode: 'inline code (`…`)',
  inlineMath: 'math ($$…$$)',
  break: 'a hard line break',
  image: 'an image (![…](…))',
  imageReference: 'an image (![…][…])',
  linkReference: 'a link ([…][…])',
  footnoteReference: 'a footnote reference ([^…])',
};

/** Nodes named by their container: a list item by its list, a row or cell by its table. */
const partOfTheirContainer: ReadonlySet<string> = new Set(['listItem', 'tableRow', 'tableCell']);

/** The tags of a piece of raw HTML, for a person: `<script>, <img>`, or `<!--…-->`; anything else as written. */
function htmlTags(value: string): string {
  const tags = [...new Set([...value.matchAll(/<\/?([A-Za-z][\w-]*)/g)].map((match) => `<${(match[1] as string).toLowerCase()}>`))];
  if (tags.length > 0) return tags.join(', ');
  return value.startsWith('<!--') ? '<!--…-->' : value.slice(0, 20);
}

/** Every piece of structure a plain text parses into, as Markdown: what a site that renders it (Hugo's `markdownify`, Jekyll's) would show as markup. */
function itemsOf(text: string): Item[] {
  if (!mayHoldMarkup.test(text)) return [];
  const items: Item[] = [];
  const root = processor.parse(text) as Root;
  const paragraphs = root.children.filter((node) => node.type === 'paragraph');
  // A paragraph after the first at the top level: a blank line made two of the text.
  for (const paragraph of paragraphs.slice(1)) items.push({ rule: 'markup', signature: 'paragraph', label: 'a blank line (a second paragraph)', index: paragraph.position?.start.offset ?? 0 });
  const visit = (node: Nodes): void => {
    const index = node.position?.start.offset ?? 0;
    if (node.type === 'root' || node.type === 'paragraph' || node.type === 'text') {
      // Text, in one paragraph or more (counted above), is what a plain text is made of.
    } else if (node.type === 'html') {
      items.push({ rule: 'html', signature: `html:${node.value}`, label: htmlTags(node.value), index });
    } else if (node.type === 'link') {
      const opening = text.charAt(index);
      // A bare address (GFM's autolink literal) is text a reader sees as written: the `urls` and `emails` rules compare those.
      if (opening === '[' || opening === '<') items.push({ rule: 'markup', signature: 'link', label: opening === '[' ? 'a link ([…](…))' : 'a link (<…>)', index });
    } else if (!partOfTheirContainer.has(node.type)) {
      // A node type not named here is still structure: reported, never let through.
      items.push({ rule: 'markup', signature: node.type, label: blockLabels[node.type] ?? `Markdown (${node.type})`, index });
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(root);
  return items;
}

/**
 * What a translation of a plain text adds to it as markup: a line break where the source has
 * none, and any Markdown or HTML structure the source's text does not have (a heading, a
 * list, emphasis, a link, a tag…). Compared as multisets, grouped by rule, in text order.
 */
export function plainTextMarkup(source: string, translation: string): PlainTextMarkup[] {
  const extra: Item[] = [];
  const breakAt = lineBreak.exec(translation);
  if (breakAt && !lineBreak.test(source)) extra.push({ rule: 'markup', signature: 'line break', label: 'a line break', index: breakAt.index });
  const counts = new Map<string, number>();
  for (const item of itemsOf(source)) counts.set(item.signature, (counts.get(item.signature) ?? 0) + 1);
  for (const item of itemsOf(translation)) {
    const left = counts.get(item.signature) ?? 0;
    if (left > 0) counts.set(item.signature, left - 1);
    else extra.push(item);
  }
  const byRule = new Map<PlainTextMarkup['rule'], PlainTextMarkup>();
  for (const item of extra.sort((a, b) => a.index - b.index)) {
    const found = byRule.get(item.rule) ?? { rule: item.rule, labels: [], index: item.index };
    byRule.set(item.rule, found);
    for (const label of item.rule === 'html' ? item.label.split(', ') : [item.label]) if (!found.labels.includes(label)) found.labels.push(label);
  }
  // Tags are named together: "HTML <script>, <img>".
  return [...byRule.values()].map((found) => (found.rule === 'html' ? { ...found, labels: [`HTML ${found.labels.join(', ')}`] } : found));
}
