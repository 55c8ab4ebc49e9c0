import type { PhrasingContent } from 'mdast';
import type { LocaleCatalog } from '../catalog/locale-catalog.js';
import type { CatalogEntry, Position } from '../catalog/read-catalog.js';
import type { SourceDocument } from '../extract/read-source.js';
import type { Segment } from '../extract/segment.js';
import type { ParsedMessage } from '../markdown/parse-message.js';
import type { Reference } from '../markdown/to-message.js';
import type { Finding, FindingSeverity, RuleId } from '../report/finding.js';
import type { TreeEdit } from './apply-tree-edits.js';
import type { RuleContext } from './rule-context.js';
import type { SourceAnalysis } from './source-analysis.js';
import type { EditionState, TranslationCounts } from './translate-document.js';

/** What a finding about a translation shows besides its message. */
export type FindingExtras = Pick<Finding, 'source' | 'translation' | 'suggestion' | 'previousSource' | 'diff'>;

/** A block whose translation passed every rule, to be put in the tree once all titles are known. */
export interface AcceptedBlock {
  path: number[];
  references: Reference[];
  children: PhrasingContent[];
}

/**
 * One document's translation into one locale while it goes through the segments (as
 * mdast-util-to-markdown's `state`): built by `translateDocument`, passed to the target handlers
 * and `checkContent`, which put translations in place and report through it.
 */
export interface EditionRun {
  readonly document: SourceDocument;
  readonly target: LocaleCatalog;
  readonly rules: RuleContext;
  readonly state: EditionState;
  readonly source: SourceAnalysis;
  readonly isSourceLocale: boolean;
  /** Every non-empty translation of a block segment, parsed in one pass, by segment index. */
  readonly parsedBlocks: ReadonlyMap<number, ParsedMessage>;
  readonly findings: Finding[];
  readonly counts: TranslationCounts;
  readonly fields: Map<string, string>;
  /** Link and image titles by block index, then by label. */
  readonly titles: Map<number, Map<string, string>>;
  readonly accepted: Map<number, AcceptedBlock>;
  /** Accepted translations of definition titles and raw HTML parts, put in the tree after the blocks. */
  readonly treeEdits: TreeEdit[];
  /** Reports a finding about a segment's translation (nothing when its rule is off); `severity` overrides the rule's. */
  report(rule: RuleId, segment: Segment, message: string, position: Position, extras?: FindingExtras, severity?: FindingSeverity | 'off'): void;
}

/** One segment with a usable translation, as the target handlers and `checkContent` see it. */
export interface SegmentTranslation {
  index: number;
  segment: Segment;
  value: string;
  entry: CatalogEntry | undefined;
  /** Where the key is in the catalog (1:1 when it is not there). */
  at: Position;
  extras: FindingExtras;
}

/** What an edition's run starts from: the document, the locale's catalog, the rules and state, and the catalog rules' findings. */
export type EditionStart = Pick<EditionRun, 'document' | 'target' | 'rules' | 'state' | 'source' | 'isSourceLocale' | 'parsedBlocks' | 'findings'>;

/**
 * A new run over one document's segments for one locale. Its `report` puts the finding at the
 * catalog file that holds the translation: a translation filled from a fallback is where the
 * fallback's file has it, and the message says whose edition it fails.
 */
export function createEditionRun(start: EditionStart): EditionRun {
  const { document, target, rules, findings } = start;
  return {
    ...start,
    counts: { total: document.segments.length, translated: 0, missing: 0, rejected: 0, outdated: 0 },
    fields: new Map(),
    titles: new Map(),
    accepted: new Map(),
    treeEdits: [],
    report(rule, segment, message, position, extras = {}, severity = rules.severity(rule)) {
      if (severity === 'off') return;
      const from = target.borrowed?.get(segment.key);
      const file = from?.file ?? target.file;
      const why = from ? `${message}; ${target.locale} takes this ${from.locale} translation as its fallback: add its own to ${target.file}` : message;
      findings.push({ rule, severity, locale: target.locale, namespace: document.namespace, key: segment.key, file, line: position.line, column: position.column, message: why, ...extras });
    },
  };
}
