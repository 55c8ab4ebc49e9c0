import type { ContentRule, RuleHit } from './rule.js';
import { language, matchesOf } from './text-tools.js';
import { visibleText } from './visible-text.js';

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
  // Most figures are a plain run of 0–9 (a year, a count): one value, with nothing to split.
  if (plainDigits.test(written)) return new Set([integer(written)]);
  const western = westernDigits(written);
  const parts = western.split(/[.,\u066B\u066C\u00A0\u202F ]/);
  const separators = western.match(/[.,\u066B\u066C\u00A0\u202F ]/g) ?? [];
  const values = new Set<string>();
  const last = separators.at(-1);
  if (last !== '\u066B') values.add(integer(parts.join('')));
  if (last === '.' || last === ',' || last === '\u066B') {
    const decimals = parts.at(-1) ?? '';
    values.add(`${integer(parts.slice(0, -1).join('') || '0')}.${decimals}`.replace(/\.?0+$/, '') || '0');
  }
  return values;
}

/** A figure written with 0–9 alone, no separator, no other script. */
const plainDigits = /^[0-9]+$/;

/** A run of 0–9 as an integer without leading zeros: with a float while it is exact (fifteen digits), else with a BigInt. */
function integer(digits: string): string {
  return digits.length <= 15 ? String(Number(digits)) : String(BigInt(digits));
}

/** The numbers of a text, as written, with their index. */
export function numbersIn(text: string): Array<{ value: string; index: number }> {
  return matchesOf(text, numberPattern);
}

/**
 * Numbers written as words, two to twenty ("one" is left out: it is as often a pronoun).
 * Arabic words may carry a one-letter prefix (و ب ل ف ك) and the article ال.
 */
const numberWords: Record<string, Record<string, number>> = {
  en: Object.fromEntries(
    ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'].map((word, index) => [word, index + 2]),
  ),
  fr: Object.fromEntries(
    ['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf', 'vingt'].map((word, index) => [word, index + 2]),
  ),
  ar: {
    اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2, ثلاثة: 3, ثلاث: 3, أربعة: 4, أربع: 4, خمسة: 5, خمس: 5, ستة: 6, ست: 6, سبعة: 7, سبع: 7,
    ثمانية: 8, ثماني: 8, ثمان: 8, تسعة: 9, تسع: 9, عشرة: 10, عشر: 10, عشرون: 20, عشرين: 20,
  },
};

/** A run of letters, digits and hyphens: a number word only counts as a whole run. */
const wordRun = /[\p{L}\p{N}-]+/gu;
const runEndsBefore = /[\p{L}\p{N}-]$/u;
const runGoesOnAfter = /^[\p{L}\p{N}-]/u;

/** What may come before an Arabic number word in the same run: one of و ب ل ف ك, then ال, each optional. */
function arabicStems(run: string): string[] {
  const letter = 'وبلفك'.includes(run.charAt(0)) ? run.slice(1) : null;
  const stems = letter === null ? [] : [...(letter.startsWith('ال') ? [letter.slice(2)] : []), letter];
  return [...stems, ...(run.startsWith('ال') ? [run.slice(2)] : []), run];
}

/** The number words of each language without prefixes, longest first (the first alternative found is the longest): a constant table. */
const wordPatterns: Readonly<Record<string, RegExp>> = Object.fromEntries(
  Object.entries(numberWords).map(([lang, words]) => [lang, new RegExp(Object.keys(words).sort((a, b) => b.length - a.length).join('|'), 'gi')]),
);

/** Any Arabic number word, anywhere (not global: `test` keeps no state). */
const arabicWords = new RegExp(Object.keys(numberWords.ar ?? {}).join('|'), 'u');

/**
 * The numbers a text spells out in its language, with their index: a number word counts
 * when it is a whole run of letters (Arabic: after an optional prefix). The words are found
 * with a plain pattern and their edges checked after, which is faster than Unicode
 * look-arounds in the pattern (milliseconds to compile, and tried at every position).
 */
function spelledNumbers(text: string, locale: string): Array<{ value: string; index: number; number: number }> {
  const lang = language(locale);
  const words = numberWords[lang];
  if (!words) return [];
  const found: Array<{ value: string; index: number; number: number }> = [];
  if (lang === 'ar') {
    // A run whose stem is a number word holds that word: a text with none has no run to look at.
    if (!arabicWords.test(text)) return found;
    for (const match of text.matchAll(wordRun)) {
      const stem = arabicStems(match[0]).find((candidate) => Object.hasOwn(words, candidate));
      if (stem !== undefined) found.push({ value: match[0], index: match.index, number: words[stem] as number });
    }
    return found;
  }
  for (const match of text.matchAll(wordPatterns[lang] as RegExp)) {
    const end = match.index + match[0].length;
    if (runEndsBefore.test(text.slice(Math.max(0, match.index - 2), match.index)) || runGoesOnAfter.test(text.slice(end, end + 2))) continue;
    found.push({ value: match[0], index: match.index, number: words[match[0].toLowerCase()] as number });
  }
  return found;
}

/** `numbers`: every number of the source is in the translation, in digits of any script, a local format or words. */
export const numbers: ContentRule = {
  id: 'numbers',
  severity: 'error',
  reviewable: true,
  summary: 'a number of the source (in digits, or spelled out from two to twenty) is not in the translation; Western, Arabic-Indic, `1 000,5` and spelled-out forms count as equal',
  example: 'the source has the number four and the translation does not; check the figures',
  check(input) {
    const { locale, sourceLocale } = input;
    // Arabic says "two" with the dual form of the noun, not with a numeral.
    const dual = language(locale) === 'ar';
    const wanted = input.fromSource('numbers', (text) => sourceNumbers(text, sourceLocale)).filter((number) => !(dual && number.spelled === 2));
    if (wanted.length === 0) return [];
    // Figures as they display: an invisible character inside one (the `invisible` rule's business) does not split it.
    const translationText = visibleText(input.translationText);
    // A figure's values are worked out when a number is compared with it, and only if it is not written as that number is.
    const figures: Candidate[] = numbersIn(translationText).map(({ value }) => ({ value, values: null, used: false }));
    // Words of the source language count too: whether they are translated is not this rule's concern.
    // They come after the figures, so they are looked for only once a number finds no figure.
    let words: Candidate[] | undefined;
    const spelled = (): Candidate[] =>
      (words ??= [...new Set([locale, sourceLocale])].flatMap((tag) => spelledNumbers(translationText, tag)).map((match) => ({ value: null, values: new Set([String(match.number)]), used: false })));
    const hits: RuleHit[] = [];
    for (const number of wanted) {
      // The same figure, written the same way, has the same values: no set to make or compare.
      const unused = (candidate: Candidate): boolean => !candidate.used && (candidate.value === number.value || meet(valuesOf(candidate), number.values));
      const match = figures.find(unused) ?? spelled().find(unused);
      if (match) match.used = true;
      else hits.push({ message: `the source has the number ${number.value} and the translation does not; check the figures` });
    }
    return hits;
  },
};

/**
 * A number of the translation a number of the source may match: a figure as written (its
 * values worked out on first comparison), or a spelled-out word, whose one value is known
 * (`value` null: a word is never compared by its writing, which may be another language's).
 */
interface Candidate {
  value: string | null;
  values: ReadonlySet<string> | null;
  used: boolean;
}

/** A candidate's values: a figure's worked out from its writing on first use, a word's known from the start. */
function valuesOf(candidate: Candidate): ReadonlySet<string> {
  return (candidate.values ??= numberValues(candidate.value ?? ''));
}

/** Whether two sets of values share one. */
function meet(values: ReadonlySet<string>, others: ReadonlySet<string>): boolean {
  for (const value of values) if (others.has(value)) return true;
  return false;
}

/** A number the source has: as written, where, the values it can mean, and for a spelled-out one its number. */
interface SourceNumber {
  value: string;
  index: number;
  values: ReadonlySet<string>;
  spelled?: number;
}

/** The numbers of a source text, in order (digits and words). */
function sourceNumbers(text: string, sourceLocale: string): SourceNumber[] {
  const visible = visibleText(text);
  return [
    ...numbersIn(visible).map((match) => ({ ...match, values: numberValues(match.value) })),
    ...spelledNumbers(visible, sourceLocale).map(({ value, index, number }) => ({ value, index, values: new Set([String(number)]), spelled: number })),
  ].sort((a, b) => a.index - b.index);
}
