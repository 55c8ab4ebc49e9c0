import { describe, expect, it } from 'vitest';
import type { Finding } from '../pipeline/report/finding.js';
import { formatGithub } from '../pipeline/report/format-github.js';
import { formatText } from '../pipeline/report/format-text.js';

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

describe('formatText', () => {
  it('starts each finding with file:line:column and ends with the verdict', () => {
    const text = formatText([finding], summary);
    expect(text.split('\n')[0]).toBe('locales/fr/article.json:4:17  error    fr-spacing  French puts a no-break space before ":"; write "\\u00A0:" (U+00A0)');
    expect(text.trimEnd().split('\n').at(-1)).toBe('✖ 1 error, 0 warnings: not publishable');
  });

  it('colours only when asked', () => {
    expect(formatText([finding], summary, { color: false })).not.toMatch(/\u001b\[/);
    expect(formatText([finding], summary, { color: true })).toMatch(/\u001b\[31merror/);
  });
});

describe('formatGithub', () => {
  it('writes one workflow command per finding, escaping what GitHub would misread', () => {
    expect(formatGithub([{ ...finding, message: '50% done\nnext: x', file: 'locales/fr/a,b.json' }])).toBe(
      '::error file=locales/fr/a%2Cb.json,line=4,col=17,title=tarjama fr-spacing (fr)::50%25 done%0Anext: x\n',
    );
  });
});
