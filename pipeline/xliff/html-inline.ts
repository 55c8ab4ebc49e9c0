import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { fromHtml } from '../markdown/html-parser.js';
import { elementIds, InlineError, type Inline } from './inline.js';

/** HTML's void elements, which hold no text (`<br>`, `<img>`). */
const voids = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** A void element, and code, which a translator does not translate: placeholders. */
const alone = (node: ElementContent): boolean => node.type === 'element' && (node.tagName === 'code' || voids.has(node.tagName));

const shown = (node: ElementContent): string => (node.type === 'element' && !alone(node) ? `<${node.tagName}>` : toHtml(node));

/** Which source element a translation's element stands for: the same tag (a placeholder: the same HTML). */
const identity = (node: ElementContent): string => (node.type === 'element' && !alone(node) ? `element:${node.tagName}` : `html:${toHtml(node)}`);

/**
 * Turns the message of a run of HTML (its elements without attributes: `See <a>the photos</a>`)
 * into XLIFF inline content: an element around text is paired (1.2 `<g>`, 2.0 `<pc>`), code and
 * an element without content stand alone, a comment too. The source numbers its elements
 * (`source` undefined); a target takes the ids of the source's elements, as `toInline` does.
 */
export function htmlToInline(message: string, source?: ReadonlyMap<string, ElementContent>): { inline: Inline[]; elements: Map<string, ElementContent> } {
  const elements = new Map<string, ElementContent>();
  const idFor = elementIds(identity, shown, source);
  const convert = (nodes: readonly ElementContent[]): Inline[] =>
    nodes.map((node): Inline => {
      if (node.type === 'text') return node.value;
      const id = idFor(node);
      elements.set(id, node);
      if (node.type === 'element' && !alone(node)) return { id, pair: 'element', children: convert(node.children), disp: { start: `<${node.tagName}>`, end: `</${node.tagName}>` } };
      return { id, single: 'html', native: toHtml(node) };
    });
  return { inline: convert(fromHtml(message, { fragment: true }).children as ElementContent[]), elements };
}

/** XLIFF inline content back to a run's message, every element taken from the source by its id. */
export function htmlFromInline(inline: readonly Inline[], source: ReadonlyMap<string, ElementContent>): string {
  const convert = (items: readonly Inline[]): ElementContent[] =>
    items.map((item): ElementContent => {
      if (typeof item === 'string') return { type: 'text', value: item };
      const node = source.get(item.id);
      if (!node) throw new InlineError(`the target has an inline element with id "${item.id}", which the source does not have`);
      const paired = node.type === 'element' && !alone(node);
      if ('single' in item) {
        if (paired || item.single !== 'html') throw new InlineError(`inline element ${item.id} is ${paired ? 'element' : 'html'} in the source, not ${item.single}`);
        return structuredClone(node);
      }
      if (!paired || item.pair !== 'element') throw new InlineError(`inline element ${item.id} is ${paired ? 'element' : 'html'} in the source, not ${item.pair}`);
      return { ...node, children: convert(item.children) };
    });
  return toHtml({ type: 'root', children: convert(inline) });
}

/** A run's message in the form `htmlFromInline` writes it, to compare two spellings of the same HTML. */
export function normalHtml(message: string): string {
  return toHtml(fromHtml(message, { fragment: true }));
}
