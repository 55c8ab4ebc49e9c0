import type { Root, Yaml } from 'mdast';
import type { Config } from '../config/config.js';
import { renderFrontMatter } from '../front-matter/render-front-matter.js';
import { applyHeadingIds, headingIds } from '../html/heading-ids.js';
import { renderHtml } from '../html/render-html.js';
import { writeFileAtomic, type WriteResult } from '../io/write-file-atomic.js';
import { processor } from '../markdown/processor.js';
import { loadProject } from '../project/load-project.js';
import type { Finding, LocaleSummary } from '../report/finding.js';
import { editionSite, footerLine, frontMatterStrings } from '../site/edition-site.js';
import { siteNamespace } from '../site/site-strings.js';
import type { TranslationCounts } from '../translate/translate-document.js';
import { translateProject } from '../translate/translate-project.js';

/** Options of `build`. */
export interface BuildOptions {
  /** Publish source text where a translation is missing or rejected, and say so in the front matter. */
  allowIncomplete: boolean;
  /** Also write the HTML preview `output/<lng>/<slug>.html` (default). */
  html?: boolean;
}

/** What `build` did with one document in one locale. */
export interface BuildOutput {
  locale: string;
  namespace: string;
  file: string;
  result: WriteResult | 'blocked';
  counts: TranslationCounts;
  incomplete: boolean;
  /** The HTML preview, when written. */
  html: { file: string; result: WriteResult } | null;
}

/** The outcome of `build`: every output, and the findings that blocked or weakened some of them. */
export interface BuildReport {
  outputs: BuildOutput[];
  findings: Finding[];
  summary: LocaleSummary[];
  /** A catalog could not be read at all. */
  unreadable: boolean;
}

/**
 * Writes `output/<lng>/<slug>.md` (and `.html`) for every locale through i18next. A document
 * with an error in a locale — in its own catalog, or in the site strings it shows — is not
 * written for it (its previous output stays as it was) unless `allowIncomplete` is set; an
 * unreadable catalog always blocks.
 */
export async function build(root: string, config: Config, options: BuildOptions): Promise<BuildReport> {
  const project = await loadProject(root, config);
  const translation = await translateProject(project);
  const site = translation.documents.find(({ document }) => document.kind === 'strings' && document.namespace === siteNamespace);
  const outputs: BuildOutput[] = [];
  for (const { document, editions } of translation.documents) {
    if (document.kind === 'strings') continue;
    const ids = headingIds(document.tree);
    const pages: Array<{ output: BuildOutput; tree: Root; page: Parameters<typeof renderHtml>[1] }> = [];
    for (const edition of editions) {
      const file = project.paths.outputFile(edition.locale, document.namespace);
      const siteEdition = site?.editions.find((candidate) => candidate.locale === edition.locale);
      const errors = [...edition.findings, ...(siteEdition?.findings ?? [])].some((finding) => finding.severity === 'error');
      const base = { locale: edition.locale, namespace: document.namespace, file: project.paths.relative(file), counts: edition.counts, html: null };
      const unreadable = edition.catalog.catalog.unreadable || siteEdition?.catalog.catalog.unreadable === true;
      const about = editionSite(config, translation.i18n, site !== undefined, edition.locale, edition.tree, document.frontMatter);
      if (unreadable || ((errors || about.missing.length > 0) && !options.allowIncomplete)) {
        outputs.push({ ...base, result: 'blocked', incomplete: errors });
        continue;
      }
      const incomplete = edition.counts.translated < edition.counts.total;
      const dir = translation.i18n.dir(edition.locale);
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
      });
      applyHeadingIds(edition.tree, ids);
      const markdown = stringifyEdition(edition.tree, frontMatter, about.strings ? footerLine(about.strings) : null);
      const output: BuildOutput = { ...base, result: await writeFileAtomic(file, markdown), incomplete };
      outputs.push(output);
      const title = edition.fields.get('title') ?? (typeof document.frontMatter?.title === 'string' ? document.frontMatter.title : document.namespace);
      const description = edition.fields.get('description') ?? (typeof document.frontMatter?.description === 'string' ? document.frontMatter.description : null);
      pages.push({ output, tree: edition.tree, page: { locale: edition.locale, dir, title, description, alternates: [], xDefault: null, strings: about.strings } });
    }
    if (options.html === false) continue;
    const alternates = pages.map(({ output }) => ({ locale: output.locale, href: `../${output.locale}/${document.namespace}.html` }));
    const xDefault = alternates.find((alternate) => alternate.locale === config.sourceLocale)?.href ?? null;
    for (const { output, tree, page } of pages) {
      const file = project.paths.htmlFile(output.locale, document.namespace);
      const html = await renderHtml(tree, { ...page, alternates, xDefault });
      output.html = { file: project.paths.relative(file), result: await writeFileAtomic(file, html) };
    }
  }
  const unreadable = translation.documents.some(({ editions }) => editions.some((edition) => edition.catalog.catalog.unreadable));
  return { outputs, findings: translation.findings, summary: translation.summary, unreadable };
}

function stringifyEdition(tree: Root, frontMatter: string, footer: string | null): string {
  const yaml: Yaml = { type: 'yaml', value: frontMatter };
  const body = tree.children[0]?.type === 'yaml' ? tree.children.slice(1) : tree.children;
  const closing: Root['children'] = footer ? [{ type: 'thematicBreak' }, { type: 'paragraph', children: [{ type: 'text', value: footer }] }] : [];
  return processor.stringify({ ...tree, children: [yaml, ...body, ...closing] } as Root);
}

