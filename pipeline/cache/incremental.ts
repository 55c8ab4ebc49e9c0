import path from 'node:path';
import type { Config } from '../config/config.js';
import { fallbackChain } from '../config/fallback-chain.js';
import type { NamespaceEntry } from '../project/list-namespaces.js';
import type { ProjectPaths } from '../project/project-paths.js';
import type { EditionResult, NamespaceResult } from '../publish/edition-result.js';
import type { PublishOptions } from '../publish/publish-options.js';
import type { ProjectGuard } from '../store/project-guard.js';
import type { TranslationCounts } from '../translate/translate-document.js';
import { contentHash, hashStated, namespaceFingerprint, outputsIntact, sharedFingerprint, statSignature, statsHold, takeStat, type BlockedOutput, type BuildRecord, type TakenStat } from './build-cache.js';
import { readCacheFile, writeCacheFile } from './cache-file.js';
import type { CacheRecords } from './cache-records.js';
import { recordedFindings, recordFindings } from './record-findings.js';

/** The part of every namespace's fingerprint that the whole run shares. */
export async function runFingerprint(paths: ProjectPaths, config: Config, site: NamespaceEntry | null, publish: PublishOptions | null): Promise<string> {
  const inputs = [contentHash(paths.guard, paths.glossaryFile), contentHash(paths.guard, paths.acceptedFile), ...(site ? config.locales.map((locale) => contentHash(paths.guard, paths.catalogFile(locale, site.namespace))) : [])];
  return sharedFingerprint(config, inputs, publish ?? 'check');
}

/** A namespace's inputs hashed without parsing anything, its fingerprint, and its last build record. */
export interface NamespaceInputs {
  entry: NamespaceEntry;
  fingerprint: string;
  /** Each edition's own fingerprint, by locale: an edition whose fingerprint holds can be reused. */
  locales: Record<string, string>;
  record: BuildRecord | null;
  /** The stat of every input, taken before it was read. */
  stats: TakenStat[];
}

/** The files a namespace's editions are made from, relative to the root: source, every catalog, the translation state. */
export type InputFiles = (entry: NamespaceEntry) => string[];

/** Builds `InputFiles` for a run: every configured locale's catalog, in the config's order. */
export function inputFiles(paths: ProjectPaths, config: Config): InputFiles {
  const inputs = paths.relativeInputs(config.locales);
  return (entry) => {
    const { source, catalogs, state } = inputs(entry.namespace);
    return [...(entry.kind === 'article' ? [source] : []), ...catalogs, state];
  };
}

/**
 * The result of a namespace whose inputs and outputs all have the size and modification time
 * its last build recorded, found without reading any of them; null when anything differs.
 */
export function unchangedResult(paths: ProjectPaths, inputs: InputFiles, entry: NamespaceEntry, record: BuildRecord | null): NamespaceResult | null {
  if (!record?.stats) return null;
  return statsHold(paths.guard, [...inputs(entry), ...Object.keys(record.outputs)], record.stats) ? resultOf(entry, record) : null;
}

/** Hashes what a namespace's editions are made from, and fingerprints it. */
export function readInputs(paths: ProjectPaths, config: Config, files: InputFiles, shared: string, entry: NamespaceEntry, record: BuildRecord | null): NamespaceInputs {
  const { stats, hashes } = hashStated(paths.guard, files(entry));
  const state = hashes.pop() ?? null;
  const source = entry.kind === 'article' ? (hashes.shift() ?? null) : null;
  const catalogs = hashes;
  // The state file counts whole for every edition: its seal, or its absence, decides whether
  // any translation of the namespace can be shown current.
  const fingerprint = namespaceFingerprint(shared, [source, ...catalogs, state]);
  // An edition is made from the source, the source-locale catalog (its keys), its own catalog, its fallbacks' and the state.
  const sourceCatalog = catalogs[config.locales.indexOf(config.sourceLocale)] ?? null;
  const catalogOf = (locale: string): string | null => catalogs[config.locales.indexOf(locale)] ?? null;
  const locales = Object.fromEntries(config.locales.map((locale) => [locale, namespaceFingerprint(shared, [source, sourceCatalog, catalogOf(locale), ...fallbackChain(config, locale).map(catalogOf), state])]));
  return { entry, fingerprint, locales, record, stats };
}

/** The build records of every namespace, from one file: one read, however large the archive. */
export type BuildRecords = CacheRecords<BuildRecord>;

/** Reads the records of the last build (or check: `file`); a missing or damaged cache is an empty one (everything is done again). */
export function readBuildRecords(guard: ProjectGuard, file: string, shared: string): BuildRecords {
  return readCacheFile<BuildRecord>(
    file,
    guard,
    buildCacheVersion,
    shared,
    (record) => typeof record.fingerprint === 'string' && isObject(record.outputs) && Object.keys(record.outputs).every(isOwnPath) && isObject(record.counts) && (record.blocked === undefined || isObject(record.blocked)),
  );
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** Whether a path from a record can be one tarjama wrote: relative, and not climbing out with `..` (a damaged record is rebuilt). */
function isOwnPath(file: string): boolean {
  return file !== '' && !path.isAbsolute(file) && !climbing.test(file);
}

/** A `..` part, between separators of either kind or at either end. */
const climbing = /(?:^|[/\\])\.\.(?:[/\\]|$)/;

// 4: a build records blocked editions (`blocked`, their findings, their files present or absent).
// 5: a source text that several findings carry is recorded once (`recordFindings`).
/** The format of the build and check records: records of another version are not read. */
export const buildCacheVersion = 5;

/** The result of a namespace whose editions are still those its record describes, or null. */
export function cachedResult(guard: ProjectGuard, inputs: NamespaceInputs): NamespaceResult | null {
  const { record } = inputs;
  if (!record || record.fingerprint !== inputs.fingerprint || !outputsIntact(guard, record)) return null;
  return resultOf(inputs.entry, record);
}

/** The namespace's result as its record describes it; null when the record is damaged. */
function resultOf(entry: NamespaceEntry, record: BuildRecord): NamespaceResult | null {
  const editions: EditionResult[] = [];
  for (const locale of Object.keys(record.counts)) {
    const edition = editionOf(entry, record, locale);
    if (edition === null) return null;
    editions.push(edition);
  }
  return { namespace: entry.namespace, kind: entry.kind, editions };
}

/** An edition as its record describes it, unchanged; null when the record is damaged. */
function editionOf(entry: NamespaceEntry, record: BuildRecord, locale: string): EditionResult | null {
  const counts = record.counts[locale] as TranslationCounts;
  const findings = recordedFindings(record, locale);
  if (findings === null) return null;
  // A check's record: findings, no output.
  if (record.findings && !record.blocked) return { locale, counts, findings, unreadable: false };
  const blocked = record.blocked?.[locale];
  if (blocked) return { locale, counts, findings, unreadable: false, output: { file: blocked.file, result: 'blocked', incomplete: blocked.incomplete, html: null, hashes: {}, reasons: blocked.reasons, stale: blocked.stale } };
  // One pass over the record's files (a no-change build makes thousands of editions).
  const page = `/${locale}/${entry.namespace}.md`;
  const preview = `/${locale}/${entry.namespace}.html`;
  let markdown = '';
  let html: string | undefined;
  const hashes: Record<string, string> = {};
  // `for…in` rather than `Object.entries`: no array per file for the thousands of editions of a no-change build.
  for (const file in record.outputs) {
    if (file.endsWith(page)) markdown ||= file;
    else if (file.endsWith(preview)) html ??= file;
    else continue;
    hashes[file] = record.outputs[file] as string;
  }
  return {
    locale,
    counts,
    findings,
    unreadable: false,
    output: { file: markdown, result: 'unchanged', incomplete: counts.translated < counts.total, html: html ? { file: html, result: 'unchanged' } : null, hashes },
  };
}

/**
 * The editions of a namespace that changed which are still those of its last build (own
 * inputs unchanged, outputs as written), by locale: the build leaves them as they are.
 */
export function reusableEditions(guard: ProjectGuard, inputs: NamespaceInputs): Map<string, EditionResult> {
  const { record, entry } = inputs;
  const reusable = new Map<string, EditionResult>();
  if (!record?.locales) return reusable;
  for (const [locale, fingerprint] of Object.entries(inputs.locales)) {
    if (record.locales[locale] !== fingerprint || !(locale in record.counts)) continue;
    const edition = editionOf(entry, record, locale);
    if (edition?.output && outputsIntact(guard, { ...record, outputs: edition.output.hashes })) reusable.set(locale, edition);
  }
  return reusable;
}

/**
 * Records what each namespace's editions were made from, so that the next build (or check)
 * can skip it, and writes every record to the cache when one is new. A check records findings;
 * a build records its outputs, and of a namespace with a blocked edition its findings too and
 * what blocked it. Called at the end of a run, so that the outputs' times are well before the
 * moment they are recorded.
 */
export async function recordBuilds(paths: ProjectPaths, cache: RunCache, records: BuildRecords, built: ReadonlyArray<[NamespaceInputs, NamespaceResult]>): Promise<void> {
  let changed = false;
  for (const [inputs, result] of built) {
    // Strings have no edition to publish: a build records their findings, as a check does.
    const record = cache.checking || inputs.entry.kind === 'strings' ? checkRecordOf(inputs, result) : recordOf(paths, inputs, result);
    if (record) records.set(inputs.entry.namespace, record);
    changed ||= record !== null;
  }
  if (changed) await writeCacheFile(cache.file, buildCacheVersion, cache.shared, records, paths.root);
}

/** Where a run keeps its records: build's or check's file, and the fingerprint they share. */
export interface RunCache {
  file: string;
  shared: string;
  checking: boolean;
}

/**
 * A check records a namespace with its findings, and so does a build a namespace of strings;
 * not one with a catalog it could not read (one that is about to be fixed, and is cheap to
 * read again).
 */
function checkRecordOf(inputs: NamespaceInputs, result: NamespaceResult): BuildRecord | null {
  if (result.editions.some((edition) => edition.unreadable)) return null;
  const counts: Record<string, TranslationCounts> = {};
  for (const edition of result.editions) counts[edition.locale] = edition.counts;
  return {
    fingerprint: inputs.fingerprint,
    locales: inputs.locales,
    stats: statSignature(inputs.stats),
    outputs: {},
    counts,
    ...recordFindings(result.editions),
  };
}

/**
 * A build's record of a namespace: its outputs with their hashes and, when an edition is
 * blocked, every edition's findings, what blocked it and the files it left as they are (the
 * edition published before, marked stale, or none: the report and the other editions' links
 * depend on them). None for a namespace with a catalog that could not be read.
 */
function recordOf(paths: ProjectPaths, inputs: NamespaceInputs, result: NamespaceResult): BuildRecord | null {
  const outputs: Record<string, string> = {};
  const counts: Record<string, TranslationCounts> = {};
  const blocked: Record<string, BlockedOutput> = {};
  for (const edition of result.editions) {
    const { output } = edition;
    if (!output || edition.unreadable) return null;
    counts[edition.locale] = edition.counts;
    if (output.result !== 'blocked') {
      Object.assign(outputs, output.hashes);
      continue;
    }
    blocked[edition.locale] = { file: output.file, incomplete: output.incomplete, reasons: output.reasons ?? {}, stale: output.stale ?? false };
    for (const file of [output.file, paths.relative(paths.htmlFile(edition.locale, inputs.entry.namespace))]) outputs[file] = contentHash(paths.guard, path.join(paths.root, file)) ?? '';
  }
  const stats = [...inputs.stats, ...Object.keys(outputs).map((file) => takeStat(paths.guard, file))];
  const record: BuildRecord = { fingerprint: inputs.fingerprint, locales: reusableLocales(paths, inputs, blocked, outputs), stats: statSignature(stats), outputs, counts };
  if (Object.keys(blocked).length === 0) return record;
  return { ...record, ...recordFindings(result.editions), blocked };
}

/**
 * The editions a later build may reuse, by locale, with their fingerprints: never a blocked
 * one; the published ones when every blocked edition has a page from before (or none is
 * blocked), since theirs then link to every edition, as they must once all are published.
 */
function reusableLocales(paths: ProjectPaths, inputs: NamespaceInputs, blocked: Record<string, BlockedOutput>, outputs: Record<string, string>): Record<string, string> {
  const linked = Object.keys(blocked).every((locale) => outputs[paths.relative(paths.htmlFile(locale, inputs.entry.namespace))] !== '');
  return linked ? Object.fromEntries(Object.entries(inputs.locales).filter(([locale]) => !(locale in blocked))) : {};
}
