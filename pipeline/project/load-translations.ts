import { loadCatalog } from '../catalog/load-catalog.js';
import { assertInsideProject } from '../io/inside-project.js';
import { readCatalog } from '../catalog/read-catalog.js';
import { serializeCatalog } from '../catalog/serialize-catalog.js';
import type { SourceDocument } from '../extract/read-source.js';
import { isPseudoLocale, pseudoCatalog } from '../pseudo/pseudo-locales.js';
import { readArchiveFile, type ArchiveEntry } from '../memory/archive-file.js';
import { TranslationMemory } from '../memory/translation-memory.js';
import { readStateFile } from '../state/state-file.js';
import { translationStatus, type NamespaceState } from '../state/translation-state.js';
import type { LocaleCatalog } from '../catalog/locale-catalog.js';
import type { Config } from '../config/config.js';
import type { Project } from './load-project.js';
import type { ProjectPaths } from './project-paths.js';

/** Everything translators have produced: catalogs by namespace and locale, states, archives. */
export interface Translations {
  /** Every configured locale's catalog, the source locale's included, by namespace then locale. */
  catalogs: Map<string, Map<string, LocaleCatalog>>;
  states: Map<string, NamespaceState>;
  archives: Map<string, ArchiveEntry[]>;
}

/** One namespace's catalogs in every configured locale (pseudo-locales generated) and its state. */
export async function loadNamespaceTranslations(
  paths: ProjectPaths,
  config: Config,
  document: SourceDocument,
  sourceCatalog: LocaleCatalog | undefined,
): Promise<{ catalogs: Map<string, LocaleCatalog>; state: NamespaceState }> {
  const catalogs = new Map<string, LocaleCatalog>();
  for (const locale of config.locales) {
    const file = paths.catalogFile(locale, document.namespace);
    const own = locale === config.sourceLocale ? sourceCatalog : undefined;
    if (!own && !isPseudoLocale(locale)) assertInsideProject(paths.root, file);
    catalogs.set(locale, own ?? (isPseudoLocale(locale) ? generated(locale, document, paths.relative(file)) : await loadCatalog(locale, file, paths.relative(file))));
  }
  const stateFile = paths.stateFile(document.namespace);
  return { catalogs, state: await readStateFile(stateFile, paths.relative(stateFile)) };
}

/** Reads every catalog, state file and archive of a project. */
export async function loadTranslations(project: Project): Promise<Translations> {
  const { config, paths, documents } = project;
  const catalogs = new Map<string, Map<string, LocaleCatalog>>();
  const states = new Map<string, NamespaceState>();
  for (const document of documents) {
    const loaded = await loadNamespaceTranslations(paths, config, document, project.sourceCatalogs.get(document.namespace));
    catalogs.set(document.namespace, loaded.catalogs);
    states.set(document.namespace, loaded.state);
  }
  const archives = new Map<string, ArchiveEntry[]>();
  for (const locale of config.locales) {
    if (locale === config.sourceLocale || isPseudoLocale(locale)) continue;
    const file = paths.archiveFile(locale);
    archives.set(locale, await readArchiveFile(file, paths.relative(file)));
  }
  return { catalogs, states, archives };
}

/** A pseudo-locale's catalog, generated from the source (never read from disk). */
function generated(locale: string, document: SourceDocument, file: string): LocaleCatalog {
  const text = serializeCatalog(pseudoCatalog(document, locale));
  return { locale, file: `${file} (generated)`, catalog: readCatalog(text), text };
}

/**
 * Adds the catalogs (pseudo-locales aside) and state of namespaces whose documents were not
 * loaded — extract's unchanged articles — for the translation memory.
 */
export async function addCatalogsOf(project: Project, translations: Translations, namespaces: Iterable<string>): Promise<void> {
  const { config, paths } = project;
  for (const namespace of namespaces) {
    const catalogs = new Map<string, LocaleCatalog>();
    for (const locale of config.locales) {
      if (isPseudoLocale(locale)) continue;
      const file = paths.catalogFile(locale, namespace);
      assertInsideProject(paths.root, file);
      const catalog = await loadCatalog(locale, file, paths.relative(file));
      catalogs.set(locale, catalog);
      if (locale === config.sourceLocale) project.sourceCatalogs.set(namespace, catalog);
    }
    const stateFile = paths.stateFile(namespace);
    translations.catalogs.set(namespace, catalogs);
    translations.states.set(namespace, await readStateFile(stateFile, paths.relative(stateFile)));
  }
}

/**
 * The translation memory of each target locale: every reviewed translation paired with the
 * source text it was made for (an outdated one with its older text), and the archive.
 * `namespaces` gives the order (the first translation of a text is the one reused).
 */
export function buildMemories(project: Project, translations: Translations, namespaces: readonly string[] = project.documents.map((document) => document.namespace)): Map<string, TranslationMemory> {
  const memories = new Map<string, TranslationMemory>();
  for (const locale of project.config.locales) {
    if (locale === project.config.sourceLocale || isPseudoLocale(locale)) continue;
    const memory = new TranslationMemory();
    for (const namespace of namespaces) {
      const sources = project.sourceCatalogs.get(namespace)?.catalog.values ?? new Map<string, string>();
      const catalog = translations.catalogs.get(namespace)?.get(locale)?.catalog;
      const entries = translations.states.get(namespace)?.get(locale);
      for (const [key, translation] of catalog?.values ?? []) {
        const source = sources.get(key);
        if (source === undefined || translation.trim() === '') continue;
        const entry = entries?.get(key);
        const status = translationStatus(source, translation, entry);
        if (status === 'from-memory') continue;
        memory.add({ source: status === 'outdated' && entry ? entry.sourceText : source, translation, namespace, key, archived: false });
      }
    }
    for (const entry of translations.archives.get(locale) ?? []) memory.add({ ...entry, archived: true });
    memories.set(locale, memory);
  }
  return memories;
}
