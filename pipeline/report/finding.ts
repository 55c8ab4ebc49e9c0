import type { RuleId } from '../rules/rule-ids.js';

/** How much a finding matters: errors make `check` fail and block `build`. */
export type Severity = 'error' | 'warning';

/**
 * A finding's severity: the rule's, or `accepted` when a reviewer accepted this finding for
 * these texts (`tarjama accept`): it is listed, and blocks nothing.
 */
export type FindingSeverity = Severity | 'accepted';

/** Every rule tarjama reports (the ids are listed in `rules/rule-ids.ts`). */
export type { RuleId } from '../rules/rule-ids.js';

/** One thing wrong with one key of one locale, located in the locale's catalog file. */
export interface Finding {
  rule: RuleId;
  severity: FindingSeverity;
  locale: string;
  namespace: string;
  key: string | null;
  /** The catalog file, relative to the project root. */
  file: string;
  line: number;
  column: number;
  message: string;
  /** The source text of the key, when the finding is about its translation. */
  source?: string;
  /** The translation the finding is about. */
  translation?: string;
  /** A corrected translation, when the rule knows one. */
  suggestion?: string;
  /** For `outdated`: the source text the translation was made for, and a word diff to the current one. */
  previousSource?: string;
  diff?: string;
  /** For an unreadable file: the lines around the fault, with a caret. */
  frame?: string;
}

/** Coverage of one locale across all namespaces. */
export interface LocaleSummary {
  locale: string;
  translated: number;
  outdated: number;
  total: number;
  errors: number;
  warnings: number;
}
