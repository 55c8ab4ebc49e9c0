import { loadArchive, type ArchiveEntry } from '../catalog/archive-file.js';
import { loadCatalog } from '../catalog/load-catalog.js';
import type { LocaleCatalog } from '../catalog/locale-catalog.js';
import { readCatalog } from '../catalog/read-catalog.js';
import { serializeCatalog } from '../catalog/serialize-catalog.js';
import { loadState, type StateRecord } from '../catalog/state-file.js';
import { TranslationMemory } from '../catalog/translation-memory.js';
import { translationStatus, type NamespaceState } from '../catalog/translation-state.js';
import type { Config } from '../config/config.js';
import type { SourceDocument } from '../extract/read-source.js';
import { isPseudoLocale } from '../pseudo/is-pseudo-locale.js';
import type { Project } from './load-project.js';
import type { ProjectPaths } from './project-paths.js';

/** Everything translators have produced: catalogs by namespace and locale, states, archives. */
export interface Translations {
  /** Every configured locale's catalog, the source locale's included, by namespace then locale. */
  catalogs: Map<string, Map<string, LocaleCatalog>>;
  states: Map<string, NamespaceState>;
  /** Each namespace's state file as read, with its integrity. */
  records: Map<string, StateRecord>;
  archives: Map<string, ArchiveEntry[]>;
}

/** One namespace's catalogs in every configured locale (pseudo-locales generated). */
export async function loadNamespaceTranslations(
  paths: ProjectPaths,
  config: Config,
  document: SourceDocument,
  sourceCatalog: LocaleCatalog | undefined,
): Promise<Map<string, LocaleCatalog>> {
  const own = (locale: string): LocaleCatalog | undefined => (locale === config.sourceLocale ? sourceCatalog : undefined);
  const onDisk = await catalogsOnDisk(paths, document.namespace, config.locales.filter((locale) => !own(locale) && !isPseudoLocale(locale)));
  // The generator, and the Markdown and HTML parsers it loads, only for a project that has a pseudo-locale.
  const pseudo = config.locales.some(isPseudoLocale) ? await import('../pseudo/pseudo-locales.js') : null;
  const catalogOf = (locale: string): LocaleCatalog => {
    const catalog = own(locale) ?? onDisk.get(locale);
    if (catalog) return catalog;
    // Every other locale is the source's or on disk: only a pseudo-locale gets here.
    if (!pseudo) throw new Error(`no catalog for ${locale}: only a pseudo-locale's is generated`);
    return generated(pseudo.pseudoCatalog, locale, document, paths.relative(paths.catalogFile(locale, document.namespace)));
  };
  return new Map(config.locales.map((locale) => [locale, catalogOf(locale)]));
}

/** Reads every catalog, state file and archive of a project. */
export async function loadTranslations(project: Project): Promise<Translations> {
  const { config, paths, documents } = project;
  const catalogs = new Map<string, Map<string, LocaleCatalog>>();
  const states = new Map<string, NamespaceState>();
  for (const document of documents) {
    catalogs.set(document.namespace, await loadNamespaceTranslations(paths, config, document, project.sourceCatalogs.get(document.namespace)));
    states.set(document.namespace, project.states.get(document.namespace)?.locales ?? new Map());
  }
  return { catalogs, states, records: project.states, archives: await readArchives(paths, targetLocales(config)) };
}

/** The archive of each locale: the translations of segments that left their article. */
export async function readArchives(paths: ProjectPaths, locales: readonly string[]): Promise<Map<string, ArchiveEntry[]>> {
  const archives = new Map<string, ArchiveEntry[]>();
  for (const locale of locales) {
    const file = paths.archiveFile(locale);
    archives.set(locale, await loadArchive(file, paths.relative(file), paths.guard));
  }
  return archives;
}

/** A pseudo-locale's catalog, generated from the source (never read from disk). */
function generated(pseudoCatalog: typeof import('../pseudo/pseudo-locales.js').pseudoCatalog, locale: string, document: SourceDocument, file: string): LocaleCatalog {
  const text = serializeCatalog(pseudoCatalog(document, locale));
  return { locale, file: `${file} (generated)`, catalog: readCatalog(text), text };
}

/** One namespace's catalogs in `locales`, as they are on disk (no pseudo-locale), and its state. */
export async function loadCatalogs(paths: ProjectPaths, namespace: string, locales: readonly string[]): Promise<{ catalogs: Map<string, LocaleCatalog>; state: StateRecord }> {
  const catalogs = await catalogsOnDisk(paths, namespace, locales);
  const stateFile = paths.stateFile(namespace);
  return { catalogs, state: await loadState(stateFile, paths.relative(stateFile), paths.guard) };
}

/** One namespace's catalog files in `locales`, read in that order (no pseudo-locale). */
export async function catalogsOnDisk(paths: ProjectPaths, namespace: string, locales: readonly string[]): Promise<Map<string, LocaleCatalog>> {
  const catalogs = new Map<string, LocaleCatalog>();
  for (const locale of locales) {
    const file = paths.catalogFile(locale, namespace);
    catalogs.set(locale, await loadCatalog(locale, file, paths.relative(file), paths.guard));
  }
  return catalogs;
}

/**
 * The translation memory of each target locale: every reviewed translation paired with the
 * source text it was made for (an outdated one with its older text), and the archive.
 */
export function buildMemories(project: Project, translations: Translations): Map<string, TranslationMemory> {
  const memories = new Map(targetLocales(project.config).map((locale) => [locale, new TranslationMemory()]));
  for (const { namespace } of project.documents) {
    const catalogs = translations.catalogs.get(namespace);
    if (catalogs) addToMemories(memories, namespace, project.sourceCatalogs.get(namespace), catalogs, translations.states.get(namespace));
  }
  for (const [locale, memory] of memories) {
    for (const entry of translations.archives.get(locale) ?? []) memory.add({ ...entry, archived: true });
  }
  return memories;
}

/** The locales translated from the source: every configured one but the source and the pseudo-locales. */
export function targetLocales(config: Config): string[] {
  return config.locales.filter((locale) => locale !== config.sourceLocale && !isPseudoLocale(locale));
}

/**
 * Adds one namespace's reviewed translations to the memory of each locale in `memories`; with
 * `firstRank`, at the ranks from it on (see `TranslationMemory.add`), in each locale.
 */
export function addToMemories(
  memories: ReadonlyMap<string, TranslationMemory>,
  namespace: string,
  sourceCatalog: LocaleCatalog | undefined,
  catalogs: ReadonlyMap<string, LocaleCatalog>,
  state: NamespaceState | undefined,
  firstRank?: number,
): void {
  const sources = sourceCatalog?.catalog.values ?? new Map<string, string>();
  for (const [locale, memory] of memories) {
    const entries = state?.get(locale);
    let rank = firstRank;
    for (const [key, translation] of catalogs.get(locale)?.catalog.values ?? []) {
      const source = sources.get(key);
      if (source === undefined || translation.trim() === '') continue;
      const entry = entries?.get(key);
      const status = translationStatus(source, translation, entry);
      if (status === 'from-memory') continue;
      const pair = { source: status === 'outdated' && entry ? entry.sourceText : source, translation, namespace, key, archived: false };
      if (rank === undefined) memory.add(pair);
      else memory.add(pair, rank++);
    }
  }
}
