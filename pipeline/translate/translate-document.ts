import type { Parent, PhrasingContent, Root } from 'mdast';
import type { LocaleCatalog } from '../catalog/locale-catalog.js';
import type { CatalogEntry, Position } from '../catalog/read-catalog.js';
import { statusIn, type StateEntry } from '../catalog/translation-state.js';
import { valuePosition } from '../catalog/value-position.js';
import type { SourceDocument } from '../extract/read-source.js';
import type { Segment } from '../extract/segment.js';
import { compareSkeletons, inlineSkeleton } from '../markdown/inline-skeleton.js';
import { maskMessage } from '../markdown/mask-message.js';
import type { ParsedMessage } from '../markdown/parse-message.js';
import { parseMessages } from '../markdown/parse-messages.js';
import type { Reference } from '../markdown/to-message.js';
import { isPseudoLocale } from '../pseudo/pseudo-locales.js';
import type { Finding, RuleId } from '../report/finding.js';
import { localeName } from '../report/locale-name.js';
import { contentRules } from '../rules/all-rules.js';
import { blockTextProblems } from './block-text-problems.js';
import { catalogFindings } from './catalog-findings.js';
import { missingMessage, outdatedMessage, quote, structureMessage } from './finding-messages.js';
import { plainTextProblems, type TextProblem } from './plain-text-problems.js';
import { pluralFindings, pluralGroups } from './plural-findings.js';
import { restoreReferences } from './restore-references.js';
import type { RuleContext } from './rule-context.js';
import { analyzeSource, type SourceAnalysis } from './source-analysis.js';
import { sourceCharacters } from './source-characters.js';
import { wordDiff } from './word-diff.js';

/** How many segments of a document a locale has usable translations for. */
export interface TranslationCounts {
  total: number;
  translated: number;
  missing: number;
  /** Present but not publishable: broken structure, or an error of any rule. */
  rejected: number;
  /** Made for an older source text: not published either (the source text stands in for it with --allow-incomplete). */
  outdated: number;
}

/** A document in one locale: the translated tree and fields, with what went wrong. */
export interface TranslatedDocument {
  locale: string;
  tree: Root;
  fields: Map<string, string>;
  findings: Finding[];
  counts: TranslationCounts;
}

/** What the translation state says about one locale's translations of a document. */
export interface EditionState {
  /** The locale's state entries, by key. */
  entries: ReadonlyMap<string, StateEntry>;
  /** Why the state cannot vouch for translations it has no entry for (see `stateProblem`), or null. */
  problem: string | null;
  /** Keys of the source-locale catalog edited by hand (see `previousExtraction`). */
  handEdited: ReadonlySet<string>;
}

const plainState: EditionState = { entries: new Map(), problem: null, handEdited: new Set() };

/** Looks up the translation of a key (through i18next); undefined when there is none. */
export type Lookup = (key: string) => string | undefined;

type Extras = Pick<Finding, 'source' | 'translation' | 'suggestion' | 'previousSource' | 'diff'>;

/**
 * Translates one document into one locale: every segment's translation is looked up,
 * validated against the source's inline structure, checked by the content rules and put in
 * place; a segment without a usable translation keeps its source text and yields a finding.
 * `source` is the document's analysis: pass the same one to every locale's translation.
 */
export function translateDocument(
  document: SourceDocument,
  target: LocaleCatalog,
  lookup: Lookup,
  rules: RuleContext,
  state: EditionState = plainState,
  source: SourceAnalysis = analyzeSource(document),
): TranslatedDocument {
  if (source.document !== document) throw new Error(`the source analysis of ${source.document.file} was passed to translate ${document.file}`);
  const isSourceLocale = target.locale === rules.sourceLocale;
  const tree = structuredClone(document.tree);
  const fields = new Map<string, string>();
  const findings: Finding[] = catalogFindings(document, target, isSourceLocale, rules.severity);
  const counts: TranslationCounts = { total: document.segments.length, translated: 0, missing: 0, rejected: 0, outdated: 0 };
  const titles = new Map<number, Map<string, string>>();
  const entries = new Map<string, CatalogEntry>(target.catalog.entries.map((entry) => [entry.key, entry]));
  const unusable = new Set(target.catalog.problems.flatMap((problem) => (problem.kind === 'type' && problem.key !== null ? [problem.key] : [])));
  // Keys with an error in the file itself (a key written twice): never published either.
  const blockedKeys = new Set(findings.flatMap((finding) => (finding.severity === 'error' && finding.key !== null ? [finding.key] : [])));
  let lastPresent: Position | null = null;

  const report = (rule: RuleId, segment: Segment, message: string, position: Position, extras: Extras = {}, severity = rules.severity(rule)): void => {
    if (severity === 'off') return;
    // A translation filled from a fallback is where the fallback's file has it; the message says whose edition it fails.
    const from = target.borrowed?.get(segment.key);
    const file = from?.file ?? target.file;
    const why = from ? `${message}; ${target.locale} takes this ${from.locale} translation as its fallback: add its own to ${target.file}` : message;
    findings.push({ rule, severity, locale: target.locale, namespace: document.namespace, key: segment.key, file, line: position.line, column: position.column, message: why, ...extras });
  };

  const plurals = pluralGroups(document, target.locale);
  const accepted = new Map<number, { path: number[]; references: Reference[]; children: PhrasingContent[] }>();
  const values = document.segments.map((segment) => (plurals.unused.has(segment.key) ? undefined : lookup(segment.key)));
  const parsedBlocks = isSourceLocale ? new Map<number, ParsedMessage>() : parseBlockValues(document, values);
  for (const [index, segment] of document.segments.entries()) {
    // A plural form the locale does not use is the `plurals` rule's business, not a missing key.
    if (plurals.unused.has(segment.key)) {
      counts.total -= 1;
      continue;
    }
    const entry = entries.get(segment.key);
    if (entry && !target.borrowed?.has(segment.key)) lastPresent = entry.position;
    const value = values[index];
    if (value === undefined) {
      counts.missing += 1;
      if (!unusable.has(segment.key) && !target.catalog.unreadable) {
        const where = { line: lastPresent ? lastPresent.line + 1 : target.catalog.openLine + (target.catalog.exists ? 1 : 0), column: 1 };
        report(isSourceLocale ? 'stale' : 'missing', segment, missingMessage(segment, target, isSourceLocale), where, { source: segment.text });
      }
      continue;
    }
    const at = entry?.position ?? { line: 1, column: 1 };
    const extras = { source: segment.text, translation: value };
    if (value.trim() === '') {
      counts.missing += 1;
      report('empty', segment, `the ${localeName(target.locale)} translation of "${segment.key}" is empty; translate: ${quote(segment.text)}`, at, extras);
      continue;
    }
    if (isSourceLocale && value !== segment.text) {
      counts.rejected += 1;
      const message = state.handEdited.has(segment.key)
        ? `"${segment.key}" was edited by hand, but ${target.file} is generated from ${document.file}: edit the source (line ${segment.line}) instead; \`tarjama extract\` writes this file again and keeps every translation`
        : `"${segment.key}" no longer matches ${document.file} (line ${segment.line}); run \`tarjama extract\``;
      report('stale', segment, message, at, extras);
      continue;
    }
    const stateEntry = state.entries.get(segment.key);
    const status = isSourceLocale ? 'current' : statusIn(segment.text, value, stateEntry, state.problem !== null && !isPseudoLocale(target.locale));
    const reported = findings.length;
    if (status === 'unverified') {
      const why = stateEntry ? "the article's state file was lost or edited by hand before the last extract" : state.problem;
      report('unverified', segment, `nothing shows "${segment.key}" is current: ${why}; check the ${localeName(target.locale)} against the source, then edit it or run \`tarjama confirm --locale ${target.locale} --key ${segment.key}\``, at, extras);
    } else if (status === 'outdated' && stateEntry) {
      report('outdated', segment, outdatedMessage(segment, target, stateEntry.sourceText), at, { ...extras, previousSource: stateEntry.sourceText, diff: wordDiff(stateEntry.sourceText, segment.text) });
    } else if (status === 'from-memory') {
      report('from-memory', segment, `"${segment.key}" was filled from another translation of the same text; review it, then edit it or run \`tarjama confirm --locale ${target.locale} --key ${segment.key}\``, at, extras);
    }

    // The translation is put in place only once every rule has passed it.
    let place = (): void => {};
    let translationText = value;
    let problems: TextProblem[] = [];
    if (segment.target.type === 'string') {
      // Site strings are published by the site, not in an article: in every edition's front matter, as plain text.
      if (!isSourceLocale) problems = plainTextProblems(`the site string "${segment.key}"`, segment.text, value);
    } else if (segment.target.type === 'field') {
      const { name } = segment.target;
      if (!isSourceLocale) problems = plainTextProblems(`the front-matter field "${name}"`, segment.text, value);
      place = () => fields.set(name, value);
    } else if (segment.target.type === 'title') {
      const { block, label } = segment.target;
      if (!isSourceLocale) problems = plainTextProblems(`the title of ${referenceName(document, block, label)}`, segment.text, value);
      place = () => {
        const forBlock = titles.get(block) ?? new Map<string, string>();
        forBlock.set(label, value);
        titles.set(block, forBlock);
      };
    } else if (isSourceLocale) {
      // The source locale's message is the source's own: its blocks stay as they are.
    } else {
      const { references, path } = segment.target;
      const parsed = parsedBlocks.get(index);
      if (!parsed) throw new Error(`${segment.key} was not parsed`);
      if (!parsed.ok) {
        counts.rejected += 1;
        report('markup', segment, `rejected: ${parsed.problem}`, at, extras);
        continue;
      }
      const localized = new Map(references.flatMap((reference) => rules.localizedUrls(reference.url, target.locale).map((url) => [url, reference.label] as const)));
      const differences = compareSkeletons(source.skeleton(segment), inlineSkeleton(parsed.children, references, localized));
      if (differences.length > 0) {
        counts.rejected += 1;
        for (const difference of differences) report(difference.rule, segment, structureMessage(difference), at, extras);
        continue;
      }
      problems = blockTextProblems({ text: segment.text, children: source.children(segment) }, { text: value, children: parsed.children }, references, localized);
      place = () => accepted.set(index, { path, references, children: parsed.children });
      translationText = maskMessage(value, parsed.children);
    }
    const where = (index: number | undefined): Position => (entry && index !== undefined ? valuePosition(entry, index) : at);
    for (const problem of problems) report(problem.rule, segment, problem.message, where(problem.index), extras);
    // An outdated translation is reported as such; its text is checked again once revised.
    if (!(isSourceLocale || status === 'outdated' || isPseudoLocale(target.locale))) {
      const check = { key: segment.key, locale: target.locale, sourceLocale: rules.sourceLocale, kind: segment.kind, source: segment.text, translation: value, sourceText: source.mask(segment), translationText, settings: rules.settings, names: () => source.names() };
      for (const rule of contentRules) {
        if (rules.severity(rule.id) === 'off') continue;
        for (const hit of rule.check(check)) {
          report(rule.id, segment, hit.message, where(hit.index), hit.suggestion === undefined ? extras : { ...extras, suggestion: hit.suggestion });
        }
      }
    } else if (isSourceLocale && rules.severity('invisible') !== 'off') {
      // The source edition is the source as written: its invisible characters are the newsroom's
      // to remove, a warning that blocks nothing (a translation that keeps one has an error).
      for (const hit of sourceCharacters(document, segment, rules.settings.direction(target.locale))) {
        report('invisible', segment, hit.message, entry && hit.index !== undefined ? valuePosition(entry, hit.index) : at, extras, 'warning');
      }
    }
    // One policy for every rule: a translation with an error is never published; the
    // segment keeps its source text (and the edition is blocked unless --allow-incomplete).
    if (blockedKeys.has(segment.key) || findings.slice(reported).some((finding) => finding.severity === 'error')) {
      counts[status === 'outdated' ? 'outdated' : 'rejected'] += 1;
      continue;
    }
    place();
    counts.translated += 1;
  }

  for (const finding of pluralFindings(plurals, target)) report('plurals', finding.segment, finding.message, finding.position);

  // A rejected or missing block keeps its source children, titles included.
  for (const [index, block] of accepted) {
    nodeAt(tree, block.path).children = restoreReferences(block.children, block.references, titles.get(index) ?? new Map());
  }
  return { locale: target.locale, tree, fields, findings, counts };
}

/** Every non-empty translation of a block segment, parsed in one pass, by segment index. */
function parseBlockValues(document: SourceDocument, values: ReadonlyArray<string | undefined>): Map<number, ParsedMessage> {
  const indices: number[] = [];
  const messages = document.segments.flatMap((segment, index) => {
    const value = values[index];
    if (segment.target.type !== 'block' || value === undefined || value.trim() === '') return [];
    indices.push(index);
    return [{ text: value, references: segment.target.references, oneLine: segment.kind === 'table-cell' || segment.kind === 'table-header' }];
  });
  const parsed = parseMessages(messages, document.context);
  return new Map(indices.map((index, at) => [index, parsed[at] as ParsedMessage]));
}

/** How a message names the link or image a title belongs to: `the link […][1]`, `the image ![…][2]`. */
function referenceName(document: SourceDocument, block: number, label: string): string {
  const target = document.segments[block]?.target;
  const kind = target?.type === 'block' ? target.references.find((reference) => reference.label === label)?.kind : undefined;
  return kind === 'image' ? `the image ![…][${label}]` : `the link […][${label}]`;
}

function nodeAt(tree: Root, path: readonly number[]): Parent & { children: PhrasingContent[] } {
  let node: Parent = tree;
  for (const index of path) node = node.children[index] as Parent;
  return node as Parent & { children: PhrasingContent[] };
}
