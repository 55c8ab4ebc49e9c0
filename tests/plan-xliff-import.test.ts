import { describe, expect, it } from 'vitest';
import type { LocaleCatalog } from '../pipeline/catalog/locale-catalog.js';
import { readCatalog } from '../pipeline/catalog/read-catalog.js';
import { textHash } from '../pipeline/catalog/translation-state.js';
import { planXliffImport } from '../pipeline/commands/plan-xliff-import.js';
import { xliffMergeEdit } from '../pipeline/commands/xliff-merge-edit.js';
import { readStrings } from '../pipeline/extract/read-strings.js';
import type { XliffUnit } from '../pipeline/xliff/xliff-file.js';

const text = `${JSON.stringify({ a: 'Apple', b: 'Banana', c: 'Cherry', d: 'Date', e: 'Elder' }, null, 2)}\n`;
const document = readStrings('common', { locale: 'en', file: 'locales/en/common.json', catalog: readCatalog(text), text } as LocaleCatalog);
const unit = (key: string, source: string, target: string | null, base: string | null = null): XliffUnit => ({ key, source: [source], target: target === null ? null : [target], state: 'new', notes: [], base });

describe('planXliffImport', () => {
  it('sorts units into candidates, unchanged, untranslated and skipped with their reasons', () => {
    const values = new Map([
      ['b', 'Banane'],
      ['d', 'Datte'],
    ]);
    const plan = planXliffImport(
      document,
      [unit('a', 'Apple', 'Pomme'), unit('b', 'Banana', 'Banane'), unit('c', 'Cherry', '  '), unit('d', 'Date', 'Dattes', textHash('Old')), unit('e', 'Elderberry', 'Sureau'), unit('z', 'Zed', 'Zède')],
      values,
    );
    expect(plan).toEqual({
      candidates: new Map([['a', 'Pomme']]),
      unchanged: 1,
      untranslated: 1,
      skipped: [
        { key: 'd', reason: `the catalog's translation changed after this file was exported (now: "Datte"); export again, or edit the catalog by hand` },
        { key: 'e', reason: 'the source changed since this file was exported; export again and translate the new text' },
        { key: 'z', reason: 'the key is no longer in the source' },
      ],
    });
  });

  it('takes a target over a catalog translation the export was made from', () => {
    const plan = planXliffImport(document, [unit('d', 'Date', 'Dattes', textHash('Datte'))], new Map([['d', 'Datte']]));
    expect(plan.candidates).toEqual(new Map([['d', 'Dattes']]));
  });

  it('counts a target equal to the source as untranslated (what OmegaT writes for a segment left alone), unless its state says translated', () => {
    const plan = planXliffImport(document, [unit('a', 'Apple', 'Apple'), { ...unit('b', 'Banana', 'Banana'), state: 'outdated' }, { ...unit('c', 'Cherry', 'Cherry'), state: 'translated' }], new Map());
    expect(plan).toEqual({ candidates: new Map([['c', 'Cherry']]), unchanged: 0, untranslated: 2, skipped: [] });
  });

  it('refuses a target with inline elements where the source is plain text', () => {
    const plan = planXliffImport(document, [{ ...unit('a', 'Apple', null), target: [{ id: '1', pair: 'emphasis', children: ['Pomme'] }] }], new Map());
    expect(plan.skipped).toEqual([{ key: 'a', reason: 'refused: the target has an inline element with id "1", which the source does not have' }]);
  });
});

describe('xliffMergeEdit', () => {
  it('replaces the keys the catalog has where they stand and puts new ones after the previous key, in source order', () => {
    const { edit, merged } = xliffMergeEdit(document.segments, new Map([['b', 'Banane']]), new Map([['e', 'Sureau'], ['b', 'Bananes'], ['c', 'Cerise']]));
    expect(merged).toEqual(['b', 'c', 'e']);
    expect(edit).toEqual({
      remove: [],
      insert: [
        { key: 'b', value: 'Bananes', after: null },
        { key: 'c', value: 'Cerise', after: 'b' },
        { key: 'e', value: 'Sureau', after: 'c' },
      ],
    });
  });
});
