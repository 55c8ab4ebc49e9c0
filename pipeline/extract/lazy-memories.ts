import type { ArchiveEntry } from '../catalog/archive-file.js';
import type { LocaleCatalog } from '../catalog/locale-catalog.js';
import { TranslationMemory } from '../catalog/translation-memory.js';
import { sourceForm, type NamespaceState } from '../catalog/translation-state.js';
import type { Config } from '../config/config.js';
import { addToMemories, loadCatalogs, targetLocales } from '../project/load-translations.js';
import type { ProjectPaths } from '../project/project-paths.js';
import { sha256 } from '../util/sha256.js';
import type { ArchiveChange } from './plan-extract.js';

/** The target locales' translation memories, built when first asked for, with the archive changes made until then. */
export interface LazyMemories {
  /**
   * The memories, holding at least every pair whose source is one of `texts` (however
   * wrapped), in the order a memory of every namespace gives them: what `exact` finds for
   * those texts is what it would find there.
   */
  forTexts(texts: readonly string[]): Promise<Map<string, TranslationMemory>>;
  archive(locale: string, change: ArchiveChange): void;
  /** The forms (`memoryFormKey`) of the `unchanged` articles read that the index had no record of, for the memory index; empty until the memories are built. */
  formsRead(): ReadonlyMap<string, string[]>;
}

/** What the memory index says (asked for when the memories are first built): the forms of unchanged articles (read only when a text looked up is among them), and which articles are unchanged (whose forms to note when read). */
export interface MemoryIndexing {
  indexed: ReadonlyMap<string, readonly string[]>;
  unchanged: ReadonlySet<string>;
}

const noIndex: MemoryIndexing = { indexed: new Map(), unchanged: new Set() };

/**
 * The memory-index key of a source text: its form (`sourceForm`, as the memory matches texts),
 * hashed and cut to 64 bits. Two texts with one key only make a run read an article it did not need.
 */
export function memoryFormKey(text: string): string {
  return sha256(sourceForm(text)).slice(0, 16);
}

/** Each namespace's pairs take ranks from its position times this: more pairs than a catalog holds. */
const rankStride = 2 ** 24;

/**
 * The translation memories of the target locales, built on first use from every namespace's
 * catalogs as they are on disk (extract writes only at the end) and the archive, with the
 * archive changes of the articles planned before then.
 *
 * An unchanged article with its forms in `indexed` (the memory index, for the same files) is
 * read only when a text looked up is among its forms; every other one when the memories are
 * first built. Each namespace's pairs are ranked by its place in `namespaces`, so that one read
 * late gives its pairs where a memory of every namespace has them.
 */
export function lazyMemories(paths: ProjectPaths, config: Config, namespaces: readonly string[], archived: ReadonlyMap<string, ArchiveEntry[]>, indexing: () => MemoryIndexing = () => noIndex): LazyMemories {
  let { indexed, unchanged } = noIndex;
  let memories: Map<string, TranslationMemory> | null = null;
  const changes: Array<[string, ArchiveChange]> = [];
  /** Articles not read yet, each with its place; and by each of their forms, those that have it. */
  const waiting = new Map<string, number>();
  const byForm = new Map<string, string[]>();
  const formsRead = new Map<string, string[]>();
  let nextRank = (namespaces.length + 1) * rankStride;
  const apply = (locale: string, change: ArchiveChange): void => {
    const memory = memories?.get(locale);
    for (const entry of change.remove) memory?.removeArchived({ ...entry, archived: true });
    for (const entry of change.add) memory?.add({ ...entry, archived: true }, nextRank++);
  };
  const read = async (built: Map<string, TranslationMemory>, namespace: string, at: number): Promise<void> => {
    const { catalogs, state } = await loadCatalogs(paths, namespace, [config.sourceLocale, ...built.keys()]);
    addToMemories(built, namespace, catalogs.get(config.sourceLocale), catalogs, state.locales, at * rankStride);
    // An unchanged article the index has no record of: its forms, for the next run.
    if (unchanged.has(namespace) && !indexed.has(namespace)) formsRead.set(namespace, formsOf(catalogs.get(config.sourceLocale), state.locales));
  };
  return {
    async forTexts(texts: readonly string[]): Promise<Map<string, TranslationMemory>> {
      if (!memories) {
        ({ indexed, unchanged } = indexing());
        const built = new Map(targetLocales(config).map((locale) => [locale, new TranslationMemory()]));
        for (const [at, namespace] of namespaces.entries()) {
          const forms = indexed.get(namespace);
          if (!forms) {
            await read(built, namespace, at);
            continue;
          }
          waiting.set(namespace, at);
          for (const form of forms) {
            const holders = byForm.get(form);
            if (holders) holders.push(namespace);
            else byForm.set(form, [namespace]);
          }
        }
        let rank = namespaces.length * rankStride;
        for (const [locale, memory] of built) for (const entry of archived.get(locale) ?? []) memory.add({ ...entry, archived: true }, rank++);
        memories = built;
        for (const [locale, change] of changes) apply(locale, change);
      }
      if (waiting.size > 0) {
        for (const text of texts) {
          for (const namespace of byForm.get(memoryFormKey(text)) ?? []) {
            const at = waiting.get(namespace);
            if (at === undefined) continue;
            waiting.delete(namespace);
            await read(memories, namespace, at);
          }
        }
      }
      return memories;
    },
    archive(locale: string, change: ArchiveChange): void {
      if (memories) apply(locale, change);
      else changes.push([locale, change]);
    },
    formsRead: () => formsRead,
  };
}

/** The forms of every source text a namespace's pairs can have: its source catalog's values, and the older texts its state keeps. */
function formsOf(sourceCatalog: LocaleCatalog | undefined, state: NamespaceState): string[] {
  const forms = new Set<string>();
  for (const text of sourceCatalog?.catalog.values.values() ?? []) forms.add(memoryFormKey(text));
  for (const entries of state.values()) for (const entry of entries.values()) forms.add(memoryFormKey(entry.sourceText));
  return [...forms].sort();
}
