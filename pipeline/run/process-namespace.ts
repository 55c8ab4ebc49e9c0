import { fillFromFallbacks, fallbackCounts } from '../catalog/fill-from-fallbacks.js';
import type { LocaleCatalog } from '../catalog/locale-catalog.js';
import { stateProblem } from '../catalog/state-file.js';
import type { LoadedNamespace } from '../i18n/shared-i18n.js';
import { loadHtmlParserFor } from '../markdown/html-parser.js';
import type { NamespaceEntry } from '../project/list-namespaces.js';
import { loadDocument, type LoadedDocument } from '../project/load-document.js';
import { loadNamespaceTranslations } from '../project/load-translations.js';
import { siteNamespace } from '../project/site-namespace.js';
import { editionBlocked } from '../publish/edition-blocked.js';
import type { EditionResult, NamespaceResult } from '../publish/edition-result.js';
import type { PublishOptions } from '../publish/publish-options.js';
import { withholdRejectedStrings } from '../publish/withhold-rejected-strings.js';
import { analyzeSource } from '../translate/source-analysis.js';
import { translateDocument, type TranslatedDocument } from '../translate/translate-document.js';
import type { RunContext } from './run-context.js';

/**
 * Reads, parses and translates one namespace into every locale, and with `publish` writes
 * its editions: the unit of work of `check`, `status` and `build`, run in a worker or not.
 * The locales in `reuse` are left out (their editions are those of the last build, which
 * the caller has), unless another edition is blocked; the result holds the editions built.
 */
export async function processNamespace(context: RunContext, entry: NamespaceEntry, publish: PublishOptions | null, reuse: ReadonlySet<string> = new Set()): Promise<NamespaceResult> {
  const { config, paths } = context;
  const loaded = await loadDocument(paths, config, entry, entry.namespace, context.parses);
  const { document, sourceCatalog, state } = loaded;
  const problem = document.kind === 'article' ? stateProblem(state, sourceCatalog.text !== null, paths.relative(paths.stateFile(document.namespace))) : null;
  const catalogs = fillFromFallbacks(config, document, await loadNamespaceTranslations(paths, config, document, sourceCatalog), state.locales, problem !== null);
  const shared = document.namespace === siteNamespace;
  const values = new Map([...catalogs].map(([locale, catalog]) => [locale, Object.fromEntries(catalog.catalog.values)] as const));
  // A translation may add raw HTML that its source does not have (`loadDocument` looked at the source).
  await loadHtmlParserFor([...catalogs.values()].flatMap(({ catalog }) => [...catalog.values.values()]));
  return context.i18n.withNamespace(
    document.namespace,
    values,
    async (namespace) => {
      const editions = translateEditions(context, { ...loaded, catalogs, problem }, namespace, publish, reuse);
      if (shared) for (const { edition } of editions) withholdRejectedStrings(config.sourceLocale, namespace, edition, catalogs.get(config.sourceLocale)?.catalog.values);
      const results = editions.map(({ catalog, edition }): EditionResult => ({ locale: edition.locale, counts: edition.counts, findings: edition.findings, unreadable: catalog.catalog.unreadable }));
      if (publish && document.kind !== 'strings') {
        const site = { config, paths, i18n: context.i18n.reader, direction: context.rules.settings.direction, hasSiteStrings: context.hasSiteStrings, siteBlocked: context.siteBlocked };
        const { publishEditions } = await import('../publish/publish-editions.js');
        await publishEditions(site, document, editions.map(({ catalog, edition }, index) => ({ edition, result: results[index] as EditionResult, fallback: fallbackCounts(document, catalog) })), publish);
      }
      return { namespace: document.namespace, kind: document.kind, editions: results };
    },
    { keep: shared },
  );
}

/** A namespace as loaded, with its catalogs filled from their fallbacks and what the state cannot vouch for. */
type NamespaceSources = LoadedDocument & { catalogs: Map<string, LocaleCatalog>; problem: string | null };

/** One locale's catalog and the edition translated from it. */
type Translated = { catalog: LocaleCatalog; edition: TranslatedDocument };

/**
 * Translates the namespace into every locale not in `reuse`; into every locale after all when
 * one of them is blocked: an edition reused from the last build links to the others as they
 * were then (all published).
 */
function translateEditions(context: RunContext, sources: NamespaceSources, namespace: LoadedNamespace, publish: PublishOptions | null, reuse: ReadonlySet<string>): Translated[] {
  const { document, catalogs, state, problem } = sources;
  const handEdited = new Set(sources.handEdited);
  // Parsed on first use, once for every locale.
  const source = analyzeSource(document);
  const translate = (locale: string): Translated => {
    const catalog = catalogs.get(locale);
    if (!catalog) throw new Error(`no catalog for ${locale}`);
    // A key filled from a fallback is as current as the fallback's state says; the locale's own entry for it is not about that text.
    const entries = new Map([...(state.locales.get(locale) ?? [])].filter(([key]) => !catalog.borrowed?.has(key)));
    return { catalog, edition: translateDocument(document, catalog, namespace.lookup(locale), context.rules, { entries, problem, handEdited }, source) };
  };
  const locales = context.config.locales;
  const editions = locales.filter((locale) => !reuse.has(locale)).map(translate);
  if (reuse.size === 0 || !editions.some(({ catalog, edition }) => editionBlocked(context.siteBlocked, catalog.catalog.unreadable, edition, publish))) return editions;
  return locales.map((locale) => editions.find(({ edition }) => edition.locale === locale) ?? translate(locale));
}
