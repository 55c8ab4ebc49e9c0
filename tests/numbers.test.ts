import { describe, expect, it } from 'vitest';
import { readSource } from '../pipeline/extract/read-source.js';
import { numbers, numberValues } from '../pipeline/rules/numbers.js';
import type { TextCheck } from '../pipeline/rules/rule.js';
import { analyzeSource } from '../pipeline/translate/source-analysis.js';

/**
 * The `numbers` rule word for word: what a figure may become in a translation (another script,
 * another grouping, words), and what it may not. A segment is checked in every locale in turn,
 * from the same source text: each locale's answer is its own.
 */
function check(source: string, translation: string, locale = 'fr', sourceLocale = 'en'): string[] {
  const settings = { glossary: [], numberingSystem: () => 'latn', direction: () => (locale === 'ar' ? ('rtl' as const) : ('ltr' as const)) };
  const input: TextCheck = { key: 'p-x', locale, sourceLocale, kind: 'paragraph', source, translation, sourceText: source, translationText: translation, settings, names: () => new Set(), fromSource: (_name, make) => make(source) };
  return numbers.check(input).map((hit) => hit.message);
}

const missing = (value: string) => `the source has the number ${value} and the translation does not; check the figures`;

describe('the numbers rule', () => {
  it('reads a figure in every grouping and script as the same value, and a wrong one as missing', () => {
    expect(check('The budget is 1,200 dirhams.', 'Le budget est de 1 200 dirhams.')).toEqual([]);
    expect(check('The budget is 1,200 dirhams.', 'Le budget est de 1,2 millier de dirhams.')).toEqual([]);
    expect(check('A rise of 4.2 percent.', 'Une hausse de 4,2 %.')).toEqual([]);
    expect(check('A rise of 4.2 percent.', 'ارتفاع بنسبة ٤٫٢ في المئة.', 'ar')).toEqual([]);
    expect(check('In 2024, 102 votes.', 'En 2024, 104 voix.')).toEqual([missing('102')]);
    expect(check('Seats: 007.', 'Sièges : 7.')).toEqual([]);
  });

  it('reads number words in the source language: the same text has numbers in French, none in English', () => {
    expect(check('Les deux juges.', 'The judges.', 'en', 'fr')).toEqual([missing('deux')]);
    expect(check('Les deux juges.', 'The judges.', 'de', 'en')).toEqual([]);
    expect(check('Les deux juges, 12 greffiers.', 'The 12 clerks.', 'en', 'fr')).toEqual([missing('deux')]);
    expect(check('Les deux juges, 12 greffiers.', 'The two judges.', 'en', 'fr')).toEqual([missing('12')]);
  });

  it('keeps figures longer than a float holds exactly', () => {
    const long = '12345678901234567890';
    expect(numberValues(long)).toEqual(new Set([long]));
    expect(check(`Reference ${long}.`, `Référence ${long}.`)).toEqual([]);
    expect(check(`Reference ${long}.`, 'Référence 12345678901234567891.')).toEqual([missing(long)]);
    expect(numberValues('0.50')).toEqual(new Set(['50', '0.5']));
  });

  it('counts numbers spelled out, with the Arabic prefixes, and each as often as the source has it', () => {
    expect(check('The four judges.', 'Les quatre juges.')).toEqual([]);
    expect(check('The four judges.', 'Les 4 juges.')).toEqual([]);
    expect(check('The 4 judges.', 'والأربعة قضاة.', 'ar')).toEqual([]);
    expect(check('The 4 judges and 4 clerks.', 'Les 4 juges et les greffiers.')).toEqual([missing('4')]);
    expect(check('The four judges.', 'Les juges.')).toEqual([missing('four')]);
  });

  it('answers for each locale the segment is checked in, from the same source: Arabic says two with the dual', () => {
    const source = 'The two courts ruled in 2024.';
    for (let round = 0; round < 2; round += 1) {
      expect(check(source, 'Les tribunaux ont statué en 2024.', 'fr')).toEqual([missing('two')]);
      expect(check(source, 'قضت المحكمتان في 2024.', 'ar')).toEqual([]);
      expect(check(source, 'قضت المحكمتان.', 'ar')).toEqual([missing('2024')]);
    }
  });

  it('takes a figure written as the source writes it at once, another by its values, and each figure once', () => {
    expect(check('In 2024, 1,200 and 1,200.', 'En 2024, 1 200 et 1,200.')).toEqual([]);
    expect(check('Of 1,200 and 1,200.', 'Sur 1,200.')).toEqual([missing('1,200')]);
    // 7 takes the first figure that means 7, which is 007: the source's 007 is then missing.
    expect(check('Seats: 7 and 007.', 'Sièges : 007.')).toEqual([missing('007')]);
    expect(check('Seats: 7 and 007.', 'Sièges : 7 et 007.')).toEqual([]);
  });

  it('has nothing to say when the source has no number', () => {
    expect(check('The court ruled.', 'Le tribunal a statué en 2024, à 3 contre 2.')).toEqual([]);
  });
});

describe('the source numbers of a segment', () => {
  const article = readSource('a', 'source/a.md', '---\ntitle: A\n---\n\nIn 2024, 102 votes.\n\nIn 2025, 7 seats.\n', []);
  const [first, second] = article.segments.filter((segment) => segment.kind === 'paragraph');

  it('are worked out once per segment and name, for every locale of the document', () => {
    const analysis = analyzeSource(article);
    const made: string[] = [];
    const make = (label: string) => () => (made.push(label), { label });
    const kept = analysis.kept(first!, 'numbers', make('first'));
    expect(analysis.kept(first!, 'numbers', make('again'))).toBe(kept);
    expect(analysis.kept(first!, 'other', make('other'))).toEqual({ label: 'other' });
    expect(analysis.kept(second!, 'numbers', make('second'))).toEqual({ label: 'second' });
    expect(made).toEqual(['first', 'other', 'second']);
    // A new analysis (another run, another text) works them out again.
    expect(analyzeSource(article).kept(first!, 'numbers', make('new'))).toEqual({ label: 'new' });
  });

  it('are the ones the rule is given, not its own reading of the source each time', () => {
    const settings = { glossary: [], numberingSystem: () => 'latn', direction: () => 'ltr' as const };
    const input: TextCheck = { key: 'p-x', locale: 'fr', sourceLocale: 'en', kind: 'paragraph', source: 'In 2024.', translation: 'En 2025.', sourceText: 'In 2024.', translationText: 'En 2025.', settings, names: () => new Set(), fromSource: (_name, make) => make('In 2025.') };
    expect(numbers.check(input)).toEqual([]);
    expect(numbers.check({ ...input, fromSource: (_name, make) => make('In 2024.') })).toHaveLength(1);
  });
});
