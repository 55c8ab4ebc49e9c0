import type { Element, Root as HastRoot } from 'hast';
import { h } from 'hastscript';
import type { Root, RootContent } from 'mdast';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { rawHtmlExcess } from '../markdown/raw-html-excess.js';
import { localeScript } from '../util/locale-script.js';
import { nestingLimits } from '../util/nesting-limits.js';
import { perLocale } from '../util/per-locale.js';
import { alignBlocks } from './align-blocks.js';
import { isolateLtrRuns } from './isolate-ltr-runs.js';
import { pageTitle } from './page-title.js';
import type { SiteStrings } from './site-strings.js';

/** An edition of the article, for `hreflang` and canonical links and the language switcher. */
export interface Alternate {
  locale: string;
  /** Relative to the page (`../fr/<slug>.html`): the switcher works wherever the output folder is opened. */
  href: string;
  /** For `hreflang` and canonical links: absolute under the configured `siteUrl`, else `href`. */
  url: string;
}

/** What the HTML page of an edition shows besides its article. */
export interface PageInfo {
  locale: string;
  dir: 'ltr' | 'rtl';
  title: string;
  description: string | null;
  alternates: Alternate[];
  /** The source edition's url, for `hreflang="x-default"`. */
  xDefault: string | null;
  strings: SiteStrings | null;
}

// Raw HTML comes from the source (the `html` rule keeps translations from changing it), and
// is still sanitised: GitHub's schema (which has `details`, `summary` and the `title` and
// `open` attributes everywhere), plus the elements news copy uses: a photo's `figure` and its
// `figcaption`, `cite` and `time` in an embedded post, and inline `abbr`, `bdi`, `mark`,
// `small`. Scripts, styles, event handlers and every attribute GitHub does not list stay out.
// remark-rehype already prefixes footnote ids with `user-content-`; a second prefix would
// break the links to them, so the sanitiser keeps ids as they are.
const schema: SanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: '',
  tagNames: [...(defaultSchema.tagNames ?? []), 'abbr', 'bdi', 'cite', 'figcaption', 'figure', 'mark', 'small', 'time'],
  attributes: { ...defaultSchema.attributes, bdi: ['dir'] },
};

// A font stack per script (from the locale, e.g. `ar` → Arab); Noto Sans after the script's own
// faces draws the Latin names and digits those faces do not have.
const fonts: Record<string, string> = {
  Arab: '"Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Geeza Pro", "Noto Sans", "Segoe UI", Tahoma, sans-serif',
  Hebr: '"Noto Serif Hebrew", "Noto Sans Hebrew", "David", "Arial Hebrew", "Noto Sans", "Segoe UI", sans-serif',
  Latn: '"Noto Serif", Georgia, "Times New Roman", serif',
};

function fontStack(locale: string): string {
  return fonts[localeScript(locale)] ?? `"Noto Sans", system-ui, sans-serif`;
}

function styles(locale: string, dir: 'ltr' | 'rtl'): string {
  return [
    `body{margin:0 auto;max-width:42rem;padding:1rem 1.25rem;font-family:${fontStack(locale)};font-size:1.125rem;line-height:${dir === 'rtl' ? 1.9 : 1.6};color:#1d1d1f;background:#fff}`,
    'p,li,td,th{text-align:start}',
    'bdi{unicode-bidi:isolate}',
    'code,pre{font-family:"Noto Sans Mono",Menlo,Consolas,monospace;direction:ltr;unicode-bidi:isolate}',
    'nav.languages ul{display:flex;gap:1rem;list-style:none;padding:0;margin:0 0 1.5rem}',
    'nav.languages a[aria-current]{font-weight:bold;text-decoration:none;color:inherit}',
    '.meta,footer{color:#555;font-size:.95rem}',
    'footer{border-top:1px solid #ddd;margin-top:2rem;padding-top:1rem}',
    '.align-start{text-align:start}.align-center{text-align:center}.align-end{text-align:end}.align-justify{text-align:justify}',
    '.stale-notice{background:#fff4ce;border:1px solid #d9b44a;padding:.5rem 1rem}',
    '.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}',
  ].join('\n');
}

/** The language's own name, capitalised as a menu item ("Français", "العربية"). */
const autonym = perLocale((locale) => {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
});

function hasRawHtml(node: RootContent): boolean {
  return node.type === 'html' || ('children' in node && (node.children as RootContent[]).some(hasRawHtml));
}

/** A node with its raw HTML as the preview shows it (`data.preview`: text left in the source language marked with its `lang`); unchanged nodes are the same objects. */
function withPreviewHtml<T extends Root | RootContent>(node: T): T {
  if (node.type === 'html' && node.data?.preview !== undefined) return { ...node, value: node.data.preview };
  if (!('children' in node)) return node;
  const children = (node.children as RootContent[]).map(withPreviewHtml);
  return children.every((child, index) => child === node.children[index]) ? node : { ...node, children };
}

/**
 * The HTML preview of an edition: the article through remark-rehype (raw HTML sanitised),
 * the edition's own heading ids (GitHub's), left-to-right runs isolated in right-to-left pages, and a page
 * with `lang`/`dir`, `hreflang` alternates with an `x-default`, a language switcher and the
 * localised meta line and footer.
 */
export async function renderHtml(article: Root, page: PageInfo): Promise<string> {
  const strings = page.strings;
  const children = article.children.filter((node) => node.type !== 'yaml');
  // rehype-raw re-parses the whole page with parse5: only worth it when there is raw HTML.
  // Sources whose raw HTML nests too deep are refused when read; a translation can still
  // re-nest the tags of its paragraph (the `html` rule compares them in any order): that raw
  // HTML is then left out of the preview rather than re-parsed into a tree too deep to walk.
  const articleBody = withPreviewHtml({ ...article, children });
  const raw = children.some(hasRawHtml) && rawHtmlExcess(articleBody, nestingLimits.html) === null ? (await import('rehype-raw')).default : null;
  const content = (await unified()
    .use(remarkRehype, {
      allowDangerousHtml: true,
      ...(strings ? { footnoteLabel: strings.footnotes, footnoteBackLabel: (index: number) => strings.footnoteBack(index + 1) } : {}),
    })
    .use(raw ? [raw] : [])
    .use(rehypeSanitize, schema)
    .run(articleBody)) as HastRoot;
  alignBlocks(content);
  const meta = strings ? [strings.published, strings.readingTime].filter((part): part is string => Boolean(part)).join(' · ') : '';
  const title = h('h1', page.title);
  const metaLine = meta ? h('p', { className: ['meta'] }, meta) : null;
  const footer = strings?.translatedFrom ? h('footer', [h('p', strings.translatedFrom)]) : null;
  if (page.dir === 'rtl') for (const part of [content, title, metaLine, footer]) if (part) isolateLtrRuns(part);

  const canonical = page.alternates.find((alternate) => alternate.locale === page.locale)?.url;
  const document = h(null, [
    { type: 'doctype' },
    h('html', { lang: page.locale, dir: page.dir }, [
      h('head', [
        h('meta', { charset: 'utf-8' }),
        h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
        h('title', pageTitle(page.title, page.locale)),
        page.description ? h('meta', { name: 'description', content: page.description }) : null,
        canonical ? h('link', { rel: 'canonical', href: canonical }) : null,
        ...page.alternates.map((alternate) => h('link', { rel: 'alternate', hreflang: alternate.locale, href: alternate.url })),
        page.xDefault ? h('link', { rel: 'alternate', hreflang: 'x-default', href: page.xDefault }) : null,
        h('style', styles(page.locale, page.dir)),
      ]),
      h('body', [
        h('header', [
          h('nav', { className: ['languages'], ariaLabel: strings?.languages ?? 'Languages' }, [
            h('ul', page.alternates.map((alternate) =>
              h('li', [h('a', { href: alternate.href, hreflang: alternate.locale, lang: alternate.locale, ...(alternate.locale === page.locale ? { ariaCurrent: 'page' } : {}) }, autonym(alternate.locale))]),
            )),
          ]),
        ]),
        h('main', [h('article', [title, metaLine, ...(content.children as Element[])])]),
        footer,
      ]),
    ]),
  ]);
  return `${unified().use(rehypeStringify, { upperDoctype: true }).stringify(document)}\n`;
}
