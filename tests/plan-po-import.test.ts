import { describe, expect, it } from 'vitest';
import type { LocaleCatalog } from '../pipeline/catalog/locale-catalog.js';
import { readCatalog } from '../pipeline/catalog/read-catalog.js';
import { textHash } from '../pipeline/catalog/translation-state.js';
import { planPoImport } from '../pipeline/commands/plan-po-import.js';
import { withLocaleForms } from '../pipeline/commands/with-locale-forms.js';
import { pluralForms } from '../pipeline/po/plural-forms.js';
import { readStrings } from '../pipeline/extract/read-strings.js';
import type { PoEntry } from '../pipeline/po/po-file.js';
import { readPo } from '../pipeline/po/read-po.js';
import { writePo } from '../pipeline/po/write-po.js';

const text = `${JSON.stringify({ a: 'Apple', b: 'Banana', c: 'Cherry', d: 'Date', e: 'Elder', n_one: 'one minute', n_other: '{{count}} minutes' }, null, 2)}\n`;
const document = readStrings('common', { locale: 'en', file: 'locales/en/common.json', catalog: readCatalog(text), text } as LocaleCatalog);
const entry = (context: string, source: string, translations: string[], extra: Partial<PoEntry> = {}): PoEntry => ({
  context,
  source,
  sourcePlural: null,
  translations,
  fuzzy: false,
  previous: null,
  notes: [],
  references: [],
  base: null,
  line: 0,
  ...extra,
});

/** Entries through a real PO file (written and read by gettext-parser), each with its line. */
function throughPo(entries: PoEntry[], locale = 'fr', pluralForms: string | null = 'nplurals=2; plural=(n > 1);') {
  return readPo(writePo({ namespace: 'common', sourceLocale: 'en', targetLocale: locale, pluralForms, entries }));
}

describe('planPoImport', () => {
  it('sorts entries into candidates, unchanged, untranslated and skipped with their lines and reasons', () => {
    const po = throughPo([
      entry('a', 'Apple', ['Pomme']),
      entry('b', 'Banana', ['Banane']),
      entry('c', 'Cherry', ['']),
      entry('d', 'Date', ['Dattes'], { base: textHash('Old') }),
      entry('e', 'Elderberry', ['Sureau']),
      entry('z', 'Zed', ['Zède']),
    ]);
    const line = (key: string) => po.entries.find((read) => read.context === key)?.line;
    const plan = planPoImport(withLocaleForms(document, pluralForms('fr')?.categories ?? null), po, new Map([['b', 'Banane'], ['d', 'Datte']]), 'fr');
    expect(plan).toEqual({
      candidates: new Map([['a', 'Pomme']]),
      unchanged: 1,
      untranslated: 1,
      skipped: [
        { key: 'd', reason: `line ${line('d')}: the catalog's translation changed after this file was exported (now: "Datte"); export again, or edit the catalog by hand` },
        { key: 'e', reason: `line ${line('e')}: the source changed since this file was exported; export again and translate the new text` },
        { key: 'z', reason: `line ${line('z')}: the key is no longer in the source (or is not a plural there)` },
      ],
    });
  });

  it('keeps a fuzzy entry out unless it equals the catalog, and reads a source rewrapped by a PO editor as the same', () => {
    const po = throughPo([entry('a', 'Apple', ['Pomme'], { fuzzy: true }), entry('b', 'Banana', ['Banane'], { fuzzy: true }), entry('c', 'Cherry\n', ['Cerise'])]);
    const plan = planPoImport(document, po, new Map([['b', 'Banane']]), 'fr');
    expect(plan.candidates).toEqual(new Map([['c', 'Cerise']]));
    expect(plan.unchanged).toBe(1);
    expect(plan.skipped.map(({ key }) => key)).toEqual(['a']);
    expect(plan.skipped[0]?.reason).toContain('a is marked fuzzy');
  });

  it('maps the six Arabic forms to their keys, the ones the English source lacks included', () => {
    const forms = ['< 1 دقيقة', 'دقيقة', 'دقيقتان', '{{count}} دقائق', '{{count}} دقيقة', '{{count}} دقيقة.'];
    const po = throughPo([entry('n', 'one minute', forms, { sourcePlural: '{{count}} minutes' })], 'ar', 'nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);');
    const arabic = withLocaleForms(document, pluralForms('ar')?.categories ?? null);
    expect(arabic.segments.map((segment) => segment.key)).toEqual(['a', 'b', 'c', 'd', 'e', 'n_zero', 'n_one', 'n_two', 'n_few', 'n_many', 'n_other']);
    const plan = planPoImport(arabic, po, new Map(), 'ar');
    expect(plan.candidates).toEqual(new Map(['zero', 'one', 'two', 'few', 'many', 'other'].map((category, index) => [`n_${category}`, forms[index] as string])));
  });

  it('skips, at its line, an entry gettext-parser cannot read, and reads the rest', () => {
    const good = writePo({ namespace: 'common', sourceLocale: 'en', targetLocale: 'fr', pluralForms: null, entries: [entry('a', 'Apple', ['Pomme']), entry('b', 'Banana', ['Banane'])] });
    const broken = good.replace('msgstr "Pomme"', 'msgstr "Po"mme"');
    const line = broken.split('\n').indexOf('msgstr "Po"mme"') + 1;
    const plan = planPoImport(document, readPo(broken), new Map(), 'fr');
    expect(plan.candidates).toEqual(new Map([['b', 'Banane']]));
    expect(plan.skipped).toEqual([{ key: '(unreadable entry)', reason: expect.stringMatching(new RegExp(`^line ${line}: .*fix the entry in a PO editor$`)) as string }]);
  });
});
