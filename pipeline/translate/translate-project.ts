import type { i18n as I18n, Resource } from 'i18next';
import type { SourceDocument } from '../extract/read-source.js';
import { createI18n, lookupFor } from '../i18n/create-i18n.js';
import type { Project } from '../project/load-project.js';
import { loadTranslations } from '../project/load-translations.js';
import type { Finding, LocaleSummary } from '../report/finding.js';
import type { LocaleCatalog } from '../catalog/locale-catalog.js';
import { readGlossaryFile } from '../rules/glossary-file.js';
import { ruleContext } from './rule-context.js';
import { translateDocument, type TranslatedDocument } from './translate-document.js';

/** Every document in every locale, with the i18next instance that produced them. */
export interface ProjectTranslation {
  i18n: I18n;
  documents: Array<{ document: SourceDocument; editions: Array<TranslatedDocument & { catalog: LocaleCatalog }> }>;
  findings: Finding[];
  summary: LocaleSummary[];
}

/** Loads every catalog into one i18next instance and translates every document into every locale. */
export async function translateProject(project: Project): Promise<ProjectTranslation> {
  const { config, documents } = project;
  const translations = await loadTranslations(project);
  const resources: Resource = {};
  for (const locale of config.locales) {
    resources[locale] = {};
    for (const { namespace } of documents) {
      resources[locale][namespace] = Object.fromEntries(translations.catalogs.get(namespace)?.get(locale)?.catalog.values ?? []);
    }
  }
  const i18n = createI18n(resources, config.sourceLocale, documents.map((document) => document.namespace));
  const glossary = await readGlossaryFile(project.paths.glossaryFile, project.paths.relative(project.paths.glossaryFile), config.sourceLocale);
  const rules = ruleContext(config, glossary, (locale) => i18n.dir(locale));

  const translated = documents.map((document) => ({
    document,
    editions: config.locales.map((locale) => {
      const catalog = translations.catalogs.get(document.namespace)?.get(locale) as LocaleCatalog;
      const state = translations.states.get(document.namespace)?.get(locale);
      const edition = translateDocument(document, catalog, lookupFor(i18n, locale, document.namespace), rules, state);
      return { ...edition, catalog };
    }),
  }));
  const findings = translated.flatMap((entry) => entry.editions.flatMap((edition) => edition.findings)).sort(byPlace);
  const summary = config.locales.map((locale): LocaleSummary => {
    const editions = translated.flatMap((entry) => entry.editions.filter((edition) => edition.locale === locale));
    const own = findings.filter((finding) => finding.locale === locale);
    const sum = (field: 'translated' | 'outdated' | 'total'): number => editions.reduce((total, edition) => total + edition.counts[field], 0);
    return {
      locale,
      translated: sum('translated'),
      outdated: sum('outdated'),
      total: sum('total'),
      errors: own.filter((finding) => finding.severity === 'error').length,
      warnings: own.filter((finding) => finding.severity === 'warning').length,
    };
  });
  return { i18n, documents: translated, findings, summary };
}

function byPlace(a: Finding, b: Finding): number {
  return compare(a.file, b.file) || a.line - b.line || a.column - b.column || compare(a.rule, b.rule);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
