import { stateProblem } from '../catalog/state-file.js';
import type { StateEntry } from '../catalog/translation-state.js';
import type { SourceDocument } from '../extract/read-source.js';
import type { Project } from '../project/load-project.js';
import type { Translations } from '../project/load-translations.js';

/** A document's translations in one locale, as an export reads them. */
export interface LocaleTranslations {
  values: ReadonlyMap<string, string>;
  entries: ReadonlyMap<string, StateEntry>;
  /** The article's translation state was lost or edited: its translations are unverified. */
  lost: boolean;
}

/** The catalog values and state entries of a document in a locale, for `xliff export` and `po export`. */
export function localeTranslations(project: Project, translations: Translations, document: SourceDocument, locale: string): LocaleTranslations {
  const values = translations.catalogs.get(document.namespace)?.get(locale)?.catalog.values ?? new Map<string, string>();
  const entries = translations.states.get(document.namespace)?.get(locale) ?? new Map<string, StateEntry>();
  const record = translations.records.get(document.namespace);
  const extracted = project.sourceCatalogs.get(document.namespace)?.text != null;
  const lost = document.kind === 'article' && record !== undefined && stateProblem(record, extracted, project.paths.relative(project.paths.stateFile(document.namespace))) !== null;
  return { values, entries, lost };
}
