import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Root as HastRoot } from 'hast';
import type { Nodes, Paragraph, Root } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import i18n from 'i18next';
import { unified } from 'unified';
import { Document, parse as parseYaml } from 'yaml';
import { readCatalog } from '../pipeline/catalog/read-catalog.js';
import { createI18n, lookupFor } from '../pipeline/i18n/create-i18n.js';
import { parseMarkdown } from '../pipeline/markdown/parse-markdown.js';
import { processor } from '../pipeline/markdown/processor.js';
import { writeMessages } from '../pipeline/markdown/to-message.js';

/** Seconds, single-threaded, that the libraries and the disk alone take for what a cold build must do. */
export interface LibraryWork {
  /** remark parsing every source once. */
  parse: number;
  /** remark stringifying every source tree once per locale. */
  stringify: number;
  /** remark parsing every translation's Markdown once (each must be parsed to be checked and put in place). */
  parseTranslations: number;
  /** remark-rehype and rehype-stringify turning every source tree into HTML once per locale. */
  html: number;
  /** Creating the Markdown and HTML files of every locale, each written to a temporary file and renamed. */
  write: number;
  /** What else a build of the product cannot skip, done by the libraries as tarjama calls them (`productWork`). */
  product: ProductWork;
}

/**
 * Seconds, single-threaded, of library work that tarjama's product asks for on top of the bounds'
 * work, which no build of it can skip either: extract writes every block's message
 * (mdast-util-to-markdown), the front matter is read and each edition's written (yaml), every
 * translation is looked up by key in an i18next instance (the brief's "merges every locale through
 * a real i18next instance"), and the HTML is sanitised (rehype-sanitize). The bounds leave it out,
 * so that what the issue on speed measures against stays as it was; the targets print it beside them.
 */
export interface ProductWork {
  messages: number;
  frontMatter: number;
  i18next: number;
  sanitize: number;
}

/**
 * Times, in this process, the work no build of `root` can skip, done by the libraries
 * themselves with none of tarjama's: the library floor is `parse + stringify`; a build
 * that also checks translations and writes HTML previews cannot take less than the sum
 * divided by the number of cores. The libraries run as tarjama calls them: `parseMarkdown`
 * (without the GFM constructs a text cannot hold) and the processor's `text` handler (only the
 * unsafe patterns a text can match), which give the libraries' own result with less of their
 * work; timed with remark's defaults, the floor would not be one.
 */
export function libraryWork(root: string, locales: readonly string[], sourceLocale: string): LibraryWork {
  const read = (folder: string, extension: string): string[] =>
    readdirSync(folder)
      .filter((file) => file.endsWith(extension))
      .sort()
      .map((file) => readFileSync(path.join(folder, file), 'utf8'));
  const sources = read(path.join(root, 'source'), '.md');
  // Each catalog's strings as one document, as tarjama parses a document's messages together.
  const translations = locales
    .filter((locale) => locale !== sourceLocale)
    .flatMap((locale) => read(path.join(root, 'locales', locale), '.json').map((text) => [...readCatalog(text).values.values()].join('\n\n')));

  const time = <T>(work: () => T): [T, number] => {
    const started = performance.now();
    const result = work();
    return [result, (performance.now() - started) / 1000];
  };
  const [trees, parse] = time(() => sources.map((text) => parseMarkdown(text)));
  const [markdown, stringify] = time(() => trees.flatMap((tree) => locales.map(() => processor.stringify(tree))));
  const [, parseTranslations] = time(() => translations.forEach((text) => parseMarkdown(text)));
  const toHtml = unified().use(remarkRehype).use(rehypeStringify);
  const [pages, html] = time(() => trees.flatMap((tree) => locales.map(() => toHtml.stringify(toHtml.runSync(tree)))));
  const folder = mkdtempSync(path.join(root, 'write-'));
  const [, write] = time(() =>
    [...markdown, ...pages].forEach((content, index) => {
      const file = path.join(folder, `${index}`);
      writeFileSync(`${file}.tmp`, content);
      renameSync(`${file}.tmp`, file);
    }),
  );
  rmSync(folder, { recursive: true, force: true });
  const catalogs = locales.map((locale) => read(path.join(root, 'locales', locale), '.json').map((text) => readCatalog(text).values));
  return { parse, stringify, parseTranslations, html, write, product: productWork(trees, locales, sourceLocale, catalogs, toHtml, time) };
}

/** `libraryWork`'s `product`: `catalogs[l][a]` is the catalog of article `a` in locale `l`. */
function productWork(trees: readonly Root[], locales: readonly string[], sourceLocale: string, catalogs: ReadonlyArray<ReadonlyArray<ReadonlyMap<string, string>>>, toHtml: { runSync(tree: Root): unknown }, time: <T>(work: () => T) => [T, number]): ProductWork {
  // Every block a message is written from, as a paragraph of its inline content, written as extract writes them (`writeMessages`: an article's in one writing, plain text as it is).
  const [, messages] = time(() => trees.forEach((tree) => writeMessages(messageBlocks(tree))));
  const [, frontMatter] = time(() =>
    trees.forEach((tree, index) => {
      const head = tree.children[0];
      const fields = head?.type === 'yaml' ? (parseYaml(head.value) as Record<string, unknown>) : {};
      for (const locale of locales) new Document({ ...fields, lang: locale, dir: i18n.dir(locale), locale, source: `source/article-${index}.md`, readingTime: 3 }).toString({ lineWidth: 0 });
    }),
  );
  const namespaces = trees.map((_, index) => `article-${index}`);
  const [, i18next] = time(() => {
    const resources = Object.fromEntries(locales.map((locale, at) => [locale, Object.fromEntries(namespaces.map((namespace, index) => [namespace, Object.fromEntries(catalogs[at]?.[index] ?? [])]))]));
    const instance = createI18n(resources, sourceLocale, namespaces);
    locales.forEach((locale, at) =>
      namespaces.forEach((namespace, index) => {
        const lookup = lookupFor(instance, locale, namespace);
        for (const key of catalogs[at]?.[index]?.keys() ?? []) lookup(key);
      }),
    );
  });
  const sanitizer = unified().use(rehypeSanitize);
  let sanitize = 0;
  for (const tree of trees) {
    for (let locale = 0; locale < locales.length; locale += 1) {
      const hast = toHtml.runSync(tree) as HastRoot;
      sanitize += time(() => sanitizer.runSync(hast))[1];
    }
  }
  return { messages, frontMatter, i18next, sanitize };
}

/** The blocks of a tree whose inline content is a message (paragraphs, headings, table cells), each as a paragraph. */
function messageBlocks(node: Nodes): Paragraph[] {
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') return [{ type: 'paragraph', children: node.children }];
  return 'children' in node ? (node.children as Nodes[]).flatMap(messageBlocks) : [];
}
