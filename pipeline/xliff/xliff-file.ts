import type { Inline } from './inline.js';

/** Where a unit stands, as tarjama sees it; each XLIFF version spells it its own way. */
export type UnitState = 'new' | 'translated' | 'outdated' | 'from-memory' | 'unverified';

/** One key of a namespace, as exchanged with a CAT tool. */
export interface XliffUnit {
  key: string;
  source: Inline[];
  target: Inline[] | null;
  /** Why the target cannot be read (an element the format does not allow there), when it cannot. */
  problem?: string;
  state: UnitState;
  notes: string[];
  /** Hash of the catalog's translation when exported (the empty text for an untranslated one), to tell a newer catalog on import; null in a file that does not say. */
  base: string | null;
}

/** One namespace in one target locale: one XLIFF file. */
export interface XliffFile {
  namespace: string;
  sourceLocale: string;
  targetLocale: string;
  units: XliffUnit[];
}

/** The XLIFF versions tarjama writes and reads. */
export type XliffVersion = '1.2' | '2.0';

/** The namespaces of the two versions, and tarjama's own for its 2.0 extension attribute. */
export const namespaces = {
  '1.2': 'urn:oasis:names:tc:xliff:document:1.2',
  '2.0': 'urn:oasis:names:tc:xliff:document:2.0',
  tarjama: 'urn:tarjama:xliff',
} as const;

/** How each inline kind is written: XLIFF 1.2 `ctype`, XLIFF 2.0 `type` and `subType`. */
export const inlineTypes = {
  emphasis: { ctype: 'italic', type: 'fmt', subType: 'xlf:i' },
  strong: { ctype: 'bold', type: 'fmt', subType: 'xlf:b' },
  delete: { ctype: 'x-strikethrough', type: 'fmt', subType: 'tarjama:strikethrough' },
  link: { ctype: 'link', type: 'link', subType: undefined },
  image: { ctype: 'x-image', type: 'image', subType: undefined },
  code: { ctype: 'x-code', type: 'other', subType: 'tarjama:code' },
  html: { ctype: 'x-html', type: 'other', subType: 'tarjama:html' },
  element: { ctype: 'x-html-element', type: 'other', subType: 'tarjama:html-element' },
  math: { ctype: 'x-math', type: 'other', subType: 'tarjama:math' },
  footnote: { ctype: 'x-footnote', type: 'other', subType: 'tarjama:footnote' },
  break: { ctype: 'lb', type: 'fmt', subType: 'xlf:lb' },
} as const;
