import { existsSync } from 'node:fs';
import type { i18n as I18n } from 'i18next';
import type { Root } from 'mdast';
import type { Config } from '../config/config.js';
import { processor } from '../markdown/processor.js';
import type { LoadedDocument } from '../project/load-document.js';
import type { ProjectPaths } from '../project/project-paths.js';
import { siteNamespace } from '../project/site-namespace.js';
import { writeFileAtomic } from '../store/write-file-atomic.js';
import type { TranslatedDocument } from '../translate/translate-document.js';
import { sha256 } from '../util/sha256.js';
import { blockReasons, editionBlocked, hasErrors } from './edition-blocked.js';
import type { EditionResult } from './edition-result.js';
import { editionLinks } from './edition-links.js';
import { editionSite, footerLine, frontMatterStrings } from './edition-site.js';
import { applyHeadingIds, headingIds } from './heading-ids.js';
import { localizeFragments } from './localize-fragments.js';
import { localizeTableFigures } from './localize-table-figures.js';
import { defaultStaleNotice, markStale } from './mark-stale.js';
import type { PublishOptions } from './publish-options.js';
import { renderFrontMatter } from './render-front-matter.js';
import { renderHtml, type PageInfo } from './render-html.js';

// What Liquid (Eleventy, Jekyll) and Nunjucks would take for a tag in a Markdown page.
const templateDelimiters = /\{[{%#]/;

/** What publishing needs of the run: where files go, the site strings (through i18next), each locale's direction, and the locales whose site strings have errors. */
export interface PublishContext {
  config: Config;
  paths: ProjectPaths;
  i18n: Pick<I18n, 'exists' | 't'>;
  /** i18next's direction of a locale, worked out once per locale (`RuleSettings.direction`): i18next makes an `Intl.Locale` for each call. */
  direction(locale: string): 'ltr' | 'rtl';
  hasSiteStrings: boolean;
  siteBlocked: ReadonlySet<string>;
}

/** One locale's translated edition, the result to record what became of it in, and the segments it borrowed from fallback locales, counted by locale. */
export interface EditionToPublish {
  edition: TranslatedDocument;
  result: EditionResult;
  fallback: Record<string, number> | null;
}

/** The parsed source of an article. */
type SourceDocument = LoadedDocument['document'];

/**
 * Writes each edition's Markdown, or marks the one published before stale when the edition is
 * blocked; then the HTML pages of those published, which link to one another. Each `result`
 * gets its `output`.
 */
export async function publishEditions(context: PublishContext, document: SourceDocument, editions: readonly EditionToPublish[], publish: PublishOptions): Promise<void> {
  const { config, paths } = context;
  const pages: Array<{ result: EditionResult; tree: Root; page: PageInfo }> = [];
  for (const { edition, result, fallback } of editions) {
    const page = await publishEdition(context, document, edition, result, publish, fallback);
    if (page) pages.push({ result, tree: edition.tree, page });
  }
  if (!publish.html) return;
  // A blocked edition keeps its previous page: the others go on linking to it.
  const published = config.locales.filter((locale) => {
    const result = editions.find((candidate) => candidate.result.locale === locale)?.result;
    return !result || result.output?.result !== 'blocked' || existsSync(paths.htmlFile(locale, document.namespace));
  });
  const alternates = editionLinks(config.siteUrl, published, document.namespace);
  const xDefault = alternates.find((alternate) => alternate.locale === config.sourceLocale)?.url ?? null;
  for (const { result, tree, page } of pages) {
    const file = paths.htmlFile(result.locale, document.namespace);
    const html = await renderHtml(tree, { ...page, alternates, xDefault });
    if (result.output) {
      result.output.html = { file: paths.relative(file), result: await writeFileAtomic(file, html, paths.guard) };
      result.output.hashes[paths.relative(file)] = sha256(html);
    }
  }
}

/** Writes one edition's Markdown unless it is blocked; returns what its HTML page needs. */
async function publishEdition(
  context: PublishContext,
  document: SourceDocument,
  edition: TranslatedDocument,
  result: EditionResult,
  publish: PublishOptions,
  fallback: Record<string, number> | null,
): Promise<PageInfo | null> {
  const { config, paths, i18n, siteBlocked } = context;
  const file = paths.outputFile(edition.locale, document.namespace);
  const about = editionSite(config, i18n, context.hasSiteStrings, edition.locale, edition.tree, document.frontMatter);
  if (editionBlocked(siteBlocked, result.unreadable, edition, publish, about.missing.length > 0)) {
    // The edition published before stays, but never passes for one of the current source.
    const notice = i18n.exists('stale-notice', { lng: edition.locale, ns: siteNamespace }) ? i18n.t('stale-notice', { lng: edition.locale, ns: siteNamespace }) : defaultStaleNotice;
    const stale = await markStale(file, paths.htmlFile(edition.locale, document.namespace), document.hash, notice, paths.root);
    result.output = { file: paths.relative(file), result: 'blocked', incomplete: hasErrors(siteBlocked, edition), html: null, hashes: {}, reasons: blockReasons(siteBlocked, result.unreadable, edition, about.missing), stale };
    return null;
  }
  const incomplete = edition.counts.translated < edition.counts.total;
  const dir = context.direction(edition.locale);
  // Editions keep the source's blocks: the n-th heading of the edition translates the source's n-th.
  const ids = headingIds(edition.tree);
  localizeFragments(edition.tree, headingIds(document.tree), ids);
  applyHeadingIds(edition.tree, ids);
  if (edition.locale !== config.sourceLocale) localizeTableFigures(edition.tree, about.locale);
  const body = stringifyBody(edition.tree, about.strings && config.markdownFooter ? footerLine(about.strings) : null);
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
    verbatimTemplates: templateDelimiters.test(body),
  });
  const markdown = `---\n${frontMatter}\n---\n${body ? `\n${body}` : ''}`;
  result.output = { file: paths.relative(file), result: await writeFileAtomic(file, markdown, paths.guard), incomplete, html: null, hashes: { [paths.relative(file)]: sha256(markdown) } };
  const title = edition.fields.get('title') ?? (typeof document.frontMatter?.title === 'string' ? document.frontMatter.title : document.namespace);
  const description = edition.fields.get('description') ?? (typeof document.frontMatter?.description === 'string' ? document.frontMatter.description : null);
  return { locale: edition.locale, dir, title, description, alternates: [], xDefault: null, strings: about.strings };
}

/** The edition's Markdown body, without the source's front matter, then the site footer (when given). */
function stringifyBody(tree: Root, footer: string | null): string {
  const body = tree.children[0]?.type === 'yaml' ? tree.children.slice(1) : tree.children;
  const closing: Root['children'] = footer ? [{ type: 'thematicBreak' }, { type: 'paragraph', children: [{ type: 'text', value: footer }] }] : [];
  return processor.stringify({ ...tree, children: [...body, ...closing] } as Root);
}
