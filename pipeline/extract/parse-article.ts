import type { Heading, Paragraph, Root, TableCell, Yaml } from 'mdast';
import { removePosition } from 'unist-util-remove-position';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { textPositions } from '../catalog/text-positions.js';
import { messageChildren } from '../markdown/message-children.js';
import { messageContext, type MessageContext } from '../markdown/message-context.js';
import { nodeAt } from '../markdown/node-at.js';
import { NestingError } from '../markdown/nesting-error.js';
import { parseMarkdown } from '../markdown/parse-markdown.js';
import { plainMessage } from '../markdown/plain-message.js';
import { rawHtmlExcess } from '../markdown/raw-html-excess.js';
import { writeMessages } from '../markdown/to-message.js';
import { nestingLimits } from '../util/nesting-limits.js';
import { TarjamaError } from '../util/tarjama-error.js';
import { walkBlock, type FoundSegment } from './block-handlers.js';
import { yamlNestingExcess } from './yaml-nesting-excess.js';

/**
 * What parsing an article gives before its segments are keyed: it depends on the file's text
 * and the front-matter fields read, nothing else (so that it can be kept, see `parsedArticles`).
 */
export interface ParsedArticle {
  /**
   * The article's tree without positions: extract has taken every line and column it reports
   * (the segments' and the problems'); editions, previews and checks read the tree's content only.
   * Positions were a third of a kept parse's JSON, and of each copy a build makes per edition.
   */
  tree: Root;
  context: MessageContext;
  /** The front matter as a plain object (fields in source order), or null when there is none. */
  frontMatter: Record<string, unknown> | null;
  /** The translatable front-matter fields, in order. */
  fields: Field[];
  /** The segments of the body, in document order, with their messages written (and, where they can be, read back: `FoundSegment.children`). */
  found: FoundSegment[];
}

/** Parses one source article and writes its messages (see `sourceDocument`), refusing what tarjama cannot read with its place. */
export function parseArticle(file: string, text: string, frontMatterFields: readonly string[]): ParsedArticle {
  const tree = parseSource(text, file);
  const context = messageContext(tree);
  const yamlNode = tree.children[0]?.type === 'yaml' ? (tree.children[0] as Yaml) : null;
  const { frontMatter, fields } = readFrontMatter(yamlNode, file, frontMatterFields);

  const state = { stack: [], path: [], found: [] as FoundSegment[], messages: new Map<number, Paragraph>(), context, file };
  walkBlock(tree, state);
  const texts = writeMessages([...state.messages.values()]);
  [...state.messages.keys()].forEach((index, at) => {
    const segment = state.found[index] as FoundSegment;
    segment.text = texts[at] as string;
    if (segment.target.type !== 'block' || plainMessage(segment.text)) return;
    const block = nodeAt<Heading | Paragraph | TableCell>(tree, segment.target.path);
    const children = block.type === 'tableCell' ? null : messageChildren(text, block.children, segment.text, segment.target.references, context);
    if (children) segment.children = children;
  });
  // Deleted, not set to undefined: a kept parse is only kept when JSON reads it back exactly.
  removePosition(tree, { force: true });
  return { tree, context, frontMatter, fields, found: state.found };
}

/** The article's tree, refused (with its place) when it nests deeper than tarjama reads. */
function parseSource(text: string, file: string): Root {
  let tree: Root;
  try {
    tree = parseMarkdown(text);
  } catch (error) {
    if (error instanceof NestingError) throw new TarjamaError(error.message, { file, line: error.line, column: error.column });
    throw error;
  }
  const html = rawHtmlExcess(tree, nestingLimits.html);
  if (html) {
    throw new TarjamaError(`raw HTML elements nested more than ${nestingLimits.html} deep; flatten them: tarjama's preview reads at most ${nestingLimits.html} levels`, {
      file,
      line: html.position?.start.line,
      column: html.position?.start.column,
    });
  }
  return tree;
}

/** A translatable front-matter field: its name, its text and its line in the file. */
export interface Field {
  name: string;
  text: string;
  line: number;
}

function readFrontMatter(node: Yaml | null, file: string, names: readonly string[]): { frontMatter: Record<string, unknown> | null; fields: Field[] } {
  if (node === null) throw new TarjamaError('the article has no front matter: start it with a YAML block that gives at least its title (`---`, `title: …`, `---`)', { file, line: 1 });
  const firstLine = (node.position?.start.line ?? 1) + 1;
  const lineCounter = new LineCounter();
  const deep = yamlNestingExcess(node.value, nestingLimits.yaml);
  if (deep !== null) {
    const { line, column } = textPositions(node.value)(deep);
    throw new TarjamaError(`front matter nested more than ${nestingLimits.yaml} deep (mappings and sequences inside one another); flatten it: tarjama reads at most ${nestingLimits.yaml} levels`, {
      file,
      line: line + firstLine - 1,
      column,
    });
  }
  const document = parseDocument(node.value, { lineCounter });
  const [error] = document.errors;
  if (error) {
    const line = (error.linePos?.[0].line ?? 1) + firstLine - 1;
    throw new TarjamaError(`invalid YAML front matter: ${error.message.split('\n')[0]}`, { file, line, column: error.linePos?.[0].col });
  }
  if (!isMap(document.contents)) throw new TarjamaError('the front matter must be a mapping of fields (`title: …`)', { file, line: firstLine });
  const title: unknown = document.contents.get('title');
  if (typeof title !== 'string' || title.trim() === '') throw new TarjamaError('the front matter has no `title`: add one (`title: …`), every edition is published under it', { file, line: firstLine });
  const fields: Field[] = [];
  for (const pair of document.contents.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!names.includes(name)) continue;
    const line = lineCounter.linePos(pair.key && isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0).line + firstLine - 1;
    if (!isScalar(pair.value) || typeof pair.value.value !== 'string') {
      throw new TarjamaError(`front-matter field "${name}" must be text to be translated`, { file, line });
    }
    if (pair.value.value.trim() !== '') fields.push({ name, text: pair.value.value, line });
  }
  return { frontMatter: document.toJS() as Record<string, unknown>, fields };
}
