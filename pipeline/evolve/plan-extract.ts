import type { CatalogEdit } from '../catalog/edit-catalog.js';
import type { SourceDocument } from '../extract/read-source.js';
import type { ArchiveEntry } from '../memory/archive-file.js';
import type { TranslationMemory } from '../memory/translation-memory.js';
import { bindToPreviousSource, textHash, translatedFrom, translationStatus, type NamespaceState, type StateEntry } from '../state/translation-state.js';
import type { LocaleCatalog } from '../catalog/locale-catalog.js';
import type { PreviousEntry } from './match-keys.js';

/** What happened to one locale's translations of one namespace. */
export interface LocaleChanges {
  locale: string;
  /** Kept keys whose source changed under an existing translation. */
  outdated: string[];
  /** Keys whose segment left the source: their translations went to the archive. */
  archived: string[];
  /** New keys whose translation came back from the archive (same article, same text). */
  restored: string[];
  /** New keys filled from another translation of the same text, to be reviewed. */
  fromMemory: string[];
}

/** What `extract` will do to one namespace. */
export interface NamespacePlan {
  edits: Map<string, CatalogEdit>;
  state: NamespaceState;
  archive: Map<string, { add: ArchiveEntry[]; remove: ArchiveEntry[] }>;
  keys: { kept: number; edited: number; added: number; removed: number };
  locales: LocaleChanges[];
}

/**
 * Plans how the translators' catalogs of one namespace follow a new extraction, without
 * touching any file: translations of kept keys stay (and become outdated if their source
 * changed), translations of removed segments move to the archive, new segments whose text
 * comes back get their translation back. New keys are never added with English text.
 */
export function planExtract(
  document: SourceDocument,
  previous: readonly PreviousEntry[],
  targets: readonly LocaleCatalog[],
  state: NamespaceState,
  memories: ReadonlyMap<string, TranslationMemory>,
): NamespacePlan {
  const before = new Map(previous.map((entry) => [entry.key, entry.text]));
  const after = new Map(document.segments.map((segment) => [segment.key, segment.text]));
  const plan: NamespacePlan = {
    edits: new Map(),
    state: new Map(),
    archive: new Map(),
    keys: {
      kept: [...after].filter(([key, text]) => before.get(key) === text).length,
      edited: [...after].filter(([key, text]) => before.has(key) && before.get(key) !== text).length,
      added: [...after.keys()].filter((key) => !before.has(key)).length,
      removed: [...before.keys()].filter((key) => !after.has(key)).length,
    },
    locales: [],
  };

  for (const target of targets) {
    const { locale } = target;
    const values = target.catalog.values;
    const written = new Set(target.catalog.entries.map((entry) => entry.key));
    const entries = new Map<string, StateEntry>(state.get(locale) ?? []);
    const edit: CatalogEdit = { remove: [], insert: [] };
    const archive = { add: [] as ArchiveEntry[], remove: [] as ArchiveEntry[] };
    const changes: LocaleChanges = { locale, outdated: [], archived: [], restored: [], fromMemory: [] };
    const translation = (key: string): string | undefined => {
      const value = values.get(key);
      return value !== undefined && value.trim() !== '' ? value : undefined;
    };

    for (const [key, text] of after) {
      const old = before.get(key);
      if (old === undefined || old === text) continue;
      const value = translation(key);
      const bound = value === undefined ? undefined : bindToPreviousSource(entries.get(key), old, text, value);
      if (bound) entries.set(key, bound);
      else entries.delete(key);
      if (value !== undefined && translationStatus(text, value, bound) === 'outdated') changes.outdated.push(key);
    }

    for (const [key, old] of before) {
      if (after.has(key)) continue;
      const value = translation(key);
      if (value !== undefined) {
        archive.add.push({ namespace: document.namespace, key, source: translatedFrom(old, value, entries.get(key)), translation: value });
        changes.archived.push(key);
      }
      if (written.has(key)) edit.remove.push(key);
      entries.delete(key);
    }

    const memory = memories.get(locale);
    const consumed = new Set<string>();
    const identity = (hit: ArchiveEntry): string => JSON.stringify([hit.namespace, hit.key, hit.source, hit.translation]);
    let previousKey: string | null = null;
    for (const segment of document.segments) {
      const { key, text } = segment;
      let present = written.has(key) && !edit.remove.includes(key);
      if (!present && !before.has(key) && memory) {
        const hits = memory.exact(text).filter((hit) => !(hit.archived && consumed.has(identity(hit))));
        const back = hits.find((hit) => hit.archived && hit.namespace === document.namespace);
        const reuse = back ?? hits.find((hit) => !(hit.namespace === document.namespace && hit.key === key));
        if (reuse) {
          edit.insert.push({ key, value: reuse.translation, after: previousKey });
          present = true;
          if (back) {
            consumed.add(identity(back));
            archive.remove.push({ namespace: back.namespace, key: back.key, source: back.source, translation: back.translation });
            changes.restored.push(key);
          } else {
            entries.set(key, { source: textHash(text), sourceText: text, translation: textHash(reuse.translation), origin: 'memory' });
            changes.fromMemory.push(key);
          }
        }
      }
      if (present) previousKey = key;
    }

    for (const key of entries.keys()) if (!after.has(key)) entries.delete(key);
    plan.state.set(locale, entries);
    if (edit.remove.length > 0 || edit.insert.length > 0) plan.edits.set(locale, edit);
    plan.archive.set(locale, archive);
    plan.locales.push(changes);
  }
  return plan;
}
