import type { Root } from 'mdast';
import { micromark } from 'micromark';
import { frontmatter, frontmatterHtml } from 'micromark-extension-frontmatter';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { math, mathHtml } from 'micromark-extension-math';
import { readCatalog } from '../../pipeline/catalog/read-catalog.js';
import { defaultConfig } from '../../pipeline/config/config.js';
import { readSource, type SourceDocument } from '../../pipeline/extract/read-source.js';
import { processor } from '../../pipeline/markdown/processor.js';
import { ruleContext } from '../../pipeline/translate/rule-context.js';
import { analyzeSource, type SourceAnalysis } from '../../pipeline/translate/source-analysis.js';
import { translateDocument } from '../../pipeline/translate/translate-document.js';

/** micromark's options, made once: building the extensions took seven eighths of each render. */
const renderOptions = { extensions: [gfm(), frontmatter(), math({ singleDollarTextMath: false })], htmlExtensions: [gfmHtml(), frontmatterHtml(), mathHtml()], allowDangerousHtml: true };

/**
 * Renders Markdown to HTML with micromark, independently of remark, in the dialect tarjama
 * parses (single-dollar math off); front matter renders to nothing.
 */
export function renderMarkdown(markdown: string): string {
  return micromark(markdown, renderOptions);
}

/**
 * The rules of an in-memory French edition; with `identity`, those that exist to refuse a copy
 * of the English (English left untranslated, English punctuation in French) are off, so that an
 * identical translation is published rather than replaced by the source text.
 */
const rulesFor = {
  identity: ruleContext({ ...defaultConfig, locales: ['en', 'fr'], rules: { untranslated: 'off', 'fr-spacing': 'off', 'fr-quotes': 'off' } }, [], () => 'ltr'),
  translation: ruleContext({ ...defaultConfig, locales: ['en', 'fr'] }, [], () => 'ltr'),
};

/** Extracts an article (`text`, with its front matter) in memory, as `extract` reads it. */
export function extractInMemory(text: string): SourceDocument {
  return readSource('fuzz', 'source/fuzz.md', text, ['title']);
}

/** An article's Markdown without its front matter. */
export function withoutFrontMatter(text: string): string {
  return text.replace(/^---\n[\s\S]*?\n---\n/, '');
}

/**
 * Builds the French edition of an extracted article in memory from the values `translation`
 * gives each key, as `build` does (one document read once, translated for each locale);
 * returns the edition's Markdown without front matter.
 */
export function translateInMemory(document: SourceDocument, translation: (document: SourceDocument) => Map<string, string>, identity = false): string {
  const values = translation(document);
  const catalog = { locale: 'fr', file: 'locales/fr/fuzz.json', catalog: readCatalog(JSON.stringify(Object.fromEntries(values))), text: null };
  const edition = translateDocument(document, catalog, (key) => values.get(key), rulesFor[identity ? 'identity' : 'translation'], undefined, analysisOf(document));
  return processor.stringify({ ...edition.tree, children: edition.tree.children.filter((node) => node.type !== 'yaml') } as Root);
}

/** Each document's analysis, made once and passed to each of its translations, as `build` does. */
const analyses = new WeakMap<SourceDocument, SourceAnalysis>();

function analysisOf(document: SourceDocument): SourceAnalysis {
  let analysis = analyses.get(document);
  if (!analysis) {
    analysis = analyzeSource(document);
    analyses.set(document, analysis);
  }
  return analysis;
}

/** Every segment's key and its source text: the identical translation. */
export function identityValues(document: SourceDocument): Map<string, string> {
  return new Map(document.segments.map((segment) => [segment.key, segment.text]));
}
