import { describe, expect, it } from 'vitest';
import { readCatalog } from '../pipeline/catalog/read-catalog.js';

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
});
