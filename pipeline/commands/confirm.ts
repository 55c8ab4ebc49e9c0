import { serializeState, stateProblem } from '../catalog/state-file.js';
import { sourceHash, statusIn, textHash, type StateEntry } from '../catalog/translation-state.js';
import { assertLocaleFilter } from '../config/assert-locale-filter.js';
import type { Config } from '../config/config.js';
import { assertNamespaces } from '../project/assert-namespaces.js';
import { loadProject } from '../project/load-project.js';
import { loadTranslations, targetLocales } from '../project/load-translations.js';
import { commitWrites, type FileWrite } from '../store/journal.js';
import { TarjamaError } from '../util/tarjama-error.js';

/** Which translations `confirm` marks as current. */
export interface ConfirmOptions {
  locale: string;
  key?: string | undefined;
  namespace?: string | undefined;
}

/** The translations `confirm` marked as current. */
export interface ConfirmReport {
  locale: string;
  confirmed: Array<{ namespace: string; key: string; was: 'outdated' | 'from-memory' | 'unverified' }>;
}

/**
 * Marks outdated, memory-filled or unverified translations as current after a translator
 * reviewed them and found they still fit: the translation text is not changed, only the
 * state, which is written sealed. Where the state was lost, the translations not confirmed
 * stay unverified in it.
 */
export async function confirm(root: string, config: Config, options: ConfirmOptions): Promise<ConfirmReport> {
  assertLocaleFilter(config, [options.locale], true);
  const project = await loadProject(root, config);
  if (options.namespace !== undefined) assertNamespaces(project.documents.map((document) => document.namespace), [options.namespace]);
  const { key } = options;
  if (key !== undefined && !project.documents.some((document) => document.kind === 'article' && document.segments.some((segment) => segment.key === key))) {
    // Saying "nothing to confirm" here would hide a mistyped key behind exit code 0.
    const keys = project.paths.relative(project.paths.catalogFile(config.sourceLocale, '<slug>'));
    throw new TarjamaError(`--key: "${key}" is not a key of any article (their keys are in ${keys}); \`tarjama check --locale ${options.locale}\` names each key to confirm`);
  }
  const translations = await loadTranslations(project);
  const report: ConfirmReport = { locale: options.locale, confirmed: [] };
  const writes: FileWrite[] = [];
  for (const document of project.documents) {
    if (document.kind !== 'article' || (options.namespace !== undefined && document.namespace !== options.namespace)) continue;
    const record = translations.records.get(document.namespace);
    const sourceCatalog = project.sourceCatalogs.get(document.namespace);
    const values = translations.catalogs.get(document.namespace)?.get(options.locale)?.catalog.values;
    if (!record || !sourceCatalog || !values) continue;
    const file = project.paths.stateFile(document.namespace);
    const lost = stateProblem(record, sourceCatalog.text !== null, project.paths.relative(file)) !== null;
    const entries = new Map<string, StateEntry>(record.locales.get(options.locale) ?? []);
    let changed = false;
    for (const segment of document.segments) {
      const value = values.get(segment.key);
      if (value === undefined || value.trim() === '') continue;
      const status = statusIn(segment.text, value, entries.get(segment.key), lost);
      if (status === 'current') continue;
      if (options.key !== undefined && segment.key !== options.key) {
        // The state is written sealed below: a translation it cannot vouch for must say so in it.
        if (!entries.has(segment.key)) entries.set(segment.key, { source: sourceHash(segment.text), sourceText: segment.text, translation: textHash(value), origin: 'unverified' });
        continue;
      }
      entries.delete(segment.key);
      changed = true;
      report.confirmed.push({ namespace: document.namespace, key: segment.key, was: status });
    }
    if (!changed) continue;
    const locales = new Map(record.locales);
    locales.set(options.locale, entries);
    if (lost) {
      // The other locales' translations are no more vouched for than this one's were.
      for (const locale of targetLocales(config)) {
        const catalog = translations.catalogs.get(document.namespace)?.get(locale);
        if (locale === options.locale || !catalog) continue;
        const other = new Map(locales.get(locale) ?? []);
        for (const segment of document.segments) {
          const value = catalog.catalog.values.get(segment.key);
          if (value === undefined || value.trim() === '' || other.has(segment.key)) continue;
          other.set(segment.key, { source: sourceHash(segment.text), sourceText: segment.text, translation: textHash(value), origin: 'unverified' });
        }
        locales.set(locale, other);
      }
    }
    // What extract last wrote: the sealed record's hashes, else the source-locale catalog as it is.
    const sources = record.integrity === 'sealed' && record.sources ? record.sources : new Map([...sourceCatalog.catalog.values].map(([key, text]) => [key, sourceHash(text)]));
    writes.push({ file, content: serializeState({ locales, sources }) });
  }
  commitWrites(project.paths, 'confirm', writes);
  return report;
}
