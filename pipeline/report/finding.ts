/** How much a finding matters: errors make `check` fail and block `build`. */
export type Severity = 'error' | 'warning';

/** Every rule tarjama reports. */
export type RuleId =
  | 'parse'
  | 'duplicate'
  | 'type'
  | 'stale'
  | 'missing'
  | 'empty'
  | 'outdated'
  | 'from-memory'
  | 'obsolete'
  | 'markup'
  | 'links'
  | 'code'
  | 'html';

/** The default severity of each rule. */
export const ruleSeverity: Readonly<Record<RuleId, Severity>> = {
  parse: 'error',
  duplicate: 'error',
  type: 'error',
  stale: 'error',
  missing: 'error',
  empty: 'error',
  outdated: 'error',
  'from-memory': 'warning',
  obsolete: 'warning',
  markup: 'error',
  links: 'error',
  code: 'error',
  html: 'error',
};

/** One thing wrong with one key of one locale, located in the locale's catalog file. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  locale: string;
  namespace: string;
  key: string | null;
  /** The catalog file, relative to the project root. */
  file: string;
  line: number;
  column: number;
  message: string;
  /** For `outdated`: the source text now, the one the translation was made for, and a word diff. */
  change?: { source: string; previousSource: string; diff: string };
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
