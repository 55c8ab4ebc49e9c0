import type { MemoryMatch } from '../catalog/translation-memory.js';
import { translationStatus } from '../catalog/translation-state.js';
import { assertLocaleFilter } from '../config/assert-locale-filter.js';
import type { Config } from '../config/config.js';
import { assertNamespaces } from '../project/assert-namespaces.js';
import { loadProject } from '../project/load-project.js';
import { buildMemories, loadTranslations } from '../project/load-translations.js';

/** Options of `suggest`. */
export interface SuggestOptions {
  locale: string;
  namespace?: string | undefined;
  /** Lowest similarity shown, 0–1. */
  minimum: number;
  /** Most matches per key. */
  limit: number;
}

/** Matches from memory for one key that needs a translation. */
export interface Suggestion {
  namespace: string;
  key: string;
  file: string;
  status: 'missing' | 'outdated';
  source: string;
  matches: MemoryMatch[];
}

/** What `suggest` found. */
export interface SuggestReport {
  locale: string;
  minimum: number;
  suggestions: Suggestion[];
}

/** Lists, for every missing or outdated key of a locale, the closest translations in its memory. */
export async function suggest(root: string, config: Config, options: SuggestOptions): Promise<SuggestReport> {
  assertLocaleFilter(config, [options.locale], true);
  const project = await loadProject(root, config);
  if (options.namespace !== undefined) assertNamespaces(project.documents.map((document) => document.namespace), [options.namespace]);
  const translations = await loadTranslations(project);
  const memory = buildMemories(project, translations).get(options.locale);
  const report: SuggestReport = { locale: options.locale, minimum: options.minimum, suggestions: [] };
  for (const document of project.documents) {
    if (options.namespace !== undefined && document.namespace !== options.namespace) continue;
    const catalog = translations.catalogs.get(document.namespace)?.get(options.locale);
    const entries = translations.states.get(document.namespace)?.get(options.locale);
    for (const segment of document.segments) {
      const value = catalog?.catalog.values.get(segment.key);
      const missing = value === undefined || value.trim() === '';
      if (!missing && translationStatus(segment.text, value, entries?.get(segment.key)) !== 'outdated') continue;
      const matches = (memory?.fuzzy(segment.text, options.minimum, options.limit + 1) ?? [])
        .filter((match) => match.archived || match.namespace !== document.namespace || match.key !== segment.key)
        .slice(0, options.limit);
      report.suggestions.push({ namespace: document.namespace, key: segment.key, file: catalog?.file ?? '', status: missing ? 'missing' : 'outdated', source: segment.text, matches });
    }
  }
  return report;
}
