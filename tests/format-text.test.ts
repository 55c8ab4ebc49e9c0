import { describe, expect, it } from 'vitest';
import type { Finding } from '../pipeline/report/finding.js';
import { githubLines } from '../pipeline/report/format-github.js';
import { formatJson } from '../pipeline/report/format-json.js';
import { formatStatus } from '../pipeline/report/format-status.js';
import { formatText, textLines } from '../pipeline/report/format-text.js';
import { buildJsonLines, buildLines } from '../pipeline/report/format-build.js';
import { jsonText } from '../pipeline/report/json-text.js';
import { writeLines } from '../pipeline/cli/write-lines.js';
import type { BuildReport } from '../pipeline/commands/build.js';

const finding: Finding = {
  rule: 'fr-spacing',
  severity: 'error',
  locale: 'fr',
  namespace: 'article',
  key: 'p-x',
  file: 'locales/fr/article.json',
  line: 4,
  column: 17,
  message: 'French puts a no-break space before ":"; write "\\u00A0:" (U+00A0)',
};
const summary = [{ locale: 'fr', translated: 1, outdated: 0, total: 1, errors: 1, warnings: 0 }];

/** What the CLI prints of lines (`writeLines`), as one string. */
function printed(lines: Iterable<string>): string {
  let text = '';
  writeLines((piece) => void (text += piece), lines);
  return text;
}

describe('formatText', () => {
  it('starts each finding with file:line:column and ends with the verdict', () => {
    const text = formatText([finding], summary);
    expect(text.split('\n')[0]).toBe('locales/fr/article.json:4:17  error    fr-spacing  French puts a no-break space before ":"; write "\\u00A0:" (U+00A0)');
    expect(text.trimEnd().split('\n').at(-1)).toBe('✖ 1 error, 0 warnings: not publishable');
  });

  it('prints a finding on one line, whatever its message holds: newlines as ⏎, controls and bidi formatting as escapes', () => {
    const text = formatText([{ ...finding, message: 'a\nb\u001b[2J\tc\u202ed\u0085e\uDC00', file: 'locales/fr/\u001b.json' }], summary);
    expect(text.split('\n')[0]).toBe('locales/fr/\\u001b.json:4:17  error    fr-spacing  a⏎b\\u001b[2J\\u0009c\\u202ed\\u0085e\\udc00');
    expect(text.split('\n')[1]).toBe('');
  });

  it('colours only when asked', () => {
    expect(formatText([finding], summary, { color: false })).not.toMatch(/\u001b\[/);
    expect(formatText([finding], summary, { color: true })).toMatch(/\u001b\[31merror/);
  });
});

describe('githubLines', () => {
  it('writes one workflow command per finding, escaping what GitHub would misread', () => {
    expect(printed(githubLines([{ ...finding, message: '50% done\nnext: x', file: 'locales/fr/a,b.json' }]))).toBe(
      '::error file=locales/fr/a%2Cb.json,line=4,col=17,title=tarjama fr-spacing (fr)::50%25 done%0Anext: x\n',
    );
  });

  it('shows the controls and bidi formatting GitHub would pass to the log', () => {
    expect(printed(githubLines([{ ...finding, message: 'a\r\u001b]52;c;eA==\u0007\u202e', file: 'locales/fr/a:\u001b.json' }]))).toBe(
      '::error file=locales/fr/a%3A\\u001b.json,line=4,col=17,title=tarjama fr-spacing (fr)::a%0D\\u001b]52;c;eA==\\u0007\\u202e\n',
    );
  });
});

describe('formatJson', () => {
  it('escapes what JSON.stringify leaves raw (DEL, C1, U+2028, bidi formatting), for the same strings', () => {
    const message = 'a\u007fb\u0085c\u2028d\u202ee\u200bf\u001bg';
    const json = formatJson([{ ...finding, message }], summary);
    expect(json).toContain('"message": "a\\u007fb\\u0085c\\u2028d\\u202ee\\u200bf\\u001bg"');
    expect((JSON.parse(json) as { findings: Finding[] }).findings[0]?.message).toBe(message);
  });
});

describe('buildLines', () => {
  const report = (outputs: BuildReport['outputs'], findings: Finding[]): BuildReport => ({ outputs, findings, summary, unreadable: false, removed: [], allowIncomplete: false });
  const written: BuildReport['outputs'][number] = {
    namespace: 'article',
    locale: 'fr',
    file: 'output/fr/article.md',
    result: 'written',
    incomplete: false,
    counts: { total: 1, translated: 1, missing: 0, rejected: 0, outdated: 0 },
    html: null,
  };

  it('is printed by the CLI as it always was: with nothing to list, a list, and findings after either', () => {
    expect(printed(buildLines(report([], [])))).toBe('\n');
    expect(printed(buildLines(report([written], [])))).toBe('written    output/fr/article.md\n');
    expect(printed(buildLines(report([], [finding])))).toBe(`\n\n${formatText([finding], summary)}`);
    expect(printed(buildLines(report([written], [finding])))).toBe(`written    output/fr/article.md\n\n${formatText([finding], summary)}`);
    // As JSON, item by item, the one string of the report's four lists.
    for (const built of [report([], []), report([written], [finding])]) {
      const { outputs, removed, findings, summary: table } = built;
      expect(`${[...buildJsonLines(built)].join('\n')}\n`).toBe(jsonText({ outputs, removed, findings, summary: table }));
    }
  });
});

describe('formatters at archive scale', () => {
  // An archive of 6,500 articles with a new locale: about 200,000 missing keys. Spreading that
  // many values into one call (`Math.max(...list)`) overflows the stack.
  const count = 150_000;
  const many: Finding[] = Array.from({ length: count }, (_, index) => ({
    ...finding,
    rule: index % 2 === 0 ? 'missing' : 'fr-spacing',
    severity: index % 3 === 0 ? 'warning' : 'error',
    file: `locales/fr/article-${String(Math.floor(index / 30)).padStart(5, '0')}.json`,
    line: 2 + (index % 30),
  }));
  const warnings = Math.ceil(count / 3);
  // Each formatter's whole text, made once for the tests that compare with it: 150,000 findings
  // take about a second per format on this repository's 2-core machine.
  let wholeText: string | undefined;
  const text = (): string => (wholeText ??= formatText(many, summary));

  it('formatText renders 150,000 findings, then the summary and the verdict', () => {
    const lines = text().split('\n');
    expect(lines[0]).toBe('locales/fr/article-00000.json:2:17  warning  missing     French puts a no-break space before ":"; write "\\u00A0:" (U+00A0)');
    expect(lines.filter((line) => line.startsWith('locales/fr/article-'))).toHaveLength(count);
    expect(lines.at(-2)).toBe(`✖ ${count - warnings} errors, ${warnings} warnings: not publishable`);
  });

  it('the CLI writes them in pieces of about 256 K characters, which join to the text formatText gives', () => {
    const pieces: string[] = [];
    writeLines((text) => pieces.push(text), textLines(many, summary));
    expect(pieces.length).toBeGreaterThan(10);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(300_000);
    expect(pieces.join('')).toBe(text());
  });

  it('formatJson renders 150,000 findings', () => {
    const parsed = JSON.parse(formatJson(many, summary)) as { findings: Finding[]; summary: unknown };
    expect(parsed.findings).toHaveLength(count);
    expect(parsed.findings.at(-1)).toEqual(many.at(-1));
    expect(parsed.summary).toEqual(summary);
  });

  it('githubLines are printed in pieces: 150,000 findings, one workflow command each', () => {
    const pieces: string[] = [];
    writeLines((text) => pieces.push(text), githubLines(many));
    expect(pieces.length).toBeGreaterThan(10);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(300_000);
    const lines = pieces.join('').split('\n');
    expect(lines).toHaveLength(count + 1);
    expect(lines[1]).toBe('::error file=locales/fr/article-00000.json,line=3,col=17,title=tarjama fr-spacing (fr)::French puts a no-break space before ":"; write "\\u00A0:" (U+00A0)');
  });

  it('formatStatus renders a row per locale and namespace for 150,000 of them', () => {
    const rows = Array.from({ length: count }, (_, index) => ({ locale: 'fr', namespace: `article-${index}`, total: 30, translated: 0, outdated: 0, missing: 30, errors: 30, warnings: 0, accepted: 0, percent: 0 }));
    const lines = formatStatus({ rows, accepted: [] }).trimEnd().split('\n');
    expect(lines).toHaveLength(count + 1);
    expect(lines.at(-1)).toBe(`fr      article-${count - 1}  0/30        0         30       30      0         0         0%`);
  });
});
