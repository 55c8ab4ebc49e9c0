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
    const catalog = readCatalog('{\n  "a": "x",\n}\n');
    expect(catalog.unreadable).toBe(true);
    expect(catalog.problems).toEqual([
      {
        kind: 'parse',
        key: null,
        position: { line: 3, column: 1 },
        message: expect.stringContaining('not valid JSON: property name expected'),
        frame: '1 | {\n2 |   "a": "x",\n3 | }\n  | ^',
      },
    ]);
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
