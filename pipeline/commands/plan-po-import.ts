import { sameSource, textHash } from '../catalog/translation-state.js';
import type { SourceDocument } from '../extract/read-source.js';
import type { Segment } from '../extract/segment.js';
import { pluralForms } from '../po/plural-forms.js';
import type { PoEntry } from '../po/po-file.js';
import type { ReadPo } from '../po/read-po.js';
import { pluralKey } from '../rules/plurals.js';
import { normalMessage } from '../xliff/segment-inline.js';
import { targetDecision, type XliffImportPlan } from './plan-xliff-import.js';

/**
 * Sorts the entries of a PO file against the source document (with `withLocaleForms`) and
 * the catalog's values, as `planXliffImport` does for XLIFF units: an entry whose key or
 * source is not the current one, whose catalog translation changed after the export, or that
 * gettext-parser could not read is skipped with its line and reason; a `#, fuzzy` entry whose
 * translation differs from the catalog's is skipped too (the translator has not signed it
 * off: clear the flag to import it); an empty translation is untranslated. Pure.
 */
export function planPoImport(document: SourceDocument, po: ReadPo, values: ReadonlyMap<string, string>, locale: string): XliffImportPlan {
  const plan: XliffImportPlan = { candidates: new Map(), unchanged: 0, untranslated: 0, skipped: po.problems.map(({ line, message }) => ({ key: '(unreadable entry)', reason: `line ${line}: ${message}; fix the entry in a PO editor` })) };
  const segments = new Map(document.segments.map((segment) => [segment.key, segment]));
  const categories = pluralForms(locale)?.categories ?? [];
  for (const entry of po.entries) {
    const skip = (reason: string) => plan.skipped.push({ key: entry.context, reason: `line ${entry.line}: ${reason}` });
    const keys = entry.sourcePlural === null ? [entry.context] : categories.map((category) => `${entry.context}_${category}`);
    const sources = entry.sourcePlural === null ? [entry.source] : [segments.get(`${entry.context}_one`)?.text, segments.get(`${entry.context}_other`)?.text];
    if (keys.some((key) => !segments.has(key))) skip('the key is no longer in the source (or is not a plural there)');
    else if (!sameSources(sources, entry, segments)) skip('the source changed since this file was exported; export again and translate the new text');
    else if (keys.length !== entry.translations.length) skip(`expected ${keys.length} translations (msgstr[0…${keys.length - 1}]), found ${entry.translations.length}`);
    else if (entry.sourcePlural !== null && changedSinceExport(keys, entry, values)) skip(`the catalog's translations changed after this file was exported; export again, or edit the catalog by hand`);
    else keys.forEach((key, index) => decide(plan, document, segments.get(key) as Segment, entry, index, values.get(key), skip));
  }
  return plan;
}

/** Whether the entry's `msgid` (and `msgid_plural`) are the segment's current source. */
function sameSources(sources: ReadonlyArray<string | undefined>, entry: PoEntry, segments: ReadonlyMap<string, Segment>): boolean {
  if (entry.sourcePlural === null) return sameSource(entry.source, segments.get(entry.context)?.text ?? '');
  return sources[0] !== undefined && sources[1] !== undefined && sameSource(entry.source, sources[0]) && sameSource(entry.sourcePlural, sources[1]);
}

/** Whether a plural's forms in the catalog differ from those the file was exported with. */
function changedSinceExport(keys: readonly string[], entry: PoEntry, values: ReadonlyMap<string, string>): boolean {
  return entry.base !== null && textHash(keys.map((key) => values.get(key) ?? '').join('\n')) !== entry.base;
}

function decide(plan: XliffImportPlan, document: SourceDocument, segment: Segment, entry: PoEntry, index: number, current: string | undefined, skip: (reason: string) => void): void {
  const text = entry.translations[index] ?? '';
  if (text.trim() === '') {
    plan.untranslated += 1;
    return;
  }
  const decision = targetDecision(segment, document, normalMessage(segment, document, text), current, entry.sourcePlural === null ? entry.base : null);
  if (decision === 'unchanged') plan.unchanged += 1;
  else if (decision === 'untranslated') plan.untranslated += 1;
  else if ('skip' in decision) skip(decision.skip);
  else if (entry.fuzzy) skip(`${segment.key} is marked fuzzy (needs work); the catalog keeps its translation: clear the flag once the translation fits the source, then import again`);
  else plan.candidates.set(segment.key, decision.merge);
}
