import { archiveIdentity, type ArchiveEntry } from '../catalog/archive-file.js';
import type { CatalogEdit } from '../catalog/edit-catalog.js';
import type { LocaleCatalog } from '../catalog/locale-catalog.js';
import type { StateRecord } from '../catalog/state-file.js';
import type { TranslationMemory } from '../catalog/translation-memory.js';
import { bindToPreviousSource, isSourceHash, sourceHash, textHash, translatedFrom, translationStatus, type StateEntry } from '../catalog/translation-state.js';
import type { PreviousEntry } from './match-keys.js';
import type { SourceDocument } from './read-source.js';

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

/** What `extract` will do to one namespace. */
export interface NamespacePlan {
  edits: Map<string, CatalogEdit>;
  /** The namespace's next state: translations' state, and the hash of every source text. */
  state: Pick<StateRecord, 'locales' | 'sources'>;
  archive: Map<string, { add: ArchiveEntry[]; remove: ArchiveEntry[] }>;
  keys: { kept: number; edited: number; added: number; removed: number };
  locales: LocaleChanges[];
}

/**
 * Plans how the translators' catalogs of one namespace follow a new extraction, without
 * touching any file: translations of kept keys stay (and become outdated if their source
 * changed; re-wrapping is no change), translations of removed segments move to the archive,
 * and a segment that is new or changed and has no translation gets back the archived
 * translation of its exact text, or one from memory to review. New keys are never added
 * with English text. When the state that says which translations are current was lost or
 * edited, every translation it no longer vouches for is marked for review.
 */
export function planExtract(
  document: SourceDocument,
  previous: readonly PreviousEntry[],
  targets: readonly LocaleCatalog[],
  state: StateRecord,
  memories: ReadonlyMap<string, TranslationMemory>,
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
    const { locale } = target;
    const values = target.catalog.values;
    const written = new Set(target.catalog.entries.map((entry) => entry.key));
    const entries = new Map<string, StateEntry>(state.locales.get(locale) ?? []);
    const edit: CatalogEdit = { remove: [], insert: [] };
    const archive = { add: [] as ArchiveEntry[], remove: [] as ArchiveEntry[] };
    const changes: LocaleChanges = { locale, outdated: [], archived: [], restored: [], fromMemory: [], unverified: [] };
    const translation = (key: string): string | undefined => {
      const value = values.get(key);
      return value !== undefined && value.trim() !== '' ? value : undefined;
    };

    if (verify) {
      for (const key of after.keys()) {
        const value = translation(key);
        const old = before.get(key);
        if (value === undefined || entries.has(key) || !old) continue;
        entries.set(key, { source: old.hash ?? sourceHash(old.text), sourceText: old.text, translation: textHash(value), origin: 'unverified' });
        changes.unverified.push(key);
      }
    }

    for (const [key, text] of after) {
      const old = before.get(key);
      if (old === undefined || same(key, text)) continue;
      const value = translation(key);
      const bound = value === undefined ? undefined : bindToPreviousSource(entries.get(key), old.text, text, value, old.hash);
      if (bound) entries.set(key, bound);
      else entries.delete(key);
      if (value !== undefined && translationStatus(text, value, bound) === 'outdated') changes.outdated.push(key);
    }

    const removed = new Set<string>();
    for (const [key, old] of before) {
      if (after.has(key)) continue;
      const value = translation(key);
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

    const memory = memories.get(locale);
    const consumed = new Set<string>();
    let previousKey: string | null = null;
    for (const segment of document.segments) {
      const { key, text } = segment;
      let placed = written.has(key) && !removed.has(key);
      if (translation(key) === undefined && !same(key, text) && memory) {
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
      if (placed) previousKey = key;
    }

    for (const key of entries.keys()) if (!after.has(key)) entries.delete(key);
    plan.state.locales.set(locale, entries);
    if (edit.remove.length > 0 || edit.insert.length > 0) plan.edits.set(locale, edit);
    plan.archive.set(locale, archive);
    plan.locales.push(changes);
  }
  return plan;
}
