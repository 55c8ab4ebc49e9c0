import type { StateEntry, TranslationStatus } from '../catalog/translation-state.js';
import type { SourceDocument } from '../extract/read-source.js';

const kinds: Record<string, string> = {
  'front-matter': 'front-matter field',
  heading: 'heading',
  paragraph: 'paragraph',
  'list-item': 'list item',
  blockquote: 'block quote',
  footnote: 'footnote',
  'table-header': 'table header cell',
  'table-cell': 'table cell',
  'link-title': 'link title',
  string: 'site string',
};

/**
 * What an exchange file (XLIFF, PO) tells a translator about each segment of a document, in
 * segment order: what it is and where (file, line), and the heading it stands under.
 */
export function segmentNotes(document: SourceDocument): string[][] {
  const headings: string[] = [];
  return document.segments.map((segment) => {
    const notes = [`${kinds[segment.kind] ?? segment.kind} (${document.file}, line ${segment.line})`];
    if (segment.kind === 'heading') headings.splice(0, headings.length, segment.text);
    else if (headings.length > 0) notes.push(`under the heading: ${headings.join(' › ')}`);
    return notes;
  });
}

/** Why a translation needs review, for an exchange file's notes; null for a current one. */
export function reviewNote(status: TranslationStatus, entry: StateEntry | undefined): string | null {
  if (status === 'outdated' && entry) return `outdated: the translation was made for the source text "${entry.sourceText}"`;
  if (status === 'from-memory') return 'filled from another translation of the same text: review it';
  if (status === 'unverified') return 'the translation state of this article was lost or edited: check that the translation still fits the source';
  return null;
}
