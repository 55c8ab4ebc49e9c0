import type { Parent, PhrasingContent, Root } from 'mdast';
import type { LocaleCatalog } from '../catalog/locale-catalog.js';
import type { Catalog, Position } from '../catalog/read-catalog.js';
import type { SourceDocument } from '../extract/read-source.js';
import type { Segment } from '../extract/segment.js';
import { compareSkeletons, inlineSkeleton, type SkeletonItem } from '../markdown/inline-skeleton.js';
import { parseMessage } from '../markdown/parse-message.js';
import type { Reference } from '../markdown/to-message.js';
import { ruleSeverity, type Finding, type RuleId } from '../report/finding.js';
import { localeName } from '../report/locale-name.js';
import { translationStatus, type StateEntry } from '../state/translation-state.js';
import { restoreReferences } from './restore-references.js';
import { catalogFindings } from './catalog-findings.js';
import { missingMessage, outdatedMessage, quote, structureMessage } from './finding-messages.js';
import { wordDiff } from './word-diff.js';

/** How many segments of a document a locale has usable translations for. */
export interface TranslationCounts {
  total: number;
  translated: number;
  missing: number;
  rejected: number;
  /** Published (with --allow-incomplete) but made for an older source text. */
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

/** Looks up the translation of a key (through i18next); undefined when there is none. */
export type Lookup = (key: string) => string | undefined;

const sourceSkeletons = new WeakMap<Segment, SkeletonItem[]>();

/**
 * Translates one document into one locale: every segment's translation is looked up,
 * validated against the source's inline structure and put in place; a segment without a
 * usable translation keeps its source text and yields a finding.
 */
export function translateDocument(
  document: SourceDocument,
  target: LocaleCatalog,
  lookup: Lookup,
  isSourceLocale: boolean,
  state: ReadonlyMap<string, StateEntry> = new Map(),
): TranslatedDocument {
  const tree = structuredClone(document.tree);
  const fields = new Map<string, string>();
  const findings: Finding[] = [];
  const counts: TranslationCounts = { total: document.segments.length, translated: 0, missing: 0, rejected: 0, outdated: 0 };
  const titles = new Map<number, Map<string, string>>();
  const positions = keyPositions(target.catalog);
  const unusable = new Set(target.catalog.problems.flatMap((problem) => (problem.kind === 'type' && problem.key !== null ? [problem.key] : [])));
  let lastPresent: Position | null = null;
  findings.push(...catalogFindings(document, target, isSourceLocale));

  const report = (rule: RuleId, segment: Segment, message: string, position: Position, change?: Finding['change']): void => {
    const finding: Finding = { rule, severity: ruleSeverity[rule], locale: target.locale, namespace: document.namespace, key: segment.key, file: target.file, line: position.line, column: position.column, message };
    findings.push(change ? { ...finding, change } : finding);
  };

  const accepted = new Map<number, { path: number[]; references: Reference[]; children: PhrasingContent[] }>();
  for (const [index, segment] of document.segments.entries()) {
    const position = positions.get(segment.key);
    if (position) lastPresent = position;
    const value = lookup(segment.key);
    if (value === undefined) {
      counts.missing += 1;
      if (!unusable.has(segment.key) && !target.catalog.unreadable) {
        const where = { line: lastPresent ? lastPresent.line + 1 : target.catalog.openLine + (target.catalog.exists ? 1 : 0), column: 1 };
        report(isSourceLocale ? 'stale' : 'missing', segment, missingMessage(segment, target, isSourceLocale), where);
      }
      continue;
    }
    const at = position ?? { line: 1, column: 1 };
    if (value.trim() === '') {
      counts.missing += 1;
      report('empty', segment, `the ${localeName(target.locale)} translation of "${segment.key}" is empty; translate: ${quote(segment.text)}`, at);
      continue;
    }
    if (isSourceLocale && value !== segment.text) {
      counts.rejected += 1;
      report('stale', segment, `"${segment.key}" no longer matches ${document.file} (line ${segment.line}); run \`tarjama extract\``, at);
      continue;
    }
    const entry = state.get(segment.key);
    const status = isSourceLocale ? 'current' : translationStatus(segment.text, value, entry);
    if (status === 'outdated' && entry) {
      report('outdated', segment, outdatedMessage(segment, target, entry.sourceText), at, { source: segment.text, previousSource: entry.sourceText, diff: wordDiff(entry.sourceText, segment.text) });
    } else if (status === 'from-memory') {
      report('from-memory', segment, `"${segment.key}" was filled from another translation of the same text; review it, then edit it or run \`tarjama confirm --locale ${target.locale} --key ${segment.key}\``, at);
    }
    const counted: 'translated' | 'outdated' = status === 'outdated' ? 'outdated' : 'translated';
    if (segment.target.type === 'field') {
      fields.set(segment.target.name, value);
    } else if (segment.target.type === 'title') {
      const forBlock = titles.get(segment.target.block) ?? new Map<string, string>();
      forBlock.set(segment.target.label, value);
      titles.set(segment.target.block, forBlock);
    } else {
      const parsed = parseMessage(value, segment.target.references, document.context, segment.kind === 'table-cell' || segment.kind === 'table-header');
      if (!parsed.ok) {
        counts.rejected += 1;
        report('markup', segment, `rejected: ${parsed.problem}`, at);
        continue;
      }
      const differences = compareSkeletons(sourceSkeleton(segment, document), inlineSkeleton(parsed.children, segment.target.references));
      if (differences.length > 0) {
        counts.rejected += 1;
        for (const difference of differences) report(difference.rule, segment, structureMessage(difference), at);
        continue;
      }
      accepted.set(index, { ...segment.target, children: parsed.children });
    }
    counts[counted] += 1;
  }

  // A rejected or missing block keeps its source children, titles included.
  for (const [index, block] of accepted) {
    nodeAt(tree, block.path).children = restoreReferences(block.children, block.references, titles.get(index) ?? new Map());
  }
  return { locale: target.locale, tree, fields, findings, counts };
}

function sourceSkeleton(segment: Segment, document: SourceDocument): SkeletonItem[] {
  let skeleton = sourceSkeletons.get(segment);
  if (!skeleton && segment.target.type === 'block') {
    const parsed = parseMessage(segment.text, segment.target.references, document.context);
    skeleton = parsed.ok ? inlineSkeleton(parsed.children, segment.target.references) : [];
    sourceSkeletons.set(segment, skeleton);
  }
  return skeleton ?? [];
}

function nodeAt(tree: Root, path: readonly number[]): Parent & { children: PhrasingContent[] } {
  let node: Parent = tree;
  for (const index of path) node = node.children[index] as Parent;
  return node as Parent & { children: PhrasingContent[] };
}

function keyPositions(catalog: Catalog): Map<string, Position> {
  const positions = new Map<string, Position>();
  for (const entry of catalog.entries) positions.set(entry.key, entry.position);
  return positions;
}

