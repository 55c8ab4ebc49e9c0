import type { NamespaceEntry } from '../project/list-namespaces.js';
import type { Finding } from '../report/finding.js';
import type { WriteResult } from '../store/write-file-atomic.js';
import type { TranslationCounts } from '../translate/translate-document.js';

/** What became of one namespace in one locale: checked, and for `build` published or blocked. */
export interface EditionResult {
  locale: string;
  counts: TranslationCounts;
  findings: Finding[];
  /** The catalog could not be read at all. */
  unreadable: boolean;
  /** What `build` wrote; absent for `check`. */
  output?: {
    file: string;
    result: WriteResult | 'blocked';
    incomplete: boolean;
    html: { file: string; result: WriteResult } | null;
    /** sha256 of every file written for this edition, by path, for the build record. */
    hashes: Record<string, string>;
    /** For a blocked edition: what blocks it, by rule (or cause), with counts. */
    reasons?: Record<string, number>;
    /** For a blocked edition: the one published before predates the current source (marked so). */
    stale?: boolean;
  };
}

/** One namespace checked (and published) in every locale. */
export interface NamespaceResult {
  namespace: string;
  kind: NamespaceEntry['kind'];
  editions: EditionResult[];
}
