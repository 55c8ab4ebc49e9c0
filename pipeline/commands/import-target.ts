import type { LocaleCatalog } from '../catalog/locale-catalog.js';
import type { Config } from '../config/config.js';
import type { SourceDocument } from '../extract/read-source.js';
import type { Project } from '../project/load-project.js';
import type { Translations } from '../project/load-translations.js';
import { TarjamaError } from '../util/tarjama-error.js';

/**
 * The document and the catalog an exchange file (XLIFF, PO) is for, from the namespace and
 * target language it names; a file that belongs to neither, or whose catalog cannot be read,
 * is refused with its name.
 */
export function importTarget(config: Config, project: Project, translations: Translations, namespace: string, locale: string, file: string): { document: SourceDocument; catalog: LocaleCatalog } {
  const document = project.documents.find((candidate) => candidate.namespace === namespace);
  if (!document) throw new TarjamaError(`namespace "${namespace}" is not an article or site-string namespace of this project`, { file });
  if (!config.locales.includes(locale) || locale === config.sourceLocale) {
    throw new TarjamaError(`target language "${locale}" is not a target locale of this project`, { file });
  }
  const catalog = translations.catalogs.get(document.namespace)?.get(locale);
  if (!catalog || catalog.catalog.unreadable) throw new TarjamaError('the catalog to merge into cannot be read; fix it first (tarjama check)', { file: catalog?.file ?? file });
  return { document, catalog };
}
