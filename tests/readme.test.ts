import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../pipeline/rules/all-rules.js';
import { repoRoot } from './helpers/run-cli.js';

describe('README', () => {
  it('lists every rule with its default severity', async () => {
    const readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| `([a-z-]+)` \| (error|warning|off) \|/gm)].map((match) => [match[1], match[2]]);
    expect(rows).toEqual(allRules.map((rule) => [rule.id, rule.severity]));
  });
});
