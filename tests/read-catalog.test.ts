import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalCatalog } from '../pipeline/catalog/canonical-catalog.js';
import { parsedCatalog, readCatalog } from '../pipeline/catalog/read-catalog.js';
import { serializeCatalog } from '../pipeline/catalog/serialize-catalog.js';
import { valuePosition } from '../pipeline/catalog/value-position.js';

describe('readCatalog', () => {
  it('gives each key its 1-based line and column', () => {
    const catalog = readCatalog('{\n  "a": "x",\n  "b": "y"\n}\n');
    expect(catalog.entries.map((entry) => [entry.key, entry.position])).toEqual([
      ['a', { line: 2, column: 3 }],
      ['b', { line: 3, column: 3 }],
    ]);
    expect([...catalog.values]).toEqual([['a', 'x'], ['b', 'y']]);
    expect(catalog.problems).toEqual([]);
  });

  it('reports invalid JSON with its position and marks the file unreadable', () => {
    const catalog = readCatalog('{\n  "a": "x"\n  "b": "y"\n}\n');
    expect(catalog.unreadable).toBe(true);
    expect(catalog.problems).toEqual([
      {
        kind: 'parse',
        key: null,
        position: { line: 3, column: 3 },
        message: expect.stringContaining('not valid JSON: comma expected'),
        frame: '1 | {\n2 |   "a": "x"\n3 |   "b": "y"\n  |   ^',
      },
    ]);
  });

  it('points at a trailing comma, not at the bracket after it, and says to delete it', () => {
    for (const [text, line, column, frame] of [
      ['{\n  "a": "x",\n}\n', 2, 11, '1 | {\n2 |   "a": "x",\n  |           ^'],
      ['{"a": "x",  \n\n}', 1, 10, '1 | {"a": "x",  \n  |          ^'],
    ] as const) {
      expect(readCatalog(text).problems).toEqual([
        { kind: 'parse', key: null, position: { line, column }, message: 'not valid JSON: a trailing comma before "}": JSON allows none, delete it', frame },
      ]);
    }
  });

  it('cuts the frame of a long line around the column, the caret under the character at fault', () => {
    const filler = 'x'.repeat(640);
    const text = `{\n  "a": "${filler}",\n  "b": "${filler}" "c": "y"\n}\n`;
    const [problem] = readCatalog(text).problems;
    expect(problem?.position).toEqual({ line: 3, column: 651 });
    const lines = (problem?.frame ?? '').split('\n');
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(86);
    const caret = (lines[3] as string).indexOf('^');
    expect((lines[2] as string)[caret]).toBe('"');
    expect((lines[2] as string).slice(caret)).toMatch(/^"c": "y"$/);
    expect(lines[2]).toMatch(/^3 \| …x+" "c": "y"$/);
    expect(lines[1]).toMatch(/^2 \| …x+",$/);
  });

  it('reports duplicate keys and non-string values', () => {
    const catalog = readCatalog('{"a": "x", "a": "y", "b": {"c": "d"}}');
    expect(catalog.problems.map((problem) => [problem.kind, problem.key])).toEqual([
      ['duplicate', 'a'],
      ['type', 'b'],
    ]);
    expect(catalog.values.get('a')).toBe('y');
    expect(catalog.values.has('b')).toBe(false);
  });

  it('keeps keys such as __proto__ as plain data', () => {
    const catalog = readCatalog('{"__proto__": "x", "constructor": "y"}');
    expect(catalog.values.get('__proto__')).toBe('x');
    expect(Object.fromEntries(catalog.values).__proto__).toBe('x');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  describe('a catalog as tarjama writes it', () => {
    // Keys and values with what JSON escapes (quotes, backslashes, controls, NUL, lone
    // surrogates, U+2028), right-to-left text, and keys JSON.parse moves (array indices) or
    // that name Object's own properties.
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('', 'مرحبا "بكم"', 'a\\b', '\u0000', '\ud800', 'x\u2028y', '\t\n'));
    const key = fc.oneof(text, fc.constantFrom('__proto__', 'constructor', '0', '7', '10', '01', '-1', 'p-intro'));
    const pairs = fc.array(fc.tuple(key, text), { maxLength: 8 });
    // Forms only the parser reads: another layout, a duplicate key, a value that is not a string.
    const variant = fc.constantFrom('as written', 'four spaces', 'one line', 'CRLF', 'no final newline', 'duplicate', 'nested value', 'number value', 'escaped');
    const variantOf = (written: string, entries: [string, string][], kind: string): string => {
      if (kind === 'as written') return written;
      if (kind === 'four spaces') return `${JSON.stringify(Object.fromEntries(entries), null, 4)}\n`;
      if (kind === 'one line') return JSON.stringify(Object.fromEntries(entries));
      if (kind === 'CRLF') return written.replace(/\n/g, '\r\n');
      if (kind === 'no final newline') return written.trimEnd();
      // As some editors save JSON: every character past ASCII as a `\u` escape.
      if (kind === 'escaped') return written.replace(/[\u0080-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
      const [first] = entries;
      if (kind === 'duplicate') return first === undefined ? written : written.replace(/\n}\n$/, `,\n  ${JSON.stringify(first[0])}: ${JSON.stringify(first[1])}\n}\n`);
      const value = kind === 'nested value' ? '{ "a": "b" }' : '42';
      return entries.length === 0 ? `{\n  "zz-other": ${value}\n}\n` : written.replace(/\n}\n$/, `,\n  "zz-other": ${value}\n}\n`);
    };

    it('is read with the positions, values and problems the parser gives, whatever its keys and values', () => {
      fc.assert(
        fc.property(pairs, variant, (entries, kind) => {
          const source = variantOf(serializeCatalog(entries), entries, kind);
          expect(readCatalog(source)).toEqual(parsedCatalog(source));
        }),
        { numRuns: 2000 },
      );
    });

    it('is read without the parser when its keys are not array indices and its values hold no NUL', () => {
      fc.assert(
        fc.property(pairs, (entries) => {
          const unique = [...new Map(entries.filter(([key, value]) => !/^(0|[1-9]\d*)$/.test(key) && !value.includes('\u0000')))];
          const source = serializeCatalog(unique);
          expect(canonicalCatalog(source)).toEqual(parsedCatalog(source));
          expect(canonicalCatalog(source)).not.toBeNull();
        }),
        { numRuns: 1000 },
      );
    });

    it('places every character of a value where its literal is in the file, however the value is escaped', () => {
      fc.assert(
        fc.property(pairs, variant, (entries, kind) => {
          const source = variantOf(serializeCatalog(entries), entries, kind);
          const starts = [0, ...[...source.matchAll(/\n/g)].map((match) => match.index + 1)];
          const offset = ({ line, column }: { line: number; column: number }): number => (starts[line - 1] as number) + column - 1;
          for (const entry of readCatalog(source).entries) {
            if (typeof entry.value !== 'string') continue;
            const first = offset(valuePosition(entry, 0));
            for (let index = 0; index <= entry.value.length; index += 1) {
              // The literal up to the character decodes to the value up to it.
              expect(JSON.parse(`"${source.slice(first, offset(valuePosition(entry, index)))}"`)).toBe(entry.value.slice(0, index));
            }
          }
        }),
        { numRuns: 500 },
      );
    });

    it('leaves to the parser, and its problems, a file with a duplicate key or a value that is not a string', () => {
      expect(canonicalCatalog('{\n  "a": "x",\n  "a": "y"\n}\n')).toBeNull();
      expect(canonicalCatalog('{\n  "a": 1\n}\n')).toBeNull();
      expect(canonicalCatalog('{\n  "a": "x\\u0000"\n}\n')).toBeNull();
      expect(readCatalog('{\n  "a": "x",\n  "a": "y"\n}\n').problems.map((problem) => problem.kind)).toEqual(['duplicate']);
    });
  });
});
