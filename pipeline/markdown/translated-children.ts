import type { ImageReference, PhrasingContent } from 'mdast';
import { classifyCharacter } from 'micromark-util-classify-character';
import { byKind, transformInline, visitInline, type InlineTransform, type InlineVisit } from './inline-nodes.js';
import { mayBeDefinition, mayOpenBlock } from './parse-messages.js';

/** A node's place in a message, as mdast gives it. */
type Position = NonNullable<PhrasingContent['position']>;

/** One stretch of the source message and where it stands in the translation: a text's, or the syntax between two texts. */
interface Stretch {
  text: boolean;
  from: number;
  to: number;
  at: number;
  end: number;
}

/**
 * What a text of a translation may hold for the translation to parse as its source does:
 * nothing that starts, ends or escapes any inline construct (`\`, code, emphasis, strikethrough,
 * brackets, `!` before a bracket, HTML and autolinks, character references, math, a table's pipe,
 * an email's `@`), no control character (NUL becomes U+FFFD) and no line break or tab.
 */
const syntax = /[\\`*_~[\]!<>&$|@\u0000-\u001F\u007F]/;

/** What GFM reads as an autolink literal without any character of `syntax`. */
const autolinkLike = /www\.|:\/\//i;

/**
 * The inline content `parseMessage` gives a block's translation, made from its source message's
 * instead of a parse, or null when that cannot be sure (then the translation is parsed).
 * `source` is the source message and `children` its inline content as `parseMessage` gives it.
 *
 * It holds when the translation is the source message with only its texts changed: every text
 * (and every image description that is plain text) replaced by one that holds no character any
 * inline construct is made of (`syntax`) and starts and ends with a character of the same class
 * as the source text's — white space, punctuation or other, as micromark classifies them
 * (`classifyCharacter`), the only thing emphasis and strikethrough look at around their
 * delimiters. Then the syntax between the texts reads the same (each stretch of it starts with
 * a character a text cannot hold, so where it stands is not in doubt), and the translation
 * parses to the source's nodes with the new texts, at their new places. So anything else is
 * refused: a changed piece of syntax (code, a tag, an image description with markup in it), a
 * text emptied, a line break, a line that could open a block or be a definition, a `(` after a
 * `]` (a link's address), and a reference whose label is its text (`[text]`, `[text][]`), which
 * depends on what the text says. `tests/translated-children.test.ts` compares the result with
 * `parseMessage` on generated translations of generated articles.
 */
export function translatedChildren(source: string, children: readonly PhrasingContent[], translation: string): PhrasingContent[] | null {
  // The source's own text, on one line, parses as the source does.
  if (translation === source && !/[\r\n]/.test(source)) return structuredClone([...children]);
  if (/[\r\n\t]/.test(translation) || mayOpenBlock(translation) || mayBeDefinition(translation)) return null;
  const texts: Texts['texts'] = [];
  const found: Texts = { source, texts, ok: true };
  collect(children, found);
  if (!found.ok || texts.length === 0) return null;

  const stretches: Stretch[] = [];
  let cursor = 0;
  let last = 0;
  const syntaxUpTo = (next: number): boolean => {
    const piece = source.slice(last, next);
    // Each stretch of syntax but the first starts with a character no text holds: it stands at the first such character.
    const at = cursor === 0 && stretches.length === 0 ? 0 : firstSyntax(translation, cursor);
    if (piece === '' ? at !== cursor : (stretches.length > 0 && firstSyntax(piece, 0) !== 0) || !translation.startsWith(piece, at)) return false;
    if (piece !== '') stretches.push({ text: false, from: last, to: next, at, end: at + piece.length });
    cursor = at + piece.length;
    return true;
  };
  for (const text of texts) {
    if (!syntaxUpTo(text.from)) return null;
    const end = firstSyntax(translation, cursor);
    const value = translation.slice(cursor, end);
    if (value === '' || autolinkLike.test(value) || !sameClass(source, text.from, translation, cursor) || !sameClass(source, text.to - 1, translation, end - 1)) return null;
    // A text right after a `]` that starts with `(` would give the bracket an address.
    if (value.startsWith('(') && translation.charAt(cursor - 1) === ']') return null;
    stretches.push({ text: true, from: text.from, to: text.to, at: cursor, end });
    cursor = end;
    last = text.to;
  }
  if (!syntaxUpTo(source.length) || cursor !== translation.length) return null;
  const state: Rebuild = { source, stretches, translation, ok: true };
  const rebuilt = rebuild(children, state);
  return state.ok ? rebuilt : null;
}

/** The characters of `syntax`, by code (all of them ASCII). */
const syntaxCodes = new Uint8Array(128).map((_, code) => (syntax.test(String.fromCharCode(code)) ? 1 : 0));

/** Where the next character a text cannot hold stands in `text` from `from` (its length if none). */
function firstSyntax(text: string, from: number): number {
  for (let at = from; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code < 128 && syntaxCodes[code] === 1) return at;
  }
  return text.length;
}

/** Whether micromark puts the UTF-16 units at `a` of `one` and at `b` of `other` in one class (white space, punctuation, other). */
function sameClass(one: string, a: number, other: string, b: number): boolean {
  return classifyCharacter(one.charCodeAt(a)) === classifyCharacter(other.charCodeAt(b));
}

/** The source's texts, in order, by their offsets; `ok` false when a node's place is unknown or a reference's label is its text. */
interface Texts {
  source: string;
  texts: Array<{ from: number; to: number }>;
  ok: boolean;
}

/** Collects `Texts`. */
const collect: InlineVisit<Texts> = visitInline<Texts>({
  text: (node, found) => {
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (from === undefined || to === undefined || from === to) found.ok = false;
    else found.texts.push({ from, to });
  },
  linkReference: (node, found) => {
    if (node.referenceType !== 'full') found.ok = false;
    else collect(node.children, found);
  },
  // A description with nothing but text in it (`![a chart][1]`) is one, translated like the others.
  imageReference: (node, found) => {
    const description = node.referenceType === 'full' ? descriptionOf(node, found.source) : null;
    if (description === null) found.ok = false;
    else found.texts.push(description);
  },
});

/** Where an image reference's description stands, `![here][label]`, when it is plain text (its `alt` as written); null otherwise. */
function descriptionOf(node: ImageReference, source: string): { from: number; to: number } | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || node.label === null || node.label === undefined) return null;
  const from = start + 2;
  const to = end - node.label.length - 3;
  const written = source.slice(from, to);
  return source.startsWith('![', start) && source.startsWith(`][${node.label}]`, to) && written !== '' && written === node.alt && firstSyntax(written, 0) === written.length ? { from, to } : null;
}

/** The walk of `rebuild`: the stretches, in order, and the translation. */
interface Rebuild {
  source: string;
  stretches: readonly Stretch[];
  translation: string;
  /** False once a node's start or end is inside a text, where no parse puts one. */
  ok: boolean;
}

/** Where an offset of the source message stands in the translation: in a stretch of syntax, at the same distance from its start; at a text's start or end, at the new text's. */
function map(offset: number, state: Rebuild): number {
  for (const stretch of state.stretches) {
    if (offset === stretch.from) return stretch.at;
    if (offset === stretch.to) return stretch.end;
    if (!stretch.text && offset > stretch.from && offset < stretch.to) return stretch.at + offset - stretch.from;
  }
  state.ok = false;
  return -1;
}

/** A node's position in the translation, one line long (it has no line break); a node with none (no parse gives one) fails the rebuild. */
function placed(node: PhrasingContent, state: Rebuild): Position {
  const start = map(node.position?.start.offset ?? -1, state);
  const end = map(node.position?.end.offset ?? -1, state);
  return { start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } };
}

/** The source's nodes, each text with its new value, every node at its place in the translation. */
const rebuild: InlineTransform<Rebuild> = transformInline<Rebuild>({
  ...byKind<Rebuild, PhrasingContent>({
    text: (node, state) => {
      const position = placed(node, state);
      return { ...node, value: state.translation.slice(position.start.offset, position.end.offset), position };
    },
    container: (node, state) => ({ ...node, children: rebuild(node.children, state), position: placed(node, state) }) as PhrasingContent,
    link: (node, state) => ({ ...node, children: rebuild(node.children, state), position: placed(node, state) }) as PhrasingContent,
    image: (node, state) => ({ ...node, position: placed(node, state) }),
    literal: (node, state) => ({ ...node, position: placed(node, state) }),
    reference: (node, state) => ({ ...node, position: placed(node, state) }),
    break: (node, state) => ({ ...node, position: placed(node, state) }),
  }),
  // A plain description is one of the texts: it takes the translation's.
  imageReference: (node, state) => {
    const description = descriptionOf(node, state.source);
    const alt = description ? state.translation.slice(map(description.from, state), map(description.to, state)) : node.alt;
    return { ...node, alt, position: placed(node, state) };
  },
});
