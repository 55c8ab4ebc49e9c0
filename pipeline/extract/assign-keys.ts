import { sha256 } from '../util/sha256.js';
import type { SegmentKind } from './segment.js';

const prefixes: Record<SegmentKind, string> = {
  'front-matter': 'meta',
  heading: 'h',
  paragraph: 'p',
  'list-item': 'li',
  blockquote: 'quote',
  footnote: 'fn',
  'table-header': 'th',
  'table-cell': 'td',
  'link-title': 'title',
  caption: 'caption',
  summary: 'summary',
  alt: 'alt',
  label: 'label',
  string: 'string',
};

const maxWords = 6;
const maxSlugLength = 40;

/** The ASCII words of a text, lower-cased, without diacritics or apostrophes. */
export function slugWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The key a segment would get before collisions: `<kind prefix>-<first words>`, or a short hash. */
export function baseKey(kind: SegmentKind, words: string): string {
  let slug = '';
  for (const word of slugWords(words).slice(0, maxWords)) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > maxSlugLength) break;
    slug = next;
  }
  if (slug === '') slug = sha256(words).slice(0, 8);
  return `${prefixes[kind]}-${slug}`;
}

/**
 * Gives each segment without a key a unique one, in document order: the base key, then
 * `-2`, `-3`… for repeats and for keys in `reserved` (those of earlier extractions). Keys use only `a-z`, `0-9` and `-`, so i18next's `.` key separator, `:`
 * namespace separator and `_` plural/context suffixes can never be triggered by accident.
 */
export function assignKeys(segments: ReadonlyArray<{ kind: SegmentKind; words: string; key?: string | undefined }>, reserved: ReadonlySet<string> = new Set()): string[] {
  const used = new Set<string>([...reserved, ...segments.flatMap((segment) => (segment.key === undefined ? [] : [segment.key]))]);
  return segments.map((segment) => {
    if (segment.key !== undefined) return segment.key;
    const base = baseKey(segment.kind, segment.words);
    let key = base;
    for (let n = 2; used.has(key); n += 1) key = `${base}-${n}`;
    used.add(key);
    return key;
  });
}

/** The segment kind a key was made for, from its prefix; undefined for a key tarjama did not make. */
export function kindOfKey(key: string): SegmentKind | undefined {
  const prefix = key.slice(0, key.indexOf('-'));
  return (Object.keys(prefixes) as SegmentKind[]).find((kind) => prefixes[kind] === prefix);
}
