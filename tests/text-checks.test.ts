import type { PhrasingContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { imageDescriptions } from '../pipeline/markdown/image-descriptions.js';
import { movedLinks } from '../pipeline/markdown/moved-links.js';
import { parseMessage } from '../pipeline/markdown/parse-message.js';
import { plainTextMarkup } from '../pipeline/markdown/plain-text-markup.js';
import type { Reference } from '../pipeline/markdown/to-message.js';
import { parseGlossary } from '../pipeline/rules/glossary-file.js';
import { frSpacing } from '../pipeline/rules/fr-spacing.js';
import { placeholders } from '../pipeline/rules/placeholders.js';
import type { TextCheck } from '../pipeline/rules/rule.js';
import { sourceNames } from '../pipeline/rules/source-names.js';
import { unnamedWords } from '../pipeline/rules/unnamed-words.js';
import { untranslated } from '../pipeline/rules/untranslated.js';
import { whitespace } from '../pipeline/rules/whitespace.js';
import { TarjamaError } from '../pipeline/util/tarjama-error.js';

/** The pure parts of "every translator-controlled character is checked". */
const context = { definitions: '', reserved: new Set<string>(), labels: new Map() };

function children(text: string, references: readonly Reference[]): PhrasingContent[] {
  const parsed = parseMessage(text, references, context);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.children;
}

describe('plainTextMarkup', () => {
  it('finds nothing in plain text, whatever its punctuation', () => {
    expect(plainTextMarkup('Morocco – Public Prosecutor', 'Le Maroc, acteur international & partenaire (Ministère public) : 25 % – 5 * 3')).toEqual([]);
  });

  it('names HTML tags by rule html, at the first one', () => {
    expect(plainTextMarkup('A title', 'Un titre <script>alert(1)</script><img src=x onerror=alert(1)>')).toEqual([{ rule: 'html', labels: ['HTML <script>, <img>'], index: 9 }]);
  });

  it('names a line break, block and inline Markdown by rule markup, in text order', () => {
    expect(plainTextMarkup('A title', 'Un titre\n\n# Titre\n\n- puce *x* [l](https://e.example) `c`')).toEqual([
      { rule: 'markup', labels: ['a line break', 'a heading (#)', 'a list (-, *, + or 1.)', 'emphasis (*…*)', 'a link ([…](…))', 'inline code (`…`)'], index: 8 },
    ]);
  });

  it('accepts the markup the source has, and a line break where the source has one', () => {
    expect(plainTextMarkup('The <abbr>ISM</abbr>\nreport', 'Le rapport\nde l’<abbr>ISM</abbr>')).toEqual([]);
    expect(plainTextMarkup('The <abbr>ISM</abbr> report', 'Le rapport de l’<abbr>ISM</abbr> <b>x</b>')).toEqual([{ rule: 'html', labels: ['HTML <b>'], index: 33 }]);
  });

  it('leaves a bare address to the urls and emails rules', () => {
    expect(plainTextMarkup('A title', 'Un titre www.example.org press@example.org')).toEqual([]);
    expect(plainTextMarkup('A title', 'Un titre <https://example.org>')).toEqual([{ rule: 'markup', labels: ['a link (<…>)'], index: 9 }]);
  });
});

describe('sourceNames', () => {
  it('takes a word capitalised after a lower-case word of the same sentence, in running prose', () => {
    const names = sourceNames([
      { kind: 'paragraph', text: 'The minister said on Tuesday in Rabat that “The programme works.” New stations open.' },
      { kind: 'heading', text: 'Key figures in Casablanca' },
    ]);
    expect([...names].sort()).toEqual(['Rabat', 'Tuesday']);
  });

  it('follows a name of several words, but not across a sentence', () => {
    const names = sourceNames([{ kind: 'paragraph', text: 'He thanked the Public Prosecutor’s Office, El Hassan Daki. Key figures follow.' }]);
    expect([...names].sort()).toEqual(['Daki', 'El', 'Hassan', 'Office', 'Prosecutor', 'Public']);
  });

  it('drops a word the document also writes in lower case', () => {
    expect([...sourceNames([{ kind: 'paragraph', text: 'He met the Council, then the council met again.' }])]).toEqual([]);
  });
});

describe('unnamedWords', () => {
  const names = new Set(['Rabat', 'Salé']);

  it('keeps numbers, codes, acronyms, CamelCase, addresses, placeholders, units and names out', () => {
    expect(unnamedWords('UNICEF, MA-JUST, CyberSouth, iPhone, II, G7, 2025, 12 km, coe.int, https://example.org/a-b, press@example.org, {{count}}, Rabat and Salé’s', names, [])).toEqual(['and']);
  });

  it('lists the words a translator has to translate, capitalised at the start or not', () => {
    expect(unnamedWords('Key figures', names, [])).toEqual(['Key', 'figures']);
    expect(unnamedWords('Hassan II bridge', names, [])).toEqual(['Hassan', 'bridge']);
    expect(unnamedWords('Item', names, [])).toEqual(['Item']);
  });

  it('takes glossary terms the locale keeps out first, whatever their case and plural', () => {
    expect(unnamedWords('Programmes', names, ['programme'])).toEqual([]);
    expect(unnamedWords('Programme of UNICEF', names, ['programme'])).toEqual(['of']);
  });
});

/** What a content rule is given for one French translation of an English table header (`overrides` change any of it). */
function input(overrides: Partial<TextCheck>): TextCheck {
  const check: Omit<TextCheck, 'fromSource'> = {
    key: 'th-item',
    locale: 'fr',
    sourceLocale: 'en',
    kind: 'table-header',
    source: 'Item',
    translation: 'Item',
    sourceText: 'Item',
    translationText: 'Item',
    settings: { glossary: [], direction: () => 'ltr', numberingSystem: () => 'latn' },
    names: () => new Set(),
    ...overrides,
  };
  return { ...check, fromSource: (_name, make) => make(check.sourceText) };
}

/** A source text and its translation, as written and as the rules read them (nothing masked). */
function texts(source: string, translation: string): Partial<TextCheck> {
  return { source, translation, sourceText: source, translationText: translation };
}

describe('placeholders', () => {
  it('reports a placeholder on either side only: one the translation lacks, one it adds', () => {
    expect(placeholders.check(input(texts('Welcome back, {{name}}.', 'Bon retour.')))).toEqual([{ message: 'the translation lacks {{name}}; copy every {{…}} and $t(…) of the source exactly' }]);
    expect(placeholders.check(input(texts('Welcome back.', 'Bon retour, {{nom}}.')))).toEqual([
      { message: 'the translation has {{nom}} that the source does not; copy every {{…}} and $t(…) of the source exactly', index: 12 },
    ]);
    expect(placeholders.check(input(texts('See the report.', 'Voir $t(common:report).')))).toEqual([
      { message: 'the translation has $t(common:report) that the source does not; copy every {{…}} and $t(…) of the source exactly', index: 5 },
    ]);
  });

  it('finds nothing when neither side has one, or both have the same', () => {
    expect(placeholders.check(input(texts('Welcome back.', 'Bon retour.')))).toEqual([]);
    expect(placeholders.check(input(texts('Welcome back, {{name}}.', 'Bon retour, {{name}}.')))).toEqual([]);
  });
});

describe('fr-spacing', () => {
  const translated = (translation: string, locale = 'fr'): Partial<TextCheck> => ({ locale, translation, translationText: translation });
  const where = (translation: string, locale?: string) => frSpacing.check(input(translated(translation, locale))).map((hit) => [hit.index, hit.suggestion]);

  it('asks for the no-break space each mark takes, and replaces a plain space with it', () => {
    expect(where('Bilan : 3 morts ; des blessés ! Pourquoi ? Il a dit « non ».')).toEqual([
      [6, 'Bilan\u00A0: 3 morts ; des blessés ! Pourquoi ? Il a dit « non ».'],
      [16, 'Bilan : 3 morts\u202F; des blessés ! Pourquoi ? Il a dit « non ».'],
      [30, 'Bilan : 3 morts ; des blessés\u202F! Pourquoi ? Il a dit « non ».'],
      [41, 'Bilan : 3 morts ; des blessés ! Pourquoi\u202F? Il a dit « non ».'],
      [52, 'Bilan : 3 morts ; des blessés ! Pourquoi ? Il a dit «\u00A0non ».'],
      [58, 'Bilan : 3 morts ; des blessés ! Pourquoi ? Il a dit « non\u00A0».'],
    ]);
    expect(where('Il a dit «non».')).toEqual([
      [9, 'Il a dit «\u00A0non».'],
      [13, 'Il a dit «non\u00A0».'],
    ]);
  });

  it('leaves the places where French writes the mark without one', () => {
    const spaced = 'Bilan\u00A0: 3 morts\u202F; vraiment\u202F?! Il a dit «\u00A0non\u00A0».';
    expect(where(spaced)).toEqual([]);
    // At the start, after a masked piece of syntax, in a time, an address or an HTML entity, and a final «.
    expect(where(': suite')).toEqual([]);
    expect(where('Voir \uFFFC: suite')).toEqual([]);
    expect(where('À 10:30, au lieu de 9:00.')).toEqual([]);
    expect(where('Sur https://example.org et A&amp; B')).toEqual([]);
    expect(where('Il a dit «')).toEqual([]);
    expect(where('Bilan : 3 morts.', 'en')).toEqual([]);
  });
});

describe('whitespace', () => {
  it('finds two spaces in a row between words, and only there', () => {
    expect(whitespace.check(input(texts('The court ruled.', 'La cour a  statué   lundi.')))).toEqual([{ message: 'the translation has two spaces in a row; use one', index: 9, suggestion: 'La cour a statué lundi.' }]);
    expect(whitespace.check(input(texts('The court ruled.', 'La cour a statué  lundi.')))).toEqual([{ message: 'the translation has two spaces in a row; use one', index: 16, suggestion: 'La cour a statué lundi.' }]);
    expect(whitespace.check(input(texts('The court ruled.', 'La cour a statué lundi.')))).toEqual([]);
    expect(whitespace.check(input(texts('The court ruled.', 'La cour a statué lundi\u00A0\u00A0!')))).toEqual([]);
    expect(whitespace.check(input(texts(' The court ruled.', ' La cour a statué.  ')))).toEqual([{ message: 'the translation ends with whitespace; remove it', index: 18, suggestion: ' La cour a statué.' }]);
  });
});

describe('untranslated', () => {
  it('reports a one-word string left in the source language, and says how to keep a shared word', () => {
    expect(untranslated.check(input({}))).toEqual([
      { message: 'the translation is the source text unchanged ("Item" is not a name, number or code); translate it, or, if French writes it the same (a name, a word both languages share), add it to locales/glossary.json with "keep": ["fr"]', index: 0 },
    ]);
  });

  it('accepts it when the glossary keeps the term in that locale, by "keep" or by a rendering that is the term', () => {
    const keep = { term: 'item', required: {}, forbidden: {}, keep: ['fr'] };
    expect(untranslated.check(input({ settings: { ...input({}).settings, glossary: [keep] } }))).toEqual([]);
    expect(untranslated.check(input({ locale: 'ar', settings: { ...input({}).settings, glossary: [keep] } }))).toHaveLength(1);
    const rendering = { term: 'Item', required: { fr: ['Item'] }, forbidden: {}, keep: false };
    expect(untranslated.check(input({ settings: { ...input({}).settings, glossary: [rendering] } }))).toEqual([]);
  });

  it('accepts names, and a regional variant of the source language', () => {
    expect(untranslated.check(input({ source: 'Rabat', translation: 'Rabat', sourceText: 'Rabat', names: () => new Set(['Rabat']) }))).toEqual([]);
    expect(untranslated.check(input({ locale: 'en-GB' }))).toEqual([]);
  });
});

describe('movedLinks', () => {
  const references: Reference[] = [
    { label: '1', kind: 'link', url: 'https://example.org/donate', title: null },
    { label: '2', kind: 'link', url: 'https://example.org/report', title: null },
    { label: '3', kind: 'link', url: 'https://example.org', title: null, locked: 'https://example.org' },
  ];
  const source = children('Give to [UNICEF][1], report to the [fraud office][2], see [https://example.org][3].', references);

  it('names each link whose number is not the source’s at its place, with the text the source gives it', () => {
    expect(movedLinks(source, children('Voir [https://example.org][3] ; donnez à l’[UNICEF][2], signalez au [bureau des fraudes][1].', references), references)).toEqual([
      { text: 'UNICEF', label: '2', url: 'https://example.org/report', sourceText: 'fraud office', index: 43 },
      { text: 'bureau des fraudes', label: '1', url: 'https://example.org/donate', sourceText: 'UNICEF', index: 68 },
    ]);
  });

  it('finds nothing when the order is the source’s (an address shown as its text may move)', () => {
    expect(movedLinks(source, children('Voir [https://example.org][3] ; donnez à l’[UNICEF][1], signalez au [bureau des fraudes][2].', references), references)).toEqual([]);
  });
});

describe('imageDescriptions', () => {
  it('gives each own image’s alt text as read and as written, and where it starts', () => {
    const references: Reference[] = [{ label: '1', kind: 'image', url: 'https://example.org/a.jpg', title: null }];
    const text = 'Voir ![Une *rame* <b>x</b>][1].';
    expect([...imageDescriptions(text, children(text, references), references).values()]).toEqual([{ label: '1', alt: 'Une rame <b>x</b>', raw: 'Une *rame* <b>x</b>', index: 7 }]);
  });
});

describe('parseGlossary', () => {
  const fails = (text: string): TarjamaError => {
    try {
      parseGlossary(text, 'locales/glossary.json', 'en');
    } catch (error) {
      return error as TarjamaError;
    }
    throw new Error('no error');
  };

  it('reads "keep": true or a list of locales', () => {
    expect(parseGlossary('{"terms": [{"en": "UNICEF", "keep": true}, {"en": "Notes", "keep": ["fr"], "note": "same word"}]}', 'g', 'en')).toEqual([
      { term: 'UNICEF', required: {}, forbidden: {}, keep: true },
      { term: 'Notes', required: {}, forbidden: {}, keep: ['fr'], note: 'same word' },
    ]);
  });

  it('refuses a "keep" of the wrong type, or one that contradicts a rendering, at its line and column', () => {
    const wrong = fails('{"terms": [\n  {"en": "UNICEF",\n   "keep": "yes"}\n]}');
    expect([wrong.message, wrong.place]).toEqual(['invalid glossary: term "UNICEF": "keep" must be true, false or a list of target locales (["fr"])', { file: 'locales/glossary.json', line: 3, column: 4 }]);
    const contradiction = fails('{"terms": [\n  {"en": "UNICEF", "keep": true, "ar": "اليونيسف"}\n]}');
    expect([contradiction.message, contradiction.place]).toEqual(['invalid glossary: term "UNICEF": "keep" lets ar write it "UNICEF", but "ar" requires "اليونيسف"; remove one of them', { file: 'locales/glossary.json', line: 2, column: 34 }]);
    const forbidden = fails('{"terms": [{"en": "Notes", "keep": ["fr"], "forbidden": {"fr": ["Notes"]}}]}');
    expect(forbidden.message).toBe('invalid glossary: term "Notes": "keep" lets fr write it "Notes", but forbidden "fr" lists "Notes" itself; remove one of them');
  });

  it('locates the other errors too: bad JSON, a term without source text, a bad rendering', () => {
    expect(fails('{"terms": [}').place).toEqual({ file: 'locales/glossary.json', line: 1, column: 12 });
    const noSource = fails('{"terms": [\n  {"fr": "x"}\n]}');
    expect([noSource.message, noSource.place]).toEqual(['invalid glossary: term 1 has no "en" text', { file: 'locales/glossary.json', line: 2, column: 3 }]);
    const rendering = fails('{"terms": [{"en": "x", "fr": 3}]}');
    expect([rendering.message, rendering.place]).toEqual(['invalid glossary: term "x": "fr" must be a string or an array of strings', { file: 'locales/glossary.json', line: 1, column: 24 }]);
  });
});
