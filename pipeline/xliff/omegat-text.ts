import type { Inline } from './inline.js';

/** An inline message as a flat run: text, and each element's start, end, or stand-alone mark. */
type Token = { text: string } | { id: string; role: 'open' | 'close' | 'alone'; letter: string };

/**
 * A message as OmegaT 3.6's XLIFF filter shows it, and as its translation memories must hold
 * it to match: the tags before the first and after the last text dropped (all but a start
 * whose end comes within the text, or an end whose start does), each other element a tag
 * shortcut numbered in the order of the source: `<g0>…</g0>` for `<g>`, `<x1/>` for `<x>`,
 * `<ph>` as the first letter of its content (`<s2/>` for `<ph>&lt;sup&gt;</ph>`, `f` when it
 * has none). A target is written with its source's numbers, as OmegaT numbers a translation's
 * tags after the segment's; an element the segment dropped is dropped from it too.
 */
export function omegatText(source: readonly Inline[], target: readonly Inline[] = source): string {
  const segment = kept(flatten(source));
  const numbers = new Map<string, number>();
  for (const token of segment) if ('id' in token && !numbers.has(token.id)) numbers.set(token.id, numbers.size);
  return (target === source ? segment : flatten(target))
    .map((token) => {
      if ('text' in token) return token.text;
      const index = numbers.get(token.id);
      if (index === undefined) return '';
      return token.role === 'open' ? `<g${index}>` : token.role === 'close' ? `</g${index}>` : `<${token.letter}${index}/>`;
    })
    .join('');
}

function flatten(inline: readonly Inline[]): Token[] {
  return inline.flatMap((item): Token[] => {
    if (typeof item === 'string') return [{ text: item }];
    if ('pair' in item) return [{ id: item.id, role: 'open', letter: 'g' }, ...flatten(item.children), { id: item.id, role: 'close', letter: 'g' }];
    const letter = item.single === 'footnote' || item.single === 'break' ? 'x' : (/\p{L}/u.exec(item.native)?.[0]?.toLowerCase() ?? 'f');
    return [{ id: item.id, role: 'alone', letter }];
  });
}

/** The tokens OmegaT keeps in the segment (its `Entry.detectTags` with "remove leading and trailing tags", the default). */
function kept(tokens: readonly Token[]): readonly Token[] {
  const meaningful = tokens.flatMap((token, index) => ('text' in token && token.text.trim() !== '' ? [index] : []));
  const textStart = meaningful[0];
  const textEnd = meaningful.at(-1);
  if (textStart === undefined || textEnd === undefined) return [];
  const partner = (index: number): number => {
    const token = tokens[index] as Token;
    return 'id' in token ? tokens.findIndex((other, at) => at !== index && 'id' in other && other.id === token.id) : -1;
  };
  const inside = (index: number): boolean => index > textStart && index < textEnd;
  let first = textStart;
  for (let index = 0; index < textStart; index += 1) {
    const token = tokens[index] as Token;
    if ('role' in token && token.role === 'open' && inside(partner(index))) {
      first = index;
      break;
    }
  }
  let last = textEnd;
  for (let index = tokens.length - 1; index > textEnd; index -= 1) {
    const token = tokens[index] as Token;
    if ('role' in token && token.role === 'close' && inside(partner(index))) {
      last = index;
      break;
    }
  }
  return tokens.slice(first, last + 1);
}
