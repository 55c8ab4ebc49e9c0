import type { LocaleCatalog } from '../catalog/locale-catalog.js';
import type { Position } from '../catalog/read-catalog.js';
import type { StateEntry, TranslationStatus } from '../catalog/translation-state.js';
import type { SourceDocument } from '../extract/read-source.js';
import type { Segment, SegmentKind } from '../extract/segment.js';
import type { RuleId, Severity } from '../report/finding.js';
import type { GlossaryTerm } from './glossary-file.js';

/** A rule's severity as configured: `off` silences it. */
export type RuleSeverity = Severity | 'off';

/** What every rule declares: its id, default severity, what it checks and an example message. */
export interface RuleMeta {
  id: RuleId;
  severity: RuleSeverity;
  /** One line for the README's table: what the rule reports. */
  summary: string;
  /** A message the rule prints, for the README. */
  example: string;
  /**
   * Whether a reviewer may accept one of its findings on one key (`tarjama accept`): a rule of
   * style or wording, whose finding can be wrong for a correct translation. Never a rule of
   * structure, links, addresses or hidden characters.
   */
  reviewable?: true;
}

/** Project settings content rules read. */
export interface RuleSettings {
  glossary: readonly GlossaryTerm[];
  /** The digits a locale writes numbers with (`latn` 0–9, `arab` ٠–٩…), from the config or CLDR. */
  numberingSystem(locale: string): string;
  /** The writing direction of a locale, from i18next's `dir()`. */
  direction(locale: string): 'ltr' | 'rtl';
}

/**
 * One translation as content rules see it. `sourceText` and `translationText` are the
 * messages with their Markdown syntax, inline code, inline HTML, math and link targets
 * masked by U+FFFC, at the same offsets as the raw messages, so a hit's index is a column.
 */
export interface TextCheck {
  key: string;
  locale: string;
  sourceLocale: string;
  kind: SegmentKind;
  source: string;
  translation: string;
  sourceText: string;
  translationText: string;
  settings: RuleSettings;
  /** The words the source document writes as names (see `sourceNames`), worked out on first use. */
  names(): ReadonlySet<string>;
  /**
   * What a rule works out from the source alone (`make`, given `sourceText`), under a name of the
   * rule's own: worked out for the segment's first locale and kept for its others (read it, never
   * change it: every locale's check gets the same value).
   */
  fromSource<T>(name: string, make: (sourceText: string) => T): T;
}

/** What a content rule found: what to do, where in the translation, and a fix when there is one. */
export interface RuleHit {
  message: string;
  index?: number;
  suggestion?: string;
}

/** A rule that looks at the text of one translation against its source. */
export interface ContentRule extends RuleMeta {
  check(input: TextCheck): RuleHit[];
}

/** What a catalog-level rule found in one catalog file: the key (if any), where, and what to do. */
export interface CatalogHit {
  key: string | null;
  position: Position;
  message: string;
  /** The lines around the problem, with a caret under it. */
  frame?: string;
}

/** One locale's catalog for a document, as a catalog-level rule sees it. */
export interface CatalogInput {
  document: SourceDocument;
  target: LocaleCatalog;
  isSourceLocale: boolean;
}

/** A rule that reads a catalog file as a whole, once, before its keys. */
export interface CatalogRule extends RuleMeta {
  catalog(input: CatalogInput): CatalogHit[];
}

/** One key of a document and the value a locale's catalog gives it (undefined when it has none). */
export interface UsableInput {
  segment: Segment;
  value: string | undefined;
  document: SourceDocument;
  target: LocaleCatalog;
  isSourceLocale: boolean;
  /** Whether the source-locale catalog's value was edited by hand (see `previousExtraction`). */
  handEdited: boolean;
}

/** A rule that decides whether a key has a usable translation at all; a message stops the key there. */
export interface UsableRule extends RuleMeta {
  usable(input: UsableInput): string | undefined;
}

/** A usable translation as the translation state sees it. */
export interface StateInput {
  segment: Segment;
  locale: string;
  status: TranslationStatus;
  /** The key's state entry, if the state has one. */
  entry: StateEntry | undefined;
  /** Why the state cannot vouch for translations it has no entry for, or null. */
  problem: string | null;
}

/** What a state rule found: its message, and what the finding shows of the source's change. */
export interface StateHit {
  message: string;
  previousSource?: string;
  diff?: string;
}

/** A rule that reads the translation state of a usable translation. */
export interface StateRule extends RuleMeta {
  state(input: StateInput): StateHit | undefined;
}

/**
 * A difference the translator found between the inline structure of a source and of its
 * translation (Markdown parsed by `markdown/`), with the rule it belongs to, for that rule to word.
 * `index` is where it starts in the translation, when known.
 */
export type StructureProblem =
  | { rule: 'markup' | 'links' | 'code' | 'html'; kind: 'skeleton'; missing: readonly string[]; extra: readonly string[]; index?: number }
  | { rule: 'markup' | 'html'; kind: 'plain-text'; what: string; labels: readonly string[]; index?: number }
  | { rule: 'markup'; kind: 'unparsed'; problem: string; index?: number }
  | { rule: 'markup'; kind: 'no-description'; label: string; alt: string; index?: number }
  | { rule: 'link-order'; kind: 'moved'; links: readonly MovedLinkText[]; index?: number };

/** A link of a translation that points where the source has another text link (see `movedLinks`). */
export interface MovedLinkText {
  text: string;
  label: string;
  url: string;
  sourceText: string;
}

/** The rules structure problems belong to. */
export type StructureRuleId = StructureProblem['rule'];

/** A rule that words the structure problems of its id. */
export interface StructureRule<Id extends StructureRuleId = StructureRuleId> extends RuleMeta {
  id: Id;
  structure(problem: StructureProblem & { rule: Id }): string;
}
