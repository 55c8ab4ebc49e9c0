import type { Config } from '../config/config.js';
import type { EditionResult } from '../publish/edition-result.js';
import type { Finding, LocaleSummary } from '../report/finding.js';
import { runProject } from '../run/run-project.js';
import type { RunSettings } from '../run/run-settings.js';
import type { Shard } from '../run/shard.js';
import type { WriteResult } from '../store/write-file-atomic.js';
import type { TranslationCounts } from '../translate/translate-document.js';

/** Options of `build`, and how it uses the machine. */
export interface BuildOptions extends RunSettings {
  /** Publish source text where a translation is missing or rejected, and say so in the front matter. */
  allowIncomplete: boolean;
  /** Also write the HTML preview `output/<lng>/<slug>.html` (default). */
  html?: boolean;
  /** Only this shard of the namespaces. */
  shard?: Shard | null;
  /** Called after each namespace, for a progress bar. */
  onProgress?: ((done: number, total: number) => void) | null;
}

/** What `build` did with one document in one locale. */
export interface BuildOutput {
  locale: string;
  namespace: string;
  file: string;
  result: WriteResult | 'blocked';
  counts: TranslationCounts;
  incomplete: boolean;
  /** The HTML preview, when written. */
  html: { file: string; result: WriteResult } | null;
  /** For a blocked output: what blocks it, by rule (or cause), with counts. */
  reasons?: Record<string, number>;
  /** For a blocked output: the edition published before predates the current source, and says so. */
  stale?: boolean;
}

/** The outcome of `build`: every output, and the findings that blocked or weakened some of them. */
export interface BuildReport {
  outputs: BuildOutput[];
  findings: Finding[];
  summary: LocaleSummary[];
  /** A catalog could not be read at all. */
  unreadable: boolean;
  /** Editions of deleted or renamed articles, removed. */
  removed: string[];
  /** Whether the build published source text in place of what it could not publish. */
  allowIncomplete: boolean;
}

/**
 * Writes `output/<lng>/<slug>.md` (and `.html`) for every locale through i18next. A document
 * with an error in a locale — in its own catalog, or in the site strings it shows — is not
 * written for it (its previous output stays as it was) unless `allowIncomplete` is set; an
 * unreadable catalog always blocks.
 */
export async function build(root: string, config: Config, options: BuildOptions): Promise<BuildReport> {
  const run = await runProject(root, config, { publish: { allowIncomplete: options.allowIncomplete, html: options.html !== false }, shard: options.shard ?? null, ...(options.onProgress ? { onProgress: options.onProgress } : {}), jobs: options.jobs, poolFrom: options.poolFrom, leanHeap: options.leanHeap });
  const outputs = run.results.flatMap((result) =>
    result.editions.flatMap((edition): BuildOutput[] =>
      edition.output ? [outputOf(result.namespace, edition.locale, edition.counts, edition.output)] : [],
    ),
  );
  return { outputs, findings: run.findings, summary: run.summary, unreadable: run.unreadable, removed: run.removed, allowIncomplete: options.allowIncomplete };
}

/** An edition's output as the report shows it (the hashes are the build record's business). */
function outputOf(namespace: string, locale: string, counts: TranslationCounts, output: NonNullable<EditionResult['output']>): BuildOutput {
  // Named, not `{ hashes, ...shown }`: a rest pattern copies through the runtime, thousands of times in a no-change build.
  const { file, result, incomplete, html, reasons, stale } = output;
  return { locale, namespace, counts, file, result, incomplete, html, ...(reasons === undefined ? {} : { reasons }), ...(stale === undefined ? {} : { stale }) };
}
