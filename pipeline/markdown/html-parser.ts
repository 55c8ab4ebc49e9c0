import type { Root } from 'hast';
import type { Options } from 'hast-util-from-html';

type FromHtml = (value: string, options?: Options) => Root;

let parser: FromHtml | null = null;

/**
 * Loads the HTML parser (hast-util-from-html, over parse5 and its entity tables: 227 KB of the
 * bundle, about 15 ms to compile and run in each process and worker thread). Only raw HTML
 * needs it, and most articles have none, so it is loaded on demand: whatever reads a source or a
 * translation that may hold HTML awaits this first (`loadDocument`, `processNamespace`,
 * `loadProject`, the public API), and the readers (`html-parts.ts`, `html-message.ts`,
 * `xliff/html-inline.ts`) stay synchronous, through `fromHtml`.
 */
export async function loadHtmlParser(): Promise<void> {
  parser ??= (await import('hast-util-from-html')).fromHtml;
}

/**
 * Loads the HTML parser when one of `texts` may hold raw HTML: a `<`, which every HTML
 * construct of Markdown starts with (a text without one parses to no `html` node).
 */
export async function loadHtmlParserFor(texts: Iterable<string>): Promise<void> {
  if (parser !== null) return;
  for (const text of texts) if (text.includes('<')) return loadHtmlParser();
}

/**
 * hast-util-from-html's `fromHtml`, once `loadHtmlParser` has loaded it. A reader that gets
 * here first is a path of tarjama's that does not load it: an internal error to report, never
 * a wrong result.
 */
export function fromHtml(value: string, options: Options): Root {
  if (parser === null) throw new Error('raw HTML was read before the HTML parser was loaded (loadHtmlParser); please report it');
  return parser(value, options);
}
