import type { ContentRule, RuleHit } from './rule.js';
import { matchesOf } from './text-tools.js';

const digit = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
/** Digits with group or decimal separators; a space groups only exactly three digits. */
const numberPattern = new RegExp(`${digit}+(?:(?:[.,\\u066B\\u066C]|[\\u00A0\\u202F ](?=${digit}{3}(?!${digit})))${digit}+)*`, 'gu');

/** 0–9 for every digit script tarjama knows (Western, Arabic-Indic, Eastern Arabic-Indic). */
export function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (character) => String((character.codePointAt(0) ?? 0) % 16));
}

/**
 * The values a written number can mean: `1,200` is 1200 in English and 1.2 in French, so
 * both; `1 200` only 1200; `4,2` 42 or 4.2. Two numbers are the same when their sets meet.
 */
export function numberValues(written: string): Set<string> {
  const western = westernDigits(written);
  const parts = western.split(/[.,\u066B\u066C\u00A0\u202F ]/);
  const separators = western.match(/[.,\u066B\u066C\u00A0\u202F ]/g) ?? [];
  const values = new Set<string>();
  const last = separators.at(-1);
  if (last !== '\u066B') values.add(String(BigInt(parts.join(''))));
  if (last === '.' || last === ',' || last === '\u066B') {
    const decimals = parts.at(-1) ?? '';
    values.add(`${BigInt(parts.slice(0, -1).join('') || '0')}.${decimals}`.replace(/\.?0+$/, '') || '0');
  }
  return values;
}

/** The numbers of a text, as written, with their index. */
export function numbersIn(text: string): Array<{ value: string; index: number }> {
  return matchesOf(text, numberPattern);
}

/** `numbers`: every number of the source is in the translation, in any digit script or local format. */
export const numbers: ContentRule = {
  id: 'numbers',
  severity: 'error',
  summary: 'a number of the source is not in the translation (Western, Arabic-Indic and `1 000,5` forms count as equal)',
  example: 'the source has the number 104 and the translation does not; check the figures',
  check({ sourceText, translationText }) {
    const available = numbersIn(translationText).map((match) => ({ ...match, values: numberValues(match.value), used: false }));
    const hits: RuleHit[] = [];
    for (const number of numbersIn(sourceText)) {
      const values = numberValues(number.value);
      const match = available.find((candidate) => !candidate.used && [...candidate.values].some((value) => values.has(value)));
      if (match) match.used = true;
      else hits.push({ message: `the source has the number ${number.value} and the translation does not; check the figures` });
    }
    return hits;
  },
};
