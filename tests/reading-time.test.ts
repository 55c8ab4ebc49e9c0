import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { readingTime } from '../pipeline/publish/reading-time.js';

/** Words as the rule states them: each match of a letter or digit followed by letters, digits, marks, apostrophes and hyphens. */
const words = (text: string): number => text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu)?.length ?? 0;

/** The words `readingTime` counts in a text (at one word a minute). */
const counted = (text: string, locale = 'en'): number => readingTime({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] } satisfies Root, locale, 1);

/** Each character where a word starts, goes on, ends, and after an apostrophe. */
const around = (character: string): string => `${character}a a${character} a${character}a '${character} ${character}${character}-`;

describe('readingTime', () => {
  it('counts words in news copy of each script, spaced', () => {
    expect(counted('RABAT – Morocco’s prosecutors opened 1,250 cases in 2024.')).toBe(9);
    expect(counted('فتحت النيابة العامة 1250 قضية سنة 2024.', 'ar')).toBe(7);
    expect(counted('« L’enquête a-t-elle abouti ? »', 'fr')).toBe(3);
    expect(counted('שלום עולם', 'he')).toBe(2);
  });

  it('counts every UTF-16 unit as the expression does, lone surrogates included', () => {
    const wrong: string[] = [];
    for (let unit = 0; unit <= 0xffff; unit += 1) {
      const text = around(String.fromCharCode(unit));
      if (counted(text) !== words(text)) wrong.push(unit.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('counts characters beyond the Basic Multilingual Plane as one each, as the expression does', () => {
    const wrong: string[] = [];
    for (let point = 0x10000; point <= 0x10ffff; point += point < 0x20000 ? 1 : 97) {
      const text = around(String.fromCodePoint(point));
      if (counted(text) !== words(text)) wrong.push(point.toString(16));
    }
    expect(wrong).toEqual([]);
    // A mathematical letter, an astral digit and an astral combining mark, inside words.
    expect(counted('𝐀bc x𝟎y a𑄀b')).toBe(3);
  });

  it('counts words with the locale’s segmenter where words are not spaced', () => {
    expect(counted('東京は日本の首都です', 'ja')).toBeGreaterThan(1);
    expect(words('東京は日本の首都です')).toBe(1);
  });
});
