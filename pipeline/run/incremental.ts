import { readFileSync } from 'node:fs';
import type { Config } from '../config/config.js';
import { writeFileAtomic } from '../io/write-file-atomic.js';
import type { NamespaceEntry } from '../project/list-namespaces.js';
import type { ProjectPaths } from '../project/project-paths.js';
import type { TranslationCounts } from '../translate/translate-document.js';
import { namespaceFingerprint, outputsIntact, sharedFingerprint, type BuildRecord } from './build-cache.js';
import type { NamespaceResult, PublishOptions } from './process-namespace.js';

// Synchronous reads: thousands of small files are read far faster without a thread-pool hop each.
function text(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** The part of every namespace's fingerprint that the whole run shares. */
export async function runFingerprint(paths: ProjectPaths, config: Config, site: NamespaceEntry | null, publish: PublishOptions): Promise<string> {
  const inputs = [text(paths.glossaryFile), ...(site ? config.locales.map((locale) => text(paths.catalogFile(locale, site.namespace))) : [])];
  return sharedFingerprint(config, inputs, publish);
}

/** A namespace's inputs read without parsing anything, its fingerprint, and its last build record. */
export interface NamespaceInputs {
  entry: NamespaceEntry;
  fingerprint: string;
  record: BuildRecord | null;
}

/** Reads what a namespace's editions are made from: source, every catalog, the translation state. */
export function readInputs(paths: ProjectPaths, config: Config, shared: string, entry: NamespaceEntry): NamespaceInputs {
  const stateText = text(paths.stateFile(entry.namespace));
  let translationState: unknown = null;
  try {
    translationState = stateText === null ? null : (JSON.parse(stateText) as { locales?: unknown }).locales ?? null;
  } catch {
    translationState = stateText;
  }
  const inputs = [
    entry.kind === 'article' ? text(paths.sourceFile(entry.namespace)) : null,
    ...config.locales.map((locale) => text(paths.catalogFile(locale, entry.namespace))),
    JSON.stringify(translationState),
  ];
  return { entry, fingerprint: namespaceFingerprint(shared, inputs), record: parseRecord(text(paths.cacheFile(entry.namespace))) };
}

function parseRecord(text: string | null): BuildRecord | null {
  if (text === null) return null;
  try {
    const record = JSON.parse(text) as BuildRecord;
    return typeof record.fingerprint === 'string' && typeof record.outputs === 'object' && typeof record.counts === 'object' ? record : null;
  } catch {
    return null;
  }
}

/** The result of a namespace whose editions are still those its record describes, or null. */
export async function cachedResult(root: string, inputs: NamespaceInputs): Promise<NamespaceResult | null> {
  const { record } = inputs;
  if (!record || record.fingerprint !== inputs.fingerprint || !outputsIntact(root, record)) return null;
  const files = Object.keys(record.outputs);
  return {
    namespace: inputs.entry.namespace,
    kind: inputs.entry.kind,
    editions: Object.entries(record.counts).map(([locale, counts]) => {
      const markdown = files.find((file) => file.endsWith(`/${locale}/${inputs.entry.namespace}.md`)) ?? '';
      const html = files.find((file) => file.endsWith(`/${locale}/${inputs.entry.namespace}.html`));
      return {
        locale,
        counts,
        findings: [],
        unreadable: false,
        output: { file: markdown, result: 'unchanged', incomplete: counts.translated < counts.total, html: html ? { file: html, result: 'unchanged' } : null, hashes: {} },
      };
    }),
  };
}

/**
 * Records what a namespace's editions were made from, so that the next build can skip it;
 * a namespace with a blocked edition gets no new record (it is built again).
 */
export async function recordBuild(paths: ProjectPaths, inputs: NamespaceInputs, result: NamespaceResult): Promise<void> {
  const outputs: Record<string, string> = {};
  const counts: Record<string, TranslationCounts> = {};
  for (const edition of result.editions) {
    // A blocked edition leaves the last record alone: its fingerprint no longer matches anyway.
    if (!edition.output || edition.output.result === 'blocked') return;
    counts[edition.locale] = edition.counts;
    Object.assign(outputs, edition.output.hashes);
  }
  const record: BuildRecord = { fingerprint: inputs.fingerprint, outputs, counts };
  await writeFileAtomic(paths.cacheFile(inputs.entry.namespace), `${JSON.stringify(record)}\n`, paths.root);
}
