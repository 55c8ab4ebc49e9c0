import type { Finding } from '../report/finding.js';

/** A finding as a record keeps it: `source` is 0 when it is the text the record's `sources` holds for the finding's key. */
export type RecordedFinding = Omit<Finding, 'source'> & { source?: string | 0 };

/** The findings of a namespace's editions, by locale, as a record keeps them. */
export interface RecordedFindings {
  findings: Record<string, RecordedFinding[]>;
  /** The source text of each key that two findings or more carry, once. */
  sources: Record<string, string>;
}

/**
 * Findings as a record keeps them: the source text of a key once for the namespace, not in each
 * finding that carries it. Each locale with no translation yet has a finding for every key, with
 * the key's source text: the check and build records of the 740 articles of
 * `tests/huge-archive.test.ts`, opened to nine new locales, held each paragraph nine times,
 * 93 MB each, and are 63 MB with each text once. A
 * finding keeps its fields in their order, its `source` 0 in its place (`recordedFindings`
 * puts the text back).
 */
export function recordFindings(editions: ReadonlyArray<{ locale: string; findings: readonly Finding[] }>): RecordedFindings {
  const carried = new Map<string, { text: string; count: number }>();
  for (const { findings } of editions) {
    for (const { key, source } of findings) {
      if (key === null || source === undefined) continue;
      const seen = carried.get(key);
      if (seen === undefined) carried.set(key, { text: source, count: 1 });
      else if (seen.text === source) seen.count += 1;
    }
  }
  const shared = new Map([...carried].filter(([, { count }]) => count > 1).map(([key, { text }]) => [key, text]));
  const recorded = (finding: Finding): RecordedFinding => (finding.key !== null && finding.source !== undefined && shared.get(finding.key) === finding.source ? { ...finding, source: 0 } : finding);
  return {
    findings: Object.fromEntries(editions.map(({ locale, findings }) => [locale, findings.map(recorded)])),
    // `Object.fromEntries` defines each key as its own property, `__proto__` as well.
    sources: Object.fromEntries(shared),
  };
}

/**
 * A locale's findings as `recordFindings` recorded them, each source text in place; null when the
 * record is damaged (a finding's source is 0 and the record holds no text for its key): such a
 * record is not used, and the namespace is checked again.
 */
export function recordedFindings(record: { findings?: Record<string, RecordedFinding[]>; sources?: Record<string, string> }, locale: string): Finding[] | null {
  const findings = record.findings?.[locale] ?? [];
  const sources = record.sources ?? {};
  const restored: Finding[] = [];
  for (const finding of findings) {
    if (finding.source !== 0) {
      restored.push(finding as Finding);
      continue;
    }
    const text = finding.key !== null && Object.hasOwn(sources, finding.key) ? sources[finding.key] : undefined;
    if (typeof text !== 'string') return null;
    restored.push({ ...finding, source: text });
  }
  return restored;
}
