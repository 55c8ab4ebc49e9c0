import { masked } from '../markdown/mask-message.js';
import { bidiAlgorithm as bidi } from './bidi-algorithm.js';
import type { ContentRule, RuleHit } from './rule.js';
import { quoted } from './text-tools.js';

const neutral = new Set(['ON', 'ES', 'ET', 'CS']);
const sentenceEnd = /[.,;:!?،؛؟…]+$/u;
const explicit = new Set(['LRE', 'RLE', 'LRO', 'RLO', 'PDF']);
const strong = new Set(['L', 'R', 'AL', 'EN', 'AN']);

/**
 * How `translation[start, end)` displays in a right-to-left line, for a message: the order the
 * algorithm gives the masked text, markup written out beside the letters it surrounds.
 */
function displayed(translation: string, translationText: string, start: number, end: number, levelsResult: { levels: Uint8Array; paragraphs: Array<{ start: number; end: number; level: number }> }): string {
  const order = bidi.getReorderedIndices(translationText, levelsResult).filter((position: number) => position >= start && position < end);
  return quoted(translation, translationText, order, (character) => strong.has(bidi.getBidiCharTypeName(character)));
}

/**
 * `bidi`: in a right-to-left paragraph, a Latin or digit run with a neutral character stuck
 * to it (`+212`, `C++`, `2024-MA`, `-5`) is reordered by the Unicode Bidirectional Algorithm:
 * the neutral takes the paragraph's direction and lands on the other side of the run. Mirrored
 * brackets and quotes, and sentence punctuation after a word, display correctly and are not reported.
 */
export const bidiRule: ContentRule = {
  id: 'bidi',
  severity: 'warning',
  summary: 'in a right-to-left translation, a neutral character stuck to a Latin or digit run (`+212`, `C++`, `2024-MA`) that will display on the wrong side',
  example: '"+212" displays as "212+" in a right-to-left line; wrap it in U+2066 … U+2069 (left-to-right isolate)',
  check({ translation, translationText, locale, settings }) {
    if (settings.direction(locale) !== 'rtl') return [];
    const { levels } = bidi.getEmbeddingLevels(translationText, 'rtl');
    const levelsResult = { levels, paragraphs: [{ start: 0, end: translationText.length - 1, level: 1 }] };
    const hits: RuleHit[] = [];
    for (const token of translationText.matchAll(/\S+/gu)) {
      const start = token.index ?? 0;
      const word = token[0].replace(sentenceEnd, '');
      const end = start + word.length;
      const types = [...word].map((character) => bidi.getBidiCharTypeName(character));
      // Embeddings and overrides decide the order themselves: the `invisible` rule reports them.
      if (!types.some((type) => type === 'L' || type === 'EN') || types.some((type) => explicit.has(type))) continue;
      for (let index = start; index < end; index += 1) {
        const character = translationText[index] as string;
        if (character === masked || bidi.getMirroredCharacter(character) !== null) continue;
        if (!neutral.has(bidi.getBidiCharTypeName(character)) || (levels[index] ?? 1) % 2 === 0) continue;
        const visual = displayed(translation, translationText, start, end, levelsResult);
        hits.push({
          message: `"${translation.slice(start, end)}" displays as "${visual}" in a right-to-left line (the "${character}" moves to the other side); wrap it in U+2066 … U+2069 (left-to-right isolate)`,
          index,
          suggestion: `${translation.slice(0, start)}\u2066${translation.slice(start, end)}\u2069${translation.slice(end)}`,
        });
        break;
      }
    }
    return hits;
  },
};
