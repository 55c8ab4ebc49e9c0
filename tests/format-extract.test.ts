import { describe, expect, it } from 'vitest';
import type { ExtractReport } from '../pipeline/commands/extract.js';
import { formatExtract } from '../pipeline/report/format-extract.js';

/** One article of an extract report, with its key counts. */
const article = (namespace: string, segments: number, added: number): ExtractReport['namespaces'][number] => ({
  namespace,
  catalog: `locales/en/${namespace}.json`,
  segments,
  keys: { kept: segments - added, edited: 0, added, removed: 0 },
  locales: [],
});

describe('formatExtract', () => {
  it('counts in the singular for one, and calls the unchanged articles "other" after one that changed', () => {
    const report: ExtractReport = { namespaces: [article('brief', 1, 1), article('a', 3, 0), article('b', 2, 0)], removed: [], files: [] };
    expect(formatExtract(report)).toBe('locales/en/brief.json: 1 segment (0 unchanged, 0 edited, 1 new, 0 removed)\n2 other articles with no segment changed\n');
  });

  it('says "articles" alone when none changed', () => {
    const report: ExtractReport = {
      namespaces: [article('a', 3, 0)],
      removed: [],
      files: [{ file: 'locales/en/a.json', result: 'unchanged' }],
    };
    expect(formatExtract(report)).toBe('1 article with no segment changed\nunchanged  1 file\n');
  });
});
