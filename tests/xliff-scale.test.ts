import { describe, expect, it } from 'vitest';
import { planXliffImport } from '../pipeline/commands/plan-xliff-import.js';
import { xliffMergeEdit } from '../pipeline/commands/xliff-merge-edit.js';
import type { LocaleCatalog } from '../pipeline/catalog/locale-catalog.js';
import { readCatalog } from '../pipeline/catalog/read-catalog.js';
import { readStrings } from '../pipeline/extract/read-strings.js';
import type { Inline } from '../pipeline/xliff/inline.js';
import { readXliff } from '../pipeline/xliff/read-xliff.js';
import { sourceInline } from '../pipeline/xliff/segment-inline.js';
import { writeXliff } from '../pipeline/xliff/write-xliff.js';
import type { XliffFile } from '../pipeline/xliff/xliff-file.js';

const units = 10_000;

describe('reading XLIFF at scale', () => {
  for (const version of ['1.2', '2.0'] as const) {
    it(`reads a ${version} file of ${units} units unit by unit, in time linear in the units`, () => {
      const file: XliffFile = {
        namespace: 'big',
        sourceLocale: 'en',
        targetLocale: 'fr',
        units: Array.from({ length: units }, (_, index) => ({
          key: `p${index}`,
          source: ['Paragraph ', { id: '1', pair: 'emphasis' as const, children: [String(index)] }, '.'],
          target: index % 2 === 0 ? ['Paragraphe ', { id: '1', pair: 'emphasis' as const, children: [String(index)] }, '.'] : null,
          state: index % 2 === 0 ? ('translated' as const) : ('new' as const),
          notes: [],
          base: null,
        })),
      };
      const read = readXliff(writeXliff(file, version), 'big.xlf');
      expect(read.units).toHaveLength(units);
      expect(read.units.map((unit) => unit.key)).toEqual(file.units.map((unit) => unit.key));
      for (const index of [0, 1, 4_999, 5_000, 9_998, 9_999]) expect(read.units[index]).toEqual(file.units[index]);
    });
  }

  it(`round-trips a file of ${units} units through the import plan and the catalog edit, unit by unit`, () => {
    // Site strings: plain text, so the time is the XLIFF's and the plan's, not Markdown parsing's.
    const text = `${JSON.stringify(Object.fromEntries(Array.from({ length: units }, (_, index) => [`p${index}`, `Paragraph ${index} of the long one.`])), null, 2)}\n`;
    const document = readStrings('big', { locale: 'en', file: 'locales/en/big.json', catalog: readCatalog(text), text } as LocaleCatalog);
    expect(document.segments).toHaveLength(units);
    const translate = (part: Inline): Inline => (typeof part === 'string' ? part.replace('Paragraph', 'Paragraphe').replace(' of the ', ' du ') : { ...part, ...('pair' in part ? { children: part.children.map(translate) } : {}) });
    const exported: XliffFile = {
      namespace: 'big',
      sourceLocale: 'en',
      targetLocale: 'fr',
      units: document.segments.map((segment) => {
        const source = sourceInline(segment, document).inline;
        return { key: segment.key, source, target: source.map(translate), state: 'new', notes: [], base: null };
      }),
    };
    const read = readXliff(writeXliff(exported, '2.0'), 'big.xlf');
    const plan = planXliffImport(document, read.units, new Map());
    expect({ ...plan, candidates: plan.candidates.size }).toEqual({ candidates: units, unchanged: 0, untranslated: 0, skipped: [] });
    const { merged, edit } = xliffMergeEdit(document.segments, new Map(), plan.candidates);
    expect(merged).toEqual(document.segments.map((segment) => segment.key));
    // The edit, not editCatalog's text: writing 10,000 new keys into a catalog is editCatalog's own cost.
    expect(edit.remove).toEqual([]);
    expect(edit.insert).toHaveLength(units);
    for (const index of [0, 1, 5_000, 9_999]) expect(edit.insert[index]).toEqual({ key: `p${index}`, value: `Paragraphe ${index} du long one.`, after: index === 0 ? null : `p${index - 1}` });
  });
});
