/** How gettext counts a locale's plural forms: the `Plural-Forms` header and the CLDR category of each form. */
export interface PluralForms {
  header: string;
  /** The i18next suffix (CLDR category) of `msgstr[0]`, `msgstr[1]`…, in gettext's order. */
  categories: string[];
}

const oneOther = (plural: string): PluralForms => ({ header: `nplurals=2; plural=${plural};`, categories: ['one', 'other'] });
const single: PluralForms = { header: 'nplurals=1; plural=0;', categories: ['other'] };
const slavic: PluralForms = {
  header: 'nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);',
  categories: ['one', 'few', 'many'],
};

/** The rules of GNU gettext's documentation (the "Plural forms" node), by language subtag. */
const byLanguage: Record<string, PluralForms> = {
  ar: {
    header: 'nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);',
    categories: ['zero', 'one', 'two', 'few', 'many', 'other'],
  },
  fr: oneOther('(n > 1)'),
  pt: oneOther('(n != 1)'),
  en: oneOther('(n != 1)'),
  de: oneOther('(n != 1)'),
  es: oneOther('(n != 1)'),
  it: oneOther('(n != 1)'),
  nl: oneOther('(n != 1)'),
  tr: oneOther('(n != 1)'),
  ja: single,
  ko: single,
  zh: single,
  ru: slavic,
  uk: slavic,
};

/**
 * The gettext plural forms of a locale (`fr-CA` as `fr`), or null for a language whose rule
 * tarjama does not carry: its plural keys cannot be exchanged as PO.
 */
export function pluralForms(locale: string): PluralForms | null {
  return byLanguage[locale.split(/[-_]/)[0]?.toLowerCase() ?? ''] ?? null;
}
