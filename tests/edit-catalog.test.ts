import { applyEdits, modify } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { editCatalog, type CatalogEdit } from '../pipeline/catalog/edit-catalog.js';

/** The edit made one key at a time on `{}`, as editCatalog edits a catalog that has entries. */
function oneByOne(text: string, edit: CatalogEdit): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const formattingOptions = { insertSpaces: true, tabSize: 2, eol };
  let result = `{}${eol}`;
  for (const key of edit.remove) result = applyEdits(result, modify(result, [key], undefined, { formattingOptions }));
  for (const { key, value, after } of edit.insert) {
    result = applyEdits(result, modify(result, [key], value, { formattingOptions, getInsertionIndex: (properties) => (after === null ? 0 : properties.indexOf(after) + 1) }));
  }
  return result;
}

/** A small seeded generator (mulberry32), so that a failure shows the same edits again. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('editCatalog', () => {
  it('writes an absent or blank catalog with the same bytes as inserting its keys one by one, whatever the keys, values, order and line endings', () => {
    const next = random(19);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    const keys = ['p-a', 'p-b', 'h-c', '1', '2', 'é', 'x"y', '\u2028', 'a\\b', '__proto__', 'constructor'];
    const values = ['', 'Le vote', 'ligne\nsuivante', '"cité"', '\u2028\u2029', '\t', '</script>', '\u0000'];
    for (let trial = 0; trial < 2_000; trial += 1) {
      const insert: CatalogEdit['insert'] = [];
      for (let index = Math.floor(next() * 7); index > 0; index -= 1) {
        const roll = next();
        const after = roll < 0.3 || insert.length === 0 ? (roll < 0.9 ? null : 'absent-key') : roll < 0.8 ? (insert.at(-1)?.key ?? null) : (insert[0]?.key ?? null);
        insert.push({ key: pick(keys), value: pick(values), after });
      }
      const edit = { remove: keys.filter(() => next() < 0.2), insert };
      for (const text of ['', '  ', '\n', '\r\n']) expect(editCatalog(text, edit), JSON.stringify({ text, edit })).toBe(oneByOne(text, edit));
    }
  });

  it('writes a new article catalog as two-space JSON in the order of the edit, with the line ending of the blank file', () => {
    const edit: CatalogEdit = { remove: [], insert: [{ key: 'h-title', value: '', after: null }, { key: 'p-lead', value: '', after: 'h-title' }] };
    expect(editCatalog('', edit)).toBe('{\n  "h-title": "",\n  "p-lead": ""\n}\n');
    expect(editCatalog('\r\n', edit)).toBe('{\r\n  "h-title": "",\r\n  "p-lead": ""\r\n}\r\n');
    expect(editCatalog('', { remove: ['p-gone'], insert: [] })).toBe('{}\n');
  });
});
