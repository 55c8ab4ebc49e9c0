import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { readCatalog } from '../pipeline/catalog/read-catalog.js';
import { parseMarkdown } from '../pipeline/markdown/parse-markdown.js';
import { processor } from '../pipeline/markdown/processor.js';

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
  return { parse, stringify, parseTranslations, html, write };
}
