import { existsSync } from 'node:fs';
import type { Root, Yaml } from 'mdast';
import { sha256 } from '../cache/build-cache.js';
import { fillFromFallbacks, fallbackCounts } from '../catalog/fill-from-fallbacks.js';
import type { LocaleCatalog } from '../catalog/locale-catalog.js';
import { stateProblem } from '../catalog/state-file.js';
import type { LoadedNamespace } from '../i18n/shared-i18n.js';
import { processor } from '../markdown/processor.js';
import type { NamespaceEntry } from '../project/list-namespaces.js';
import { loadDocument, type LoadedDocument } from '../project/load-document.js';
import { loadNamespaceTranslations } from '../project/load-translations.js';
import { editionSite, footerLine, frontMatterStrings } from '../publish/edition-site.js';
import type { EditionResult, NamespaceResult } from '../publish/edition-result.js';
import { applyHeadingIds, headingIds } from '../publish/heading-ids.js';
import { defaultStaleNotice, markStale } from '../publish/mark-stale.js';
import type { PublishOptions } from '../publish/publish-options.js';
import { renderFrontMatter } from '../publish/render-front-matter.js';
import { renderHtml, type PageInfo } from '../publish/render-html.js';
import { siteNamespace } from '../publish/site-strings.js';
import { writeFileAtomic } from '../store/write-file-atomic.js';
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
  const loaded = await loadDocument(paths, config, entry);
  const { document, sourceCatalog, state } = loaded;
  const problem = document.kind === 'article' ? stateProblem(state, sourceCatalog.text !== null, paths.relative(paths.stateFile(document.namespace))) : null;
  const catalogs = fillFromFallbacks(config, document, await loadNamespaceTranslations(paths, config, document, sourceCatalog), state.locales, problem !== null);
  const shared = document.namespace === siteNamespace;
  const values = new Map([...catalogs].map(([locale, catalog]) => [locale, Object.fromEntries(catalog.catalog.values)] as const));
  return context.i18n.withNamespace(
    document.namespace,
    values,
    async (namespace) => {
      const editions = translateEditions(context, { ...loaded, catalogs, problem }, namespace, publish, reuse);
      if (shared) for (const { edition } of editions) withholdRejectedStrings(context, namespace, edition, catalogs.get(config.sourceLocale)?.catalog.values);
      const results = editions.map(({ catalog, edition }): EditionResult => ({ locale: edition.locale, counts: edition.counts, findings: edition.findings, unreadable: catalog.catalog.unreadable }));
      if (publish && document.kind !== 'strings') await publishEditions(context, document, editions, results, publish);
      return { namespace: document.namespace, kind: document.kind, editions: results };
    },
    { keep: shared },
  );
}

/** A namespace as loaded, with its catalogs filled from their fallbacks and what the state cannot vouch for. */
type NamespaceSources = LoadedDocument & { catalogs: Map<string, LocaleCatalog>; problem: string | null };

/** The parsed source of a namespace. */
type SourceDocument = LoadedDocument['document'];

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
  if (reuse.size === 0 || !editions.some(({ catalog, edition }) => blocked(context, catalog.catalog.unreadable, edition, publish))) return editions;
  return locales.map((locale) => editions.find(({ edition }) => edition.locale === locale) ?? translate(locale));
}

/** Writes each edition's Markdown, then the HTML pages of those published, which link to one another. */
async function publishEditions(context: RunContext, document: SourceDocument, editions: readonly Translated[], results: readonly EditionResult[], publish: PublishOptions): Promise<void> {
  const { config, paths } = context;
  const pages: Array<{ result: EditionResult; tree: Root; page: PageInfo }> = [];
  for (const [index, { catalog, edition }] of editions.entries()) {
    const result = results[index] as EditionResult;
    const page = await publishEdition(context, document, edition, result, publish, fallbackCounts(document, catalog));
    if (page) pages.push({ result, tree: edition.tree, page });
  }
  if (!publish.html) return;
  // A blocked edition keeps its previous page: the others go on linking to it.
  const published = config.locales.filter((locale) => {
    const result = results.find((candidate) => candidate.locale === locale);
    return !result || result.output?.result !== 'blocked' || existsSync(paths.htmlFile(locale, document.namespace));
  });
  const alternates = published.map((locale) => ({ locale, href: `../${locale}/${document.namespace}.html` }));
  const xDefault = alternates.find((alternate) => alternate.locale === config.sourceLocale)?.href ?? null;
  for (const { result, tree, page } of pages) {
    const file = paths.htmlFile(result.locale, document.namespace);
    const html = await renderHtml(tree, { ...page, alternates, xDefault });
    if (result.output) {
      result.output.html = { file: paths.relative(file), result: await writeFileAtomic(file, html, paths.root) };
      result.output.hashes[paths.relative(file)] = sha256(html);
    }
  }
}

/**
 * One policy for site strings too: a string with an error is never published. Its locale's
 * editions are blocked; with --allow-incomplete they show the source's string in its place
 * (for a plural form the source lacks, its `_other` form), as a segment shows the source text.
 */
function withholdRejectedStrings(context: RunContext, namespace: LoadedNamespace, edition: TranslatedDocument, source: ReadonlyMap<string, string> | undefined): void {
  if (!source || edition.locale === context.config.sourceLocale) return;
  for (const finding of edition.findings) {
    const key = finding.key;
    if (finding.severity !== 'error' || key === null || !namespace.has(edition.locale, key)) continue;
    const stand = source.get(key) ?? source.get(key.replace(/_(zero|one|two|few|many|other)$/, '_other'));
    if (stand !== undefined) namespace.replace(edition.locale, key, stand);
  }
}

/** What blocks an edition: its error findings by rule, an unreadable catalog, site strings it lacks or that have errors. */
function blockReasons(context: RunContext, unreadable: boolean, edition: TranslatedDocument, missingSiteStrings: readonly string[]): Record<string, number> {
  const reasons: Record<string, number> = {};
  if (unreadable) reasons['unreadable catalog'] = 1;
  for (const finding of edition.findings) if (finding.severity === 'error') reasons[finding.rule] = (reasons[finding.rule] ?? 0) + 1;
  if (missingSiteStrings.length > 0) reasons['missing site strings'] = missingSiteStrings.length;
  if (context.siteBlocked.has(edition.locale)) reasons['errors in the site strings'] = 1;
  return reasons;
}

/** Whether an edition has errors, its own or its site strings'. */
function hasErrors(context: RunContext, edition: TranslatedDocument): boolean {
  return edition.findings.some((finding) => finding.severity === 'error') || context.siteBlocked.has(edition.locale);
}

/**
 * Whether an edition is blocked: its catalog unreadable, or errors (or, with `missingSiteStrings`,
 * site strings it lacks) without --allow-incomplete.
 */
function blocked(context: RunContext, unreadable: boolean, edition: TranslatedDocument, publish: PublishOptions | null, missingSiteStrings = false): boolean {
  return unreadable || ((hasErrors(context, edition) || missingSiteStrings) && !publish?.allowIncomplete);
}

/** Writes one edition's Markdown unless it is blocked; returns what its HTML page needs. */
async function publishEdition(
  context: RunContext,
  document: SourceDocument,
  edition: TranslatedDocument,
  result: EditionResult,
  publish: PublishOptions,
  fallback: Record<string, number> | null,
): Promise<PageInfo | null> {
  const { config, paths } = context;
  const i18n = context.i18n.reader;
  const file = paths.outputFile(edition.locale, document.namespace);
  const about = editionSite(config, i18n, context.hasSiteStrings, edition.locale, edition.tree, document.frontMatter);
  if (blocked(context, result.unreadable, edition, publish, about.missing.length > 0)) {
    // The edition published before stays, but never passes for one of the current source.
    const notice = i18n.exists('stale-notice', { lng: edition.locale, ns: siteNamespace }) ? i18n.t('stale-notice', { lng: edition.locale, ns: siteNamespace }) : defaultStaleNotice;
    const stale = await markStale(file, paths.htmlFile(edition.locale, document.namespace), document.hash, notice, paths.root);
    result.output = { file: paths.relative(file), result: 'blocked', incomplete: hasErrors(context, edition), html: null, hashes: {}, reasons: blockReasons(context, result.unreadable, edition, about.missing), stale };
    return null;
  }
  const incomplete = edition.counts.translated < edition.counts.total;
  const dir = i18n.dir(edition.locale);
  const frontMatter = renderFrontMatter(document.frontMatter, edition.fields, {
    lang: edition.locale,
    dir,
    locale: about.locale,
    source: document.file,
    sourceHash: document.hash,
    translatedFrom: edition.locale === config.sourceLocale ? null : config.sourceLocale,
    readingTime: about.minutes,
    strings: about.strings ? frontMatterStrings(about.strings) : null,
    incomplete: incomplete ? edition.counts : null,
    fallback,
  });
  applyHeadingIds(edition.tree, headingIds(document.tree));
  const markdown = stringifyEdition(edition.tree, frontMatter, about.strings ? footerLine(about.strings) : null);
  result.output = { file: paths.relative(file), result: await writeFileAtomic(file, markdown, paths.root), incomplete, html: null, hashes: { [paths.relative(file)]: sha256(markdown) } };
  const title = edition.fields.get('title') ?? (typeof document.frontMatter?.title === 'string' ? document.frontMatter.title : document.namespace);
  const description = edition.fields.get('description') ?? (typeof document.frontMatter?.description === 'string' ? document.frontMatter.description : null);
  return { locale: edition.locale, dir, title, description, alternates: [], xDefault: null, strings: about.strings };
}

function stringifyEdition(tree: Root, frontMatter: string, footer: string | null): string {
  const yaml: Yaml = { type: 'yaml', value: frontMatter };
  const body = tree.children[0]?.type === 'yaml' ? tree.children.slice(1) : tree.children;
  const closing: Root['children'] = footer ? [{ type: 'thematicBreak' }, { type: 'paragraph', children: [{ type: 'text', value: footer }] }] : [];
  return processor.stringify({ ...tree, children: [yaml, ...body, ...closing] } as Root);
}
