import { textHash } from '../catalog/translation-state.js';
import type { SourceDocument } from '../extract/read-source.js';
import type { Segment } from '../extract/segment.js';
import { InlineError } from '../xliff/inline.js';
import { inlineMessage, normalMessage, sourceInline } from '../xliff/segment-inline.js';
import type { XliffUnit } from '../xliff/xliff-file.js';

/** What importing one XLIFF file's units would do to a catalog, before the QA rules see it. */
export interface XliffImportPlan {
  /** The translations to merge, by key, in the file's order. */
  candidates: Map<string, string>;
  unchanged: number;
  untranslated: number;
  skipped: Array<{ key: string; reason: string }>;
}

/** Where one unit of an exchange file goes on import. */
export type Classified = { merge: string } | { skip: string } | 'unchanged' | 'untranslated';

/**
 * Sorts the units of an XLIFF file against the source document and the catalog's values: a
 * unit whose key or source is not the current one, whose target cannot be read or breaks the
 * source's inline elements, or whose catalog translation changed after the export is skipped
 * with its reason;
 * an empty target is untranslated; a target equal to the catalog's translation (in any
 * spelling of the same Markdown) is unchanged; a target equal to the source is untranslated
 * unless its state says translated; every other target is a candidate. Pure.
 */
export function planXliffImport(document: SourceDocument, units: readonly XliffUnit[], values: ReadonlyMap<string, string>): XliffImportPlan {
  const segments = new Map<string, Segment>();
  for (const segment of document.segments) if (!segments.has(segment.key)) segments.set(segment.key, segment);
  const plan: XliffImportPlan = { candidates: new Map(), unchanged: 0, untranslated: 0, skipped: [] };
  for (const unit of units) {
    const classified = classify(document, segments.get(unit.key), unit, values.get(unit.key));
    if (classified === 'unchanged') plan.unchanged += 1;
    else if (classified === 'untranslated') plan.untranslated += 1;
    else if ('skip' in classified) plan.skipped.push({ key: unit.key, reason: classified.skip });
    else plan.candidates.set(unit.key, classified.merge);
  }
  return plan;
}

function classify(document: SourceDocument, segment: Segment | undefined, unit: XliffUnit, current: string | undefined): Classified {
  if (!segment) return { skip: 'the key is no longer in the source' };
  const source = sourceInline(segment, document);
  let exported: string | null = null;
  try {
    exported = inlineMessage(segment, document, source, unit.source);
  } catch {
    exported = null;
  }
  if (exported !== segment.text) return { skip: 'the source changed since this file was exported; export again and translate the new text' };
  if (unit.problem !== undefined) return { skip: `refused: ${unit.problem}; keep the inline elements of the source, and write no others` };
  if (unit.target === null || unit.target.every((part) => typeof part === 'string' && part.trim() === '')) return 'untranslated';
  let message: string;
  try {
    message = inlineMessage(segment, document, source, unit.target);
  } catch (error) {
    if (!(error instanceof InlineError)) throw error;
    return { skip: `refused: ${error.message}` };
  }
  return targetDecision(segment, document, message, current, unit.base, unit.state === 'translated');
}

/**
 * What to do with a translation read from an exchange file (XLIFF, PO), in the form tarjama
 * writes messages: nothing when it equals the catalog's (in any spelling of the same
 * Markdown); skip it when the catalog's translation changed after the export (`base`, the
 * hash it had then); a target equal to the source is untranslated unless the file marks it
 * translated (`markedTranslated`); else merge it. Pure.
 */
export function targetDecision(segment: Segment, document: SourceDocument, message: string, current: string | undefined, base: string | null, markedTranslated = true): Classified {
  if (current !== undefined && normalMessage(segment, document, current) === message) return 'unchanged';
  // OmegaT writes the source for a segment left untranslated, and marks nothing: a target equal
  // to the source counts only when the unit says it is translated (a name the same in every language).
  if (message === segment.text && !markedTranslated) return 'untranslated';
  if (current !== undefined && base !== null && textHash(current) !== base) {
    return { skip: `the catalog's translation changed after this file was exported (now: "${current}"); export again, or edit the catalog by hand` };
  }
  return { merge: message };
}
