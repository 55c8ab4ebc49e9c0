import type { SourceDocument } from '../extract/read-source.js';
import type { Segment } from '../extract/segment.js';
import { pluralCategories, pluralKey } from '../rules/plurals.js';

/**
 * A document of site strings with a segment for every plural form in `categories` (a target
 * locale's: Arabic has six where the English source has two), each a key to translate and
 * merge. A form the source has keeps its segment; one it lacks takes the source's segment of
 * the same category, else its `_other`, under its own key. The source's own forms stay too, so
 * an exchange file can still name them; a plural's forms come in CLDR's order (zero … other).
 */
export function withLocaleForms(document: SourceDocument, categories: readonly string[] | null): SourceDocument {
  if (document.kind !== 'strings' || categories === null) return document;
  const segments: Segment[] = [];
  const done = new Set<string>();
  for (const segment of document.segments) {
    const plural = pluralKey(segment.key);
    if (!plural) segments.push(segment);
    else if (!done.has(plural.base)) {
      done.add(plural.base);
      const group = document.segments.filter((other) => pluralKey(other.key)?.base === plural.base);
      const other = group.find((form) => pluralKey(form.key)?.category === 'other') ?? segment;
      const present = new Set([...group.map((form) => pluralKey(form.key)?.category), ...categories]);
      for (const category of pluralCategories.filter((known) => present.has(known))) {
        const key = `${plural.base}_${category}`;
        segments.push(group.find((form) => form.key === key) ?? { ...other, key });
      }
    }
  }
  return { ...document, segments };
}
