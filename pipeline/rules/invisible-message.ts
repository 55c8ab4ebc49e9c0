import { bidiAlgorithm } from './bidi-algorithm.js';
import { characterName } from './character-name.js';
import type { InvisibleCharacter, InvisibleKind } from './find-invisible.js';

const isolateFor: Record<number, string> = { 0x202a: 'U+2066 (LEFT-TO-RIGHT ISOLATE)', 0x202b: 'U+2067 (RIGHT-TO-LEFT ISOLATE)' };
const wrapInIsolate = 'wrap a left-to-right run in U+2066 … U+2069 (left-to-right isolate)';
const formatting = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const longest = 24;

const reasons: Record<Exclude<InvisibleKind, 'override' | 'embedding' | 'pop-formatting' | 'open-isolate' | 'pop-isolate' | 'joiner'>, string> = {
  'zero-width': 'an invisible character that splits words and numbers (for search engines, and for tarjama’s checks); delete it',
  control: 'a control character, not text (a page drops or garbles it, a terminal obeys it); delete it',
  surrogate: 'half of a UTF-16 surrogate pair without its other half, which UTF-8 cannot write (a page would show "�" in its place); delete it, or write the whole character',
  noncharacter: 'a code point Unicode reserves as never being text; delete it',
  invisible: 'a formatting character with no place in running text (invisible, or a stand-in for something that is not there); delete it',
};

/** Where the cut of a text at `index` falls without splitting a surrogate pair: rounded down. */
function whole(text: string, index: number): number {
  const at = Math.max(0, Math.min(text.length, index));
  const low = text.charCodeAt(at);
  const high = text.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? at - 1 : at;
}

/** The character (or the start of the run) with a few characters either side, to find it by. */
function around(text: string, found: InvisibleCharacter): string {
  const start = whole(text, found.index - 12);
  const runEnd = whole(text, Math.min(found.end, found.index + 8));
  const end = whole(text, found.end + 12);
  const before = `${start > 0 ? '…' : ''}${text.slice(start, found.index)}`;
  return `${before}${text.slice(found.index, runEnd)}${runEnd < found.end ? '…' : ''}${text.slice(found.end, end)}${end < text.length ? '…' : ''}`;
}

/**
 * What an embedding or override does to the text it governs (up to its U+202C, or the end
 * of the line): `("2024" shows as "4202")`, computed by the Unicode Bidirectional Algorithm;
 * empty when the order does not change.
 */
function shownAs(text: string, found: InvisibleCharacter, direction: 'ltr' | 'rtl'): string {
  const lineEnd = text.slice(found.end).search(/[\n\r\u2029]/);
  const to = found.closedAt ?? (lineEnd < 0 ? text.length : found.end + lineEnd);
  const positions: number[] = [];
  for (let at = found.end; at < to && positions.length < longest; at += 1) if (!formatting.test(text[at] as string)) positions.push(at);
  const kept = new Set(positions);
  // A surrogate pair is shown whole where its high half lands, wherever the reordering puts the halves.
  const piece = (at: number): string => (whole(text, at) === at - 1 ? '' : whole(text, at + 1) === at ? text.slice(at, at + 2) : (text[at] as string));
  const cut = positions.length > 0 && (positions.at(-1) as number) + 1 < to ? '…' : '';
  const logical = positions.map(piece).join('').trim();
  const order = bidiAlgorithm.getReorderedIndices(text, bidiAlgorithm.getEmbeddingLevels(text, direction));
  const visual = order.filter((at: number) => kept.has(at)).map(piece).join('').trim();
  return logical === visual ? '' : ` ("${logical}${cut}" shows as "${visual}${cut}")`;
}

function more(found: InvisibleCharacter): string {
  return found.more > 0 ? ` and ${found.more} more after it` : '';
}

/** The message for one character or run the `invisible` rule reports. */
export function invisibleMessage(text: string, found: InvisibleCharacter, direction: 'ltr' | 'rtl'): string {
  const name = characterName(found.codePoint);
  const closer = found.closedAt === undefined ? '' : ' and the U+202C that ends it';
  switch (found.kind) {
    case 'override':
      return `${name}: it displays what follows ${found.codePoint === 0x202e ? 'right to left' : 'left to right'}, letter by letter${shownAs(text, found, direction)}; delete it${closer}, or ${wrapInIsolate}`;
    case 'embedding':
      return `${name}: it makes what follows a run of its own direction that also moves the text around it${shownAs(text, found, direction)}; write ${isolateFor[found.codePoint]} in its place, ${found.closedAt === undefined ? 'and U+2069 where the run ends' : 'and U+2069 in place of the U+202C that ends it'}`;
    case 'pop-formatting':
      return `${name} in "${around(text, found)}" ends no embedding or override; delete it`;
    case 'open-isolate':
      return `${name} in "${around(text, found)}" is not closed on its line, so everything after it is isolated; end the run with U+2069 (POP DIRECTIONAL ISOLATE), or delete it`;
    case 'pop-isolate':
      return `${name} in "${around(text, found)}" closes no isolate; delete it, or start the run with U+2066 (LEFT-TO-RIGHT ISOLATE)`;
    case 'joiner':
      return `${name}${more(found)} in "${around(text, found)}": it belongs only between two letters of a script that joins them (Arabic, Persian, Indic scripts…)${found.codePoint === 0x200d ? ' or between two emoji' : ''}; delete it`;
    default:
      return `${name}${more(found)} in "${around(text, found)}": ${reasons[found.kind]}`;
  }
}
