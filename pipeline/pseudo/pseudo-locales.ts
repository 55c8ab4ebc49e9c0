import type { PhrasingContent } from 'mdast';
import type { SourceDocument } from '../extract/read-source.js';
import type { Segment } from '../extract/segment.js';
import { transformHtmlText } from '../markdown/html-message.js';
import { transformInline, type InlineOfKind, type InlineTransform } from '../markdown/inline-nodes.js';
import { parseMessage, type ParsedMessage } from '../markdown/parse-message.js';
import { parseMessages } from '../markdown/parse-messages.js';
import { protectMessage, toMessage, writeMessages } from '../markdown/to-message.js';
import { pluralKey, requiredForms } from '../rules/plurals.js';

export { isPseudoLocale, pseudoLocales } from './is-pseudo-locale.js';

const accents: Record<string, string> = Object.fromEntries(
  [...'abcdeghiklnorstuyzABCDEGHIKLNORSTUYZ'].map((letter, index) => [letter, [...'åƀçđéĝĥîķļñöŕšţûýžÅƁÇĐÉĜĤÎĶĻÑÖŔŠŢÛÝŽ'][index] as string]),
);
const filler = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
// i18next placeholders stay as they are: they are code, not text.
const placeholder = /(\{\{[^{}]*\}\}|\$t\([^()]*\))/;

/** en-XA letters: accented, so hard-coded (unaccented) strings stand out. */
function accent(text: string): string {
  return text
    .split(placeholder)
    .map((part, index) => (index % 2 === 1 ? part : [...part].map((character) => accents[character] ?? character).join('')))
    .join('');
}

/** Filler words that make a text about 35 % longer, to catch truncation. */
function padding(text: string): string {
  const letters = text.replace(placeholder, '').replace(/\s/g, '').length;
  const words: string[] = [];
  for (let length = 0; length < Math.ceil(letters * 0.35); length += (filler[words.length % filler.length] as string).length + 1) words.push(filler[words.length % filler.length] as string);
  return words.length > 0 ? ` ${words.join(' ')}` : '';
}

/** ar-XB: every word forced right to left (U+202E … U+202C), so layouts can be checked in RTL. */
function mirror(text: string): string {
  return text
    .split(placeholder)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/[^\s]+/g, (word) => `\u202E${word}\u202C`)))
    .join('');
}

function transformAlt<Image extends InlineOfKind<'image'>>(node: Image, transform: (text: string) => string): Image {
  return { ...node, alt: transform(node.alt ?? '') };
}

/** A plain-text segment's text (an HTML run's: its text only) with a transform applied. */
function transformPlain(segment: Segment, transform: (text: string) => string): string {
  return segment.target.type === 'html' && !segment.target.attribute ? transformHtmlText(segment.text, transform) : transform(segment.text);
}

/** Applies a text transform to the text of inline mdast only (text and image descriptions): every structure stays. */
const transformText: InlineTransform<(text: string) => string> = transformInline<(text: string) => string>({
  text: (node, transform) => ({ ...node, value: transform(node.value) }),
  image: transformAlt,
  imageReference: transformAlt,
});

/**
 * Every segment's source message with each transform applied to its text only (every
 * structure kept; a message that does not parse stays as it is): the messages are parsed in one
 * pass and each transform's are written in one (the set-up of micromark and remark-stringify
 * costs more than a short message).
 */
export function transformMessages(document: SourceDocument, transforms: ReadonlyArray<(text: string) => string>): string[][] {
  const blocks = document.segments.flatMap((segment) => (segment.target.type === 'block' ? [{ segment, references: segment.target.references }] : []));
  const parsed = parseMessages(blocks.map(({ segment, references }) => ({ text: segment.text, references })), document.context);
  const children = new Map<Segment, PhrasingContent[]>();
  blocks.forEach(({ segment }, index) => {
    const message = parsed[index] as ParsedMessage;
    if (message.ok) children.set(segment, message.children);
  });
  return transforms.map((transform) => {
    const parsedSegments = [...children.keys()];
    const texts = writeMessages(parsedSegments.map((segment) => protectMessage(transformText(children.get(segment) ?? [], transform), document.context).paragraph));
    const written = new Map(parsedSegments.map((segment, index) => [segment, texts[index] as string]));
    return document.segments.map((segment) => (segment.target.type === 'block' ? (written.get(segment) ?? segment.text) : transformPlain(segment, transform)));
  });
}

/** The pseudo-translation of one segment's source message, with all its inline structure. */
function pseudoMessage(segment: Segment, document: SourceDocument, locale: string): string {
  const english = locale === 'en-XA';
  if (segment.target.type !== 'block') return english ? `[${transformPlain(segment, accent)}${padding(segment.text)}]` : transformPlain(segment, mirror);
  const parsed = parseMessage(segment.text, segment.target.references, document.context);
  if (!parsed.ok) return segment.text;
  if (!english) return toMessage(transformText(parsed.children, mirror), document.context).text;
  const children: PhrasingContent[] = [{ type: 'text', value: '[' }, ...transformText(parsed.children, accent), { type: 'text', value: `${padding(segment.text)}]` }];
  return toMessage(children, document.context).text;
}

/**
 * The generated catalog of a pseudo-locale for one document. Site-string plurals get every
 * form the pseudo-locale's language needs (ar-XB: all six), made from the source's `_other`.
 */
export function pseudoCatalog(document: SourceDocument, locale: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const segment of document.segments) {
    const plural = document.kind === 'strings' ? pluralKey(segment.key) : null;
    if (!plural) {
      values.set(segment.key, pseudoMessage(segment, document, locale));
      continue;
    }
    if (plural.category !== 'other') continue;
    for (const category of requiredForms(locale)) values.set(`${plural.base}_${category}`, pseudoMessage(segment, document, locale));
  }
  return values;
}
