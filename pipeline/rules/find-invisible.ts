import { masked } from '../markdown/mask-message.js';
import { hasUnusualCharacter } from './has-unusual-character.js';

/** What is wrong with an invisible or control character (see `findInvisible`). */
export type InvisibleKind =
  | 'override'
  | 'embedding'
  | 'pop-formatting'
  | 'open-isolate'
  | 'pop-isolate'
  | 'zero-width'
  | 'joiner'
  | 'control'
  | 'surrogate'
  | 'noncharacter'
  | 'invisible';

/** One reported character, or a run of adjacent ones of the same kind, at UTF-16 offsets. */
export interface InvisibleCharacter {
  kind: InvisibleKind;
  index: number;
  /** The offset after the run. */
  end: number;
  codePoint: number;
  /** How many more characters of the same kind follow it without a gap. */
  more: number;
  /** For an embedding or override: the offset of the U+202C that ends it, when one does. */
  closedAt?: number;
}

const isolates = new Set([0x2066, 0x2067, 0x2068]);
const embeddings = new Set([0x202a, 0x202b]);
const overrides = new Set([0x202d, 0x202e]);
const directionalMarks = new Set([0x200e, 0x200f, 0x061c]);
const zeroWidth = new Set([0x200b, 0x2060, 0xfeff]);
// Unicode's paragraph separators (bidi class B): an isolate or embedding ends with its paragraph.
const paragraphEnd = /[\n\r\u001c-\u001e\u0085\u2029]/;
const runKinds: ReadonlySet<InvisibleKind> = new Set(['zero-width', 'joiner', 'control', 'surrogate', 'noncharacter', 'invisible']);

// Scripts whose letters change shape with their neighbours (cursive scripts, and the Indic
// scripts' conjuncts): ZWNJ and ZWJ between two of their letters choose a form.
const joiningScripts = [
  'Arabic', 'Syriac', 'Nko', 'Mongolian', 'Mandaic', 'Adlam', 'Hanifi_Rohingya',
  'Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati', 'Oriya', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Sinhala', 'Tibetan', 'Myanmar', 'Khmer', 'Balinese', 'Javanese',
].map((script) => new RegExp(`^(?=\\p{L})\\p{Script=${script}}$`, 'u'));
const mark = /^\p{M}$/u;
const letter = /^\p{L}$/u;
const pictograph = /^\p{Extended_Pictographic}$/u;
const emojiTail = /^(?:\p{M}|\p{Emoji_Modifier}|\uFE0E|\uFE0F)$/u;
const visibleBase = /^[\p{L}\p{N}\p{P}\p{S}\p{M}]$/u;
const hangulJamo = /^[\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF]$/u;
const otherInvisible = /^[\p{Default_Ignorable_Code_Point}\uFFF9-\uFFFC]$/u;
const candidates = /[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}\p{Default_Ignorable_Code_Point}\uFFF9-\uFFFC\u2029]/gu;
const emojiTagSequence = /\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/gu;

/** The character before `index`, past combining marks (a virama, a vowel sign, a harakah belong to their letter). */
function baseBefore(text: string, index: number, skip: RegExp = mark): string {
  let at = index;
  while (at > 0) {
    const character = characterBefore(text, at);
    if (!skip.test(character)) return character;
    at -= character.length;
  }
  return '';
}

function characterBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1);
  const high = text.charCodeAt(index - 2);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.slice(index - 2, index) : text.slice(index - 1, index);
}

function characterAt(text: string, index: number): string {
  const codePoint = text.codePointAt(index);
  return codePoint === undefined ? '' : String.fromCodePoint(codePoint);
}

/** Whether two characters are letters of the same joining script. */
function sameJoiningScript(before: string, after: string): boolean {
  return joiningScripts.some((script) => script.test(before) && script.test(after));
}

/**
 * Why a character that is neither bidi formatting nor an isolate is reported, or null when it
 * is text, or an invisible character in the one place it has a use:
 * - tab, line feed, and carriage return before a line feed;
 * - the marks U+200E, U+200F, U+061C (they only settle the direction of the neutrals next to them);
 * - ZWNJ and ZWJ between two letters of the same joining script, combining marks after the first
 *   letter included (Persian می‌خواهم, Devanagari क्‌ष), and ZWJ between two emoji (👩🏽‍💻);
 * - a soft hyphen between two letters (a hyphenation point);
 * - one variation selector right after a visible character (❤️), CGJ before a combining mark,
 *   Hangul fillers next to conjoining jamo, and tags inside an emoji flag (🏴 … U+E007F).
 */
function problemOf(text: string, index: number, codePoint: number, size: number, inTagSequence: boolean): InvisibleKind | null {
  const character = text.slice(index, index + size);
  if (codePoint === 0x09 || codePoint === 0x0a || (codePoint === 0x0d && text[index + 1] === '\n')) return null;
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) return 'control';
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return 'surrogate';
  if ((codePoint >= 0xfdd0 && codePoint <= 0xfdef) || (codePoint & 0xfffe) === 0xfffe) return 'noncharacter';
  if (zeroWidth.has(codePoint)) return 'zero-width';
  if (codePoint === 0x200c || codePoint === 0x200d) {
    const after = characterAt(text, index + size);
    if (letter.test(after) && sameJoiningScript(baseBefore(text, index), after)) return null;
    if (codePoint === 0x200d && pictograph.test(after) && pictograph.test(baseBefore(text, index, emojiTail))) return null;
    return 'joiner';
  }
  if (directionalMarks.has(codePoint) || inTagSequence) return null;
  if (!otherInvisible.test(character)) return null;
  const before = characterBefore(text, index);
  const after = characterAt(text, index + size);
  if (codePoint === 0xad && letter.test(baseBefore(text, index)) && letter.test(after)) return null;
  const variationSelector = (codePoint >= 0xfe00 && codePoint <= 0xfe0f) || (codePoint >= 0xe0100 && codePoint <= 0xe01ef) || (codePoint >= 0x180b && codePoint <= 0x180f && codePoint !== 0x180e);
  if (variationSelector && visibleBase.test(before) && !otherInvisible.test(before)) return null;
  if (codePoint === 0x34f && mark.test(after)) return null;
  if ((codePoint === 0x115f || codePoint === 0x1160) && (hangulJamo.test(before) || hangulJamo.test(after))) return null;
  return 'invisible';
}

/**
 * The invisible and control characters of a text that have no place in it: bidi embeddings,
 * overrides and their U+202C (each embedding or override once, with the U+202C that ends it),
 * isolates U+2066–U+2069 unless balanced (every LRI, RLI or FSI closed by a PDI on the same
 * line, properly nested), zero-width characters, controls, lone surrogates, noncharacters and
 * the other default-ignorable characters (see `problemOf` for the ones allowed where they serve).
 * With `maskedText` (the text with its markup masked at the same offsets), characters inside
 * masked syntax are left alone: code, HTML and link targets must be the source's anyway.
 */
export function findInvisible(text: string, maskedText: string = text): InvisibleCharacter[] {
  // The characters `candidates` holds are all unusual but tab, newline (never reported) and U+FFFC: most texts have none.
  if (!hasUnusualCharacter(text) && !text.includes('\uFFFC')) return [];
  const found: InvisibleCharacter[] = [];
  const tagged = new Set<number>();
  if (/[\u{E0020}-\u{E007F}]/u.test(text)) {
    for (const match of text.matchAll(emojiTagSequence)) for (let at = match.index + 2; at < match.index + match[0].length; at += 2) tagged.add(at);
  }
  let openIsolates: InvisibleCharacter[] = [];
  let openEmbeddings: InvisibleCharacter[] = [];
  const endParagraph = (): void => {
    found.push(...openIsolates);
    openIsolates = [];
    openEmbeddings = [];
  };
  // Only the characters that may be reported or end a paragraph are visited: most texts have none but newlines.
  for (const match of text.matchAll(candidates)) {
    const at = match.index;
    const codePoint = match[0].codePointAt(0) as number;
    const size = match[0].length;
    if (maskedText[at] === masked && text[at] !== masked) continue;
    const problem = (kind: InvisibleKind): InvisibleCharacter => ({ kind, index: at, end: at + size, codePoint, more: 0 });
    if (isolates.has(codePoint)) openIsolates.push(problem('open-isolate'));
    else if (codePoint === 0x2069) {
      if (openIsolates.pop() === undefined) found.push(problem('pop-isolate'));
    } else if (embeddings.has(codePoint) || overrides.has(codePoint)) {
      const opened = problem(overrides.has(codePoint) ? 'override' : 'embedding');
      found.push(opened);
      openEmbeddings.push(opened);
    } else if (codePoint === 0x202c) {
      const opened = openEmbeddings.pop();
      if (opened) opened.closedAt = at;
      else found.push(problem('pop-formatting'));
    } else {
      const kind = problemOf(text, at, codePoint, size, tagged.has(at));
      const last = found.at(-1);
      if (kind !== null && runKinds.has(kind) && last?.kind === kind && last.end === at) {
        last.more += 1;
        last.end = at + size;
      } else if (kind !== null) found.push(problem(kind));
    }
    if (paragraphEnd.test(text[at] as string)) endParagraph();
  }
  endParagraph();
  return found.sort((a, b) => a.index - b.index);
}
