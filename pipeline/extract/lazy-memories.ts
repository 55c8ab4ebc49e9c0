import type { ArchiveEntry } from '../catalog/archive-file.js';
import { TranslationMemory } from '../catalog/translation-memory.js';
import type { Config } from '../config/config.js';
import { addToMemories, loadCatalogs, targetLocales } from '../project/load-translations.js';
import type { ProjectPaths } from '../project/project-paths.js';
import type { ArchiveChange } from './plan-extract.js';

/** The target locales' translation memories, built when first asked for, with the archive changes made until then. */
export interface LazyMemories {
  all(): Promise<Map<string, TranslationMemory>>;
  archive(locale: string, change: ArchiveChange): void;
}

/**
 * The translation memories of the target locales, built on first use from every namespace's
 * catalogs as they are on disk (extract writes only at the end) and the archive, with the
 * archive changes of the articles planned before then.
 */
export function lazyMemories(paths: ProjectPaths, config: Config, namespaces: readonly string[], archived: ReadonlyMap<string, ArchiveEntry[]>): LazyMemories {
  let memories: Map<string, TranslationMemory> | null = null;
  const changes: Array<[string, ArchiveChange]> = [];
  const apply = (locale: string, change: ArchiveChange): void => {
    const memory = memories?.get(locale);
    for (const entry of change.remove) memory?.removeArchived({ ...entry, archived: true });
    for (const entry of change.add) memory?.add({ ...entry, archived: true });
  };
  return {
    async all(): Promise<Map<string, TranslationMemory>> {
      if (memories) return memories;
      const built = new Map(targetLocales(config).map((locale) => [locale, new TranslationMemory()]));
      for (const namespace of namespaces) {
        const { catalogs, state } = await loadCatalogs(paths, namespace, [config.sourceLocale, ...built.keys()]);
        addToMemories(built, namespace, catalogs.get(config.sourceLocale), catalogs, state.locales);
      }
      for (const [locale, memory] of built) for (const entry of archived.get(locale) ?? []) memory.add({ ...entry, archived: true });
      memories = built;
      for (const [locale, change] of changes) apply(locale, change);
      return built;
    },
    archive(locale: string, change: ArchiveChange): void {
      if (memories) apply(locale, change);
      else changes.push([locale, change]);
    },
  };
}
