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
}

/** Coverage of one locale across all namespaces. */
export interface LocaleSummary {
  locale: string;
  translated: number;
  total: number;
  errors: number;
  warnings: number;
}
