import type { SegmentKind } from '../extract/segment.js';
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
