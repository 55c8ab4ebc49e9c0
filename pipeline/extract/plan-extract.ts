import { archiveIdentity, type ArchiveEntry } from '../catalog/archive-file.js';
import type { CatalogEdit } from '../catalog/edit-catalog.js';
import type { LocaleCatalog } from '../catalog/locale-catalog.js';
import type { StateRecord } from '../catalog/state-file.js';
import type { TranslationMemory } from '../catalog/translation-memory.js';
import { bindToPreviousSource, isSourceHash, sourceHash, textHash, translatedFrom, translationStatus, type StateEntry } from '../catalog/translation-state.js';
import type { PreviousEntry } from './match-keys.js';
import type { SourceDocument } from './read-source.js';

/** What a plan reads of the new extraction: the article's name and its segments. */
type ExtractedDocument = Pick<SourceDocument, 'namespace' | 'segments'>;

/** What happened to one locale's translations of one namespace. */
export interface LocaleChanges {
  locale: string;
  /** Kept keys whose source changed under an existing translation. */
  outdated: string[];
  /** Keys whose segment left the source: their translations went to the archive. */
  archived: string[];
  /** Keys whose translation came back from the archive (same article, same text). */
  restored: string[];
  /** Keys filled from another translation of the same text, to be reviewed. */
  fromMemory: string[];
  /** Translations that the lost or edited state cannot show current: to be reviewed. */
  unverified: string[];
}

/** Translations that go to a locale's archive, and archived ones that come back out of it. */
export interface ArchiveChange {
  add: ArchiveEntry[];
  remove: ArchiveEntry[];
}

/** What `extract` will do to one namespace. */
export interface NamespacePlan {
  edits: Map<string, CatalogEdit>;
  /** The namespace's next state: translations' state, and the hash of every source text. */
  state: Pick<StateRecord, 'locales' | 'sources'>;
  archive: Map<string, ArchiveChange>;
  keys: { kept: number; edited: number; added: number; removed: number };
  locales: LocaleChanges[];
}

/**
 * Plans how the translators' catalogs of one namespace follow a new extraction, without
 * touching any file: translations of kept keys stay (and become outdated if their source
 * changed; re-wrapping is no change), translations of removed segments move to the archive,
 * and a segment that is new or changed and has no translation gets back the archived
 * translation of its exact text, or one from memory to review, and any other key the catalog
 * lacks an empty value to fill (`blanks`: not in a locale with a fallback). New keys are never
 * added with English text. When the state that says which translations are current was lost or
 * edited, every translation it no longer vouches for is marked for review.
 */
export function planExtract(
  document: ExtractedDocument,
  previous: readonly PreviousEntry[],
  targets: readonly LocaleCatalog[],
  state: StateRecord,
  memories: ReadonlyMap<string, TranslationMemory>,
  blanks: (locale: string) => boolean = () => true,
): NamespacePlan {
  const before = new Map(previous.map((entry) => [entry.key, entry]));
  const after = new Map(document.segments.map((segment) => [segment.key, segment.text]));
  const same = (key: string, text: string): boolean => {
    const old = before.get(key);
    return old !== undefined && isSourceHash(old.hash ?? sourceHash(old.text), text);
  };
  const verify = previous.length > 0 && (state.integrity === 'absent' || state.integrity === 'edited');
  const plan: NamespacePlan = {
    edits: new Map(),
    state: { locales: new Map(), sources: new Map([...after].map(([key, text]) => [key, sourceHash(text)])) },
    archive: new Map(),
    keys: {
      kept: [...after].filter(([key, text]) => same(key, text)).length,
      edited: [...after].filter(([key, text]) => before.has(key) && !same(key, text)).length,
      added: [...after.keys()].filter((key) => !before.has(key)).length,
      removed: [...before.keys()].filter((key) => !after.has(key)).length,
    },
    locales: [],
  };

  for (const target of targets) {
    const { entries, edit, archive, changes } = planLocale({ document, before, after, same, target, state, verify, blanks: blanks(target.locale) }, memories.get(target.locale));
    plan.state.locales.set(target.locale, entries);
    if (edit.remove.length > 0 || edit.insert.length > 0) plan.edits.set(target.locale, edit);
    plan.archive.set(target.locale, archive);
    plan.locales.push(changes);
  }
  return plan;
}

/** The source of a namespace before and after the extraction, and what is planned for one of its locales. */
interface LocalePlanning {
  document: ExtractedDocument;
  before: ReadonlyMap<string, PreviousEntry>;
  after: ReadonlyMap<string, string>;
  /** Whether a key's text is the one it had (re-wrapping is no change). */
  same: (key: string, text: string) => boolean;
  target: LocaleCatalog;
  /** The namespace's state as the last extraction left it. */
  state: StateRecord;
  /** Whether translations the state does not vouch for are marked for review. */
  verify: boolean;
  /** Whether a key the catalog lacks gets an empty value to fill (not in a locale that falls back on another). */
  blanks: boolean;
}

/** One locale's part of the plan: its next state entries, its catalog edit, its archive change and what to report. */
interface LocalePlan {
  entries: Map<string, StateEntry>;
  edit: CatalogEdit;
  archive: ArchiveChange;
  changes: LocaleChanges;
}

/** Plans one locale: its state follows the source, removed keys go to the archive, then new or changed segments are filled from the archive or `memory`. */
function planLocale(planning: LocalePlanning, memory: TranslationMemory | undefined): LocalePlan {
  const { target } = planning;
  const plan: LocalePlan = {
    entries: new Map<string, StateEntry>(planning.state.locales.get(target.locale) ?? []),
    edit: { remove: [], insert: [] },
    archive: { add: [], remove: [] },
    changes: { locale: target.locale, outdated: [], archived: [], restored: [], fromMemory: [], unverified: [] },
  };
  followSource(planning, plan);
  const removed = archiveRemoved(planning, plan);
  fillSegments(planning, plan, removed, memory);
  for (const key of plan.entries.keys()) if (!planning.after.has(key)) plan.entries.delete(key);
  return plan;
}

/** A locale's translation of a key, unless empty. */
function translationOf(target: LocaleCatalog, key: string): string | undefined {
  const value = target.catalog.values.get(key);
  return value !== undefined && value.trim() !== '' ? value : undefined;
}

/**
 * The state follows the source: a translation the lost or edited state no longer vouches for
 * is marked for review, and the state of a kept key whose text changed is bound to its previous
 * text (the translation is then outdated, unless only re-wrapped).
 */
function followSource({ before, after, same, target, verify }: LocalePlanning, { entries, changes }: LocalePlan): void {
  if (verify) {
    for (const key of after.keys()) {
      const value = translationOf(target, key);
      const old = before.get(key);
      if (value === undefined || entries.has(key) || !old) continue;
      entries.set(key, { source: old.hash ?? sourceHash(old.text), sourceText: old.text, translation: textHash(value), origin: 'unverified' });
      changes.unverified.push(key);
    }
  }
  for (const [key, text] of after) {
    const old = before.get(key);
    if (old === undefined || same(key, text)) continue;
    const value = translationOf(target, key);
    const bound = value === undefined ? undefined : bindToPreviousSource(entries.get(key), old.text, text, value, old.hash);
    if (bound) entries.set(key, bound);
    else entries.delete(key);
    if (value !== undefined && translationStatus(text, value, bound) === 'outdated') changes.outdated.push(key);
  }
}

/** Archives the translations of keys that left the source, and of keys the article never had; returns the keys removed from the catalog. */
function archiveRemoved({ document, before, after, target }: LocalePlanning, { entries, edit, archive, changes }: LocalePlan): Set<string> {
  const written = new Set(target.catalog.entries.map((entry) => entry.key));
  const removed = new Set<string>();
  for (const [key, old] of before) {
    if (after.has(key)) continue;
    const value = translationOf(target, key);
    if (value !== undefined) {
      archive.add.push({ namespace: document.namespace, key, source: translatedFrom(old.text, value, entries.get(key)), translation: value });
      changes.archived.push(key);
    }
    if (written.has(key)) {
      edit.remove.push(key);
      removed.add(key);
    }
    entries.delete(key);
  }
  // A key the article never had (a mistyped one): its text is kept in the archive, not lost.
  for (const { key, value } of target.catalog.entries) {
    if (after.has(key) || before.has(key) || removed.has(key) || typeof value !== 'string') continue;
    if (value.trim() !== '') {
      archive.add.push({ namespace: document.namespace, key, source: '', translation: value });
      changes.archived.push(key);
    }
    edit.remove.push(key);
    removed.add(key);
  }
  return removed;
}

/**
 * Gives a new or changed segment with no translation the archived translation of its exact
 * text in this article (restored), else another translation of it (from memory, to review);
 * every other key the catalog lacks gets an empty value, for the translator to fill: the
 * catalog holds every key of the article, in its order (but in a locale that falls back on
 * another, where a key left out takes the fallback's translation). Each is inserted after the
 * last key the catalog places before it.
 */
function fillSegments({ document, same, target, blanks }: LocalePlanning, { entries, edit, archive, changes }: LocalePlan, removed: ReadonlySet<string>, memory: TranslationMemory | undefined): void {
  const written = new Set(target.catalog.entries.map((entry) => entry.key));
  const consumed = new Set<string>();
  let previousKey: string | null = null;
  for (const { key, text } of document.segments) {
    let placed = written.has(key) && !removed.has(key);
    if (memory && translationOf(target, key) === undefined && !same(key, text)) {
      const hits = memory.exact(text).filter((hit) => !(hit.archived && consumed.has(archiveIdentity(hit))));
      const back = hits.find((hit) => hit.archived && hit.namespace === document.namespace);
      const reuse = back ?? hits.find((hit) => !(hit.namespace === document.namespace && hit.key === key));
      if (reuse) {
        edit.insert.push({ key, value: reuse.translation, after: previousKey });
        placed = true;
        if (back) {
          consumed.add(archiveIdentity(back));
          archive.remove.push({ namespace: back.namespace, key: back.key, source: back.source, translation: back.translation });
          entries.delete(key);
          changes.restored.push(key);
        } else {
          entries.set(key, { source: sourceHash(text), sourceText: text, translation: textHash(reuse.translation), origin: 'memory' });
          changes.fromMemory.push(key);
        }
      }
    }
    if (!placed && blanks) {
      edit.insert.push({ key, value: '', after: previousKey });
      placed = true;
    }
    if (placed) previousKey = key;
  }
}
