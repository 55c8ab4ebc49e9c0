import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeLines } from '../pipeline/cli/write-lines.js';
import { jsonLines } from '../pipeline/report/json-lines.js';
import { jsonText } from '../pipeline/report/json-text.js';

/**
 * A JSON report written item by item (`jsonLines`) is byte for byte the one string `jsonText`
 * gives, whatever its lists hold: nested objects and lists, empty ones, and the characters
 * `jsonText` escapes (controls, bidi formatting, line separators, lone surrogates).
 */
const text = fc.string({ unit: fc.constantFrom('a', ' ', '"', '\\', '\n', '\u0000', '\u007f', '\u0085', '\u2028', '\u202e', '\u200b', '\ufeff', '\ud800', '\udc00', '😀', 'ع', '\ufdd0') });
const value = fc.letrec((tie) => ({
  leaf: fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)),
  node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(text, tie('node'), { maxKeys: 3 })),
})).node;
const fields = fc.uniqueArray(fc.record({ key: text, items: fc.array(value, { maxLength: 5 }) }), { selector: (field) => field.key, maxLength: 4 });

describe('jsonLines', () => {
  it('joins to exactly the text jsonText gives of the same object', () => {
    fc.assert(
      fc.property(fields, (list) => {
        const whole = jsonText(Object.fromEntries(list.map(({ key, items }) => [key, items])));
        expect(`${[...jsonLines(list)].join('\n')}\n`).toBe(whole);
      }),
      { numRuns: 500 },
    );
  });

  it('is written in pieces for a report of 50,000 items, and reads back as the object', () => {
    const findings = Array.from({ length: 50_000 }, (_, index) => ({ key: `p-${index}`, message: `no French translation for "p-${index}" yet\u202e`, line: index }));
    const pieces: string[] = [];
    writeLines((piece) => pieces.push(piece), jsonLines([{ key: 'findings', items: findings }, { key: 'summary', items: [] }]));
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces.join('')).toBe(jsonText({ findings, summary: [] }));
    expect(JSON.parse(pieces.join(''))).toEqual({ findings, summary: [] });
  });
});
