import type { Heading, Paragraph, Root, TableCell } from 'mdast';
import type { LocaleCatalog } from '../catalog/locale-catalog.js';
import type { CatalogEntry, Position } from '../catalog/read-catalog.js';
import { statusIn, type StateEntry } from '../catalog/translation-state.js';
import type { SourceDocument } from '../extract/read-source.js';
import { copyTree } from '../markdown/copy-tree.js';
import { nodeAt } from '../markdown/node-at.js';
import type { ParsedMessage } from '../markdown/parse-message.js';
import { parseMessages } from '../markdown/parse-messages.js';
import { plainMessage } from '../markdown/plain-message.js';
import { translatedChildren } from '../markdown/translated-children.js';
import { isPseudoLocale } from '../pseudo/pseudo-locales.js';
import type { Finding } from '../report/finding.js';
import { stateRules, structureMessage, usableRules } from '../rules/all-rules.js';
import { pluralGroups } from '../rules/plural-groups.js';
import { plurals as pluralsRule } from '../rules/plurals.js';
import { applyTreeEdits } from './apply-tree-edits.js';
import { checkCatalog } from './check-catalog.js';
import { checkContent, positionIn } from './check-content.js';
import { createEditionRun, type EditionRun, type SegmentTranslation } from './edition-run.js';
import { firstHit } from './first-hit.js';
import { markSourceBlocks } from './mark-source-blocks.js';
import { restoreReferences } from './restore-references.js';
import type { RuleContext } from './rule-context.js';
import { analyzeSource, type SourceAnalysis } from './source-analysis.js';
import { placeTranslation } from './target-handlers.js';

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

/** What a block segment's path leads to. */
type Block = Heading | Paragraph | TableCell;

const plainState: EditionState = { entries: new Map(), problem: null, handEdited: new Set() };

/** Looks up the translation of a key (through i18next); undefined when there is none. */
export type Lookup = (key: string) => string | undefined;

/**
 * Translates one document into one locale: the catalog rules read the catalog file; then every
 * segment's translation is looked up, checked by the usable, state, structure and content rules
 * (`rules/all-rules.ts`) and put in place; a segment without a usable translation keeps its
 * source text and yields a finding; last, `plurals` reads the plural keys.
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
  const findings = checkCatalog(document, target, isSourceLocale, rules.severity);
  const plurals = pluralGroups(document, target.locale);
  const values = document.segments.map((segment) => (plurals.unused.has(segment.key) ? undefined : lookup(segment.key)));
  const parsedBlocks = isSourceLocale ? new Map<number, ParsedMessage>() : parseBlockValues(document, values, source);
  const run = createEditionRun({ document, target, rules, state, source, isSourceLocale, parsedBlocks, findings });
  const entries = new Map<string, CatalogEntry>(target.catalog.entries.map((entry) => [entry.key, entry]));
  // Keys a catalog rule has already reported as unusable: a wrong type is not also missing.
  const unusable = new Set(target.catalog.problems.flatMap((problem) => (problem.kind === 'type' && problem.key !== null ? [problem.key] : [])));
  // Keys with an error in the file itself (a key written twice): never published either.
  const blockedKeys = new Set(findings.flatMap((finding) => (finding.severity === 'error' && finding.key !== null ? [finding.key] : [])));
  let lastPresent: Position | null = null;

  for (const [index, segment] of document.segments.entries()) {
    // A plural form the locale does not use is the `plurals` rule's business, not a missing key.
    if (plurals.unused.has(segment.key)) {
      run.counts.total -= 1;
      continue;
    }
    const entry = entries.get(segment.key);
    if (entry && !target.borrowed?.has(segment.key)) lastPresent = entry.position;
    const value = values[index];
    const at = entry?.position ?? { line: 1, column: 1 };
    const input = { segment, value, document, target, isSourceLocale, handEdited: state.handEdited.has(segment.key) };
    const unusableBy = firstHit(usableRules, (rule) => rule.usable(input));
    if (value === undefined || unusableBy) {
      run.counts[value === undefined || value.trim() === '' ? 'missing' : 'rejected'] += 1;
      if (unusableBy && value !== undefined) run.report(unusableBy.rule.id, segment, unusableBy.hit, at, { source: segment.text, translation: value });
      else if (unusableBy && !(unusable.has(segment.key) || target.catalog.unreadable)) {
        // A key the catalog lacks belongs after the last key before it that it has.
        const where = { line: lastPresent ? lastPresent.line + 1 : target.catalog.openLine + (target.catalog.exists ? 1 : 0), column: 1 };
        run.report(unusableBy.rule.id, segment, unusableBy.hit, where, { source: segment.text });
      }
      continue;
    }
    translateSegment(run, { index, segment, value, entry, at, extras: { source: segment.text, translation: value } }, blockedKeys.has(segment.key));
  }

  for (const hit of pluralsRule.forms(plurals, target)) run.report('plurals', hit.segment, hit.message, hit.position);

  // A rejected or missing block keeps its source children, titles included.
  const tree = copyTree(document.tree);
  for (const [index, block] of run.accepted) {
    nodeAt<Block>(tree, block.path).children = restoreReferences(block.children, block.references, run.titles.get(index) ?? new Map(), nodeAt<Block>(document.tree, block.path).children, document.context.labels);
  }
  const { direction } = rules.settings;
  const sourceRuns =
    isSourceLocale || isPseudoLocale(target.locale)
      ? []
      : markSourceBlocks(tree, document, { blocks: new Set(run.accepted.keys()), edits: run.treeEdits }, { locale: rules.sourceLocale, direction: direction(rules.sourceLocale) }, direction(target.locale));
  applyTreeEdits(tree, run.treeEdits, sourceRuns);
  return { locale: target.locale, tree, fields: run.fields, findings, counts: run.counts };
}

/**
 * Checks a usable translation (its state, its structure through the handler of its target type,
 * then its content) and puts it in place if no rule found an error. One policy for every rule: a
 * translation with an error is never published; the segment keeps its source text (and the
 * edition is blocked unless --allow-incomplete). `blocked` says a catalog rule already found one.
 */
function translateSegment(run: EditionRun, item: SegmentTranslation, blocked: boolean): void {
  const { segment, value, at, extras } = item;
  const { target, state, counts } = run;
  const stateEntry = state.entries.get(segment.key);
  const status = run.isSourceLocale ? 'current' : statusIn(segment.text, value, stateEntry, state.problem !== null && !isPseudoLocale(target.locale));
  const reported = run.findings.length;
  const stated = firstHit(stateRules, (rule) => rule.state({ segment, locale: target.locale, status, entry: stateEntry, problem: state.problem }));
  if (stated) {
    const { message, previousSource, diff } = stated.hit;
    run.report(stated.rule.id, segment, message, at, previousSource === undefined ? extras : { ...extras, previousSource, diff });
  }
  const placement = placeTranslation(run, item);
  if ('rejected' in placement) {
    counts.rejected += 1;
    for (const problem of placement.rejected) run.report(problem.rule, segment, structureMessage(problem), at, extras);
    return;
  }
  for (const problem of placement.problems) run.report(problem.rule, segment, structureMessage(problem), positionIn(item, problem.index), extras);
  checkContent(run, item, placement.translationText, status);
  if (blocked || run.findings.slice(reported).some((finding) => finding.severity === 'error')) {
    counts[status === 'outdated' ? 'outdated' : 'rejected'] += 1;
    return;
  }
  placement.place();
  counts.translated += 1;
}

/**
 * Every non-empty translation of a block segment as inline mdast, by segment index: made from
 * its source message's where it keeps the source's syntax and changes only texts
 * (`translatedChildren`), the others parsed in one pass.
 */
function parseBlockValues(document: SourceDocument, values: ReadonlyArray<string | undefined>, source: SourceAnalysis): Map<number, ParsedMessage> {
  const blocks = new Map<number, ParsedMessage>();
  const indices: number[] = [];
  const messages = document.segments.flatMap((segment, index) => {
    const value = values[index];
    if (segment.target.type !== 'block' || value === undefined || value.trim() === '') return [];
    const children = plainMessage(value) ? null : translatedChildren(segment.text, source.children(segment), value);
    if (children) {
      blocks.set(index, { ok: true, children });
      return [];
    }
    indices.push(index);
    return [{ text: value, references: segment.target.references, oneLine: segment.kind === 'table-cell' || segment.kind === 'table-header' }];
  });
  const parsed = parseMessages(messages, document.context);
  for (const [at, index] of indices.entries()) blocks.set(index, parsed[at] as ParsedMessage);
  return blocks;
}
