import path from 'node:path';
import { sourceForm } from '../catalog/translation-state.js';
import { assertLocaleFilter } from '../config/assert-locale-filter.js';
import type { Config } from '../config/config.js';
import type { SourceDocument } from '../extract/read-source.js';
import type { Segment } from '../extract/segment.js';
import { parseMessage } from '../markdown/parse-message.js';
import { toMessage, type Message } from '../markdown/to-message.js';
import type { PoEntry } from '../po/po-file.js';
import { readPo } from '../po/read-po.js';
import { assertNamespaces } from '../project/assert-namespaces.js';
import { loadProject } from '../project/load-project.js';
import { loadTranslations } from '../project/load-translations.js';
import { createRunContext } from '../run/run-context.js';
import { readProjectFile, requiredFile } from '../store/read-project-file.js';
import { TarjamaError } from '../util/tarjama-error.js';
import { normalMessage } from '../xliff/segment-inline.js';
import { importTarget } from './import-target.js';
import { mergeCandidates } from './merge-candidates.js';
import type { XliffImportFile } from './xliff-import.js';

/** Options of `po migrate`. */
export interface Po4aMigrateOptions {
  locale: string;
  namespace?: string | undefined;
  files: readonly string[];
}

/** What `po migrate` did: per namespace what it merged and kept, and the PO entries that matched no segment. */
export interface Po4aMigrateReport {
  namespaces: XliffImportFile[];
  unmatched: Array<{ file: string; line: number; source: string; reason: string }>;
}

/**
 * Brings the translations of po4a PO files (msgid an English paragraph as po4a saw it) into
 * the catalogs of a locale: each entry whose source is, once written the way tarjama writes
 * messages (whitespace, emphasis markers, links as references, a footnote's label left out),
 * a segment's source fills that segment and the titles of its links. A translation the
 * catalog already has differently is kept and reported, a fuzzy entry is reported and not
 * used, an entry that matches no segment is reported with its file and line.
 */
export async function po4aMigrate(root: string, config: Config, options: Po4aMigrateOptions): Promise<Po4aMigrateReport> {
  if (options.files.length === 0) throw new TarjamaError('give the po4a PO files, e.g. tarjama po migrate --locale fr po/fr.po');
  assertLocaleFilter(config, [options.locale], true);
  const project = await loadProject(root, config);
  if (options.namespace !== undefined) assertNamespaces(project.documents.map((document) => document.namespace), [options.namespace]);
  const translations = await loadTranslations(project);
  const documents = project.documents.filter((document) => options.namespace === undefined || document.namespace === options.namespace);
  const indexes = documents.map((document) => ({ document, index: sourceIndex(document) }));
  const found = new Map<string, { candidates: Map<string, string>; skipped: Array<{ key: string; reason: string }>; unchanged: number }>();
  const report: Po4aMigrateReport = { namespaces: [], unmatched: [] };
  for (const file of options.files) {
    const absolute = path.resolve(project.paths.root, file);
    const relative = project.paths.relative(absolute);
    const po = readPo(requiredFile(readProjectFile(absolute, relative, null), relative).text);
    const language = (po.headers.Language ?? '').trim();
    if (language !== '' && language.replace('_', '-').toLowerCase() !== options.locale.toLowerCase() && language.split(/[-_]/)[0] !== options.locale) {
      throw new TarjamaError(`the file is for language "${language}", not ${options.locale}; give --locale ${language}, or the ${options.locale} PO file`, { file: relative });
    }
    for (const problem of po.problems) report.unmatched.push({ file: relative, line: problem.line, source: '', reason: problem.message });
    for (const entry of po.entries) {
      const where = `${relative}:${entry.line}`;
      let matched = false;
      for (const { document, index } of indexes) {
        // As Markdown (a paragraph), or as the plain text of a front-matter field or a title.
        const message = po4aMessage(entry.source, document);
        const plain = index.get(matchKey({ text: entry.source, references: [] })) ?? [];
        const segments = [...new Set([...(message === null ? [] : (index.get(matchKey(message)) ?? [])), ...plain.filter((segment) => segment.target.type !== 'block')])];
        if (segments.length === 0) continue;
        matched = true;
        const values = translations.catalogs.get(document.namespace)?.get(options.locale)?.catalog.values ?? new Map<string, string>();
        const state = found.get(document.namespace) ?? { candidates: new Map<string, string>(), skipped: [] as Array<{ key: string; reason: string }>, unchanged: 0 };
        found.set(document.namespace, state);
        for (const [segment, text] of translationsOf(entry, document, segments)) {
          if (text === '') continue;
          const current = values.get(segment.key);
          const message = text === null ? '' : normalMessage(segment, document, text);
          if (entry.fuzzy) state.skipped.push({ key: segment.key, reason: `${where}: the entry is fuzzy; review it in the PO file, clear the flag, and migrate again` });
          else if (text === null) state.skipped.push({ key: segment.key, reason: `${where}: the translation's links are not the source's, in its order; translate this one by hand` });
          else if (current !== undefined && current.trim() !== '' && normalMessage(segment, document, current) !== message) {
            state.skipped.push({ key: segment.key, reason: `${where}: the catalog already has a different translation, kept: "${current}"; the po4a file has "${message}": edit the catalog by hand if it is better` });
          } else if (current !== undefined && current.trim() !== '') state.unchanged += 1;
          else state.candidates.set(segment.key, message);
        }
      }
      if (!matched) report.unmatched.push({ file: relative, line: entry.line, source: entry.source, reason: 'no segment has this source' });
    }
  }
  const context = await createRunContext(root, config, false);
  for (const { document } of indexes) {
    const state = found.get(document.namespace);
    if (!state) continue;
    const { catalog } = importTarget(config, project, translations, document.namespace, options.locale, document.file);
    const namespace: XliffImportFile = { file: options.files.join(', '), namespace: document.namespace, locale: options.locale, catalog: catalog.file, merged: [], unchanged: state.unchanged, untranslated: 0, skipped: state.skipped, result: 'unchanged' };
    const { merged, result } = await mergeCandidates(project, document, catalog, options.locale, state.candidates, context, namespace.skipped, 'po migrate');
    Object.assign(namespace, { merged, result });
    const filled = new Set([...namespace.merged, ...[...catalog.catalog.values].filter(([, value]) => value.trim() !== '').map(([key]) => key)]);
    namespace.untranslated = document.segments.filter((segment) => !filled.has(segment.key)).length;
    report.namespaces.push(namespace);
  }
  return report;
}

/** The segments of a document by `matchKey` of their source. */
function sourceIndex(document: SourceDocument): Map<string, Segment[]> {
  const index = new Map<string, Segment[]>();
  for (const segment of document.segments) {
    if (segment.kind === 'link-title') continue;
    const key = matchKey({ text: segment.text, references: segment.target.type === 'block' ? segment.target.references : [] });
    index.set(key, [...(index.get(key) ?? []), segment]);
  }
  return index;
}

/** A message's text without its wrapping, with the URLs its references stand for. */
function matchKey(message: Message): string {
  return JSON.stringify([sourceForm(message.text), message.references.map((reference) => [reference.kind, reference.url])]);
}

/**
 * A po4a msgid or msgstr written the way tarjama writes messages: po4a keeps a footnote's
 * `[^label]: ` and inline links, tarjama neither. Null when it is not one paragraph of inline text.
 */
function po4aMessage(text: string, document: SourceDocument): Message | null {
  const parsed = parseMessage(text.replace(/^\[\^[^\]\s]+\]:\s*/, '').trim(), [], document.context);
  return parsed.ok ? toMessage(parsed.children, document.context) : null;
}

/**
 * The translation of each matched segment, with the titles of its links (which tarjama keeps
 * as keys of their own); null for a block whose translation's links are not the source's.
 */
function translationsOf(entry: PoEntry, document: SourceDocument, segments: readonly Segment[]): Array<[Segment, string | null]> {
  const text = entry.translations[0] ?? '';
  const pairs: Array<[Segment, string | null]> = [];
  for (const segment of segments) {
    if (segment.target.type !== 'block') {
      pairs.push([segment, text.trim()]);
      continue;
    }
    const sourceReferences = segment.target.references;
    const message = text.trim() === '' ? { text: '', references: [] } : po4aMessage(text, document);
    const same = message !== null && message.references.length === sourceReferences.length && message.references.every((reference, i) => sameDestination(reference.url, sourceReferences[i]?.url));
    pairs.push([segment, message === null || (!same && text.trim() !== '') ? null : message.text]);
    if (!same || message === null) continue;
    for (let next = document.segments.indexOf(segment) + 1; document.segments[next]?.kind === 'link-title'; next += 1) {
      const title = document.segments[next] as Segment;
      const label = title.target.type === 'title' ? title.target.label : '';
      const translated = message.references.find((reference) => reference.label === label)?.title;
      if (translated) pairs.push([title, translated]);
    }
  }
  return pairs;
}

/**
 * Whether a po4a translation's link goes where the source's does. An in-page link may name the
 * translated heading's id (`#contexte` for `#background`): tarjama keeps the source's fragment in
 * the catalog and points it at the edition's own heading when it builds.
 */
function sameDestination(translated: string, source: string | undefined): boolean {
  return translated === source || (translated.startsWith('#') && source?.startsWith('#') === true);
}
