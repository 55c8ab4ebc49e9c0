import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'mdast';
import { lint } from 'markdownlint/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { processor } from '../pipeline/markdown/processor.js';
import { headingIds } from '../pipeline/publish/heading-ids.js';
import { localizeFragments } from '../pipeline/publish/localize-fragments.js';
import { copyToTemp, repoRoot, runCliInProcess } from './helpers/run-cli.js';

/** markdownlint's MD051 findings (a link to a fragment no heading of the file has), one line each. */
function md051(markdown: string): string[] {
  const results = lint({ strings: { edition: markdown }, config: { default: false, MD051: true } });
  return (results.edition ?? []).map((error) => `${error.lineNumber}: ${error.errorDetail ?? ''} ${error.errorContext ?? ''}`);
}

describe('localizeFragments', () => {
  const parse = (markdown: string) => processor.parse(markdown) as Root;

  it('points a link at the id of the heading that translates its target, with GitHub’s -1 for a repeated heading', () => {
    const source = parse('## Background\n\n## Background\n\n## Figures\n\n[a](#background-1) [b](#figures) [c](#user-content-fn-1)\n\n[d]: #background');
    const edition = parse('## Contexte\n\n## Contexte\n\n## Les chiffres\n\n[a](#background-1) [b](#figures) [c](#user-content-fn-1)\n\n[d]: #background');
    localizeFragments(edition, headingIds(source), headingIds(edition));
    expect(processor.stringify(edition)).toBe('## Contexte\n\n## Contexte\n\n## Les chiffres\n\n[a](#contexte-1) [b](#les-chiffres) [c](#user-content-fn-1)\n\n[d]: #contexte\n');
  });

  it('reads a percent-encoded fragment as the id it stands for', () => {
    const source = parse('## Été\n\n[a](#%C3%A9t%C3%A9)');
    const edition = parse('## الصيف\n\n[a](#%C3%A9t%C3%A9)');
    localizeFragments(edition, headingIds(source), headingIds(edition));
    expect(processor.stringify(edition)).toBe('## الصيف\n\n[a](#الصيف)\n');
  });
});

describe.each([
  ['tests/fixtures/tools/rich', 'court-report', { en: '#background', fr: '#contexte', ar: '#السياق' }],
  ['tests/fixtures/cli/html-preview/project', 'report', { en: '#background', fr: '#contexte', ar: '#السياق' }],
])('in-page links of the editions of %s', (fixture, slug, expected) => {
  const editions: Record<string, { markdown: string; html: string }> = {};
  beforeAll(async () => {
    const project = await copyToTemp(path.join(repoRoot, fixture));
    expect((await runCliInProcess(project, ['build'])).code).toBe(0);
    for (const locale of ['en', 'fr', 'ar']) {
      const file = path.join(project, 'output', locale, slug);
      editions[locale] = { markdown: await readFile(`${file}.md`, 'utf8'), html: await readFile(`${file}.html`, 'utf8') };
    }
  });

  it('point at the heading the edition’s reader sees', () => {
    for (const [locale, fragment] of Object.entries(expected)) expect(editions[locale]?.markdown).toContain(`](${fragment})`);
  });

  it('pass markdownlint’s MD051 (link fragments) in every edition', () => {
    for (const locale of ['en', 'fr', 'ar']) expect(md051(editions[locale]!.markdown), locale).toEqual([]);
  });

  it('reach an element of the HTML preview', () => {
    for (const [locale, fragment] of Object.entries(expected)) expect(editions[locale]?.html).toContain(` id="${fragment.slice(1)}"`);
  });
});

describe('markdownlint’s MD051', () => {
  it('reports the source’s fragment left in a translated edition, as tarjama used to write it', () => {
    expect(md051('## Contexte\n\nVoir [le contexte](#background).\n')).toHaveLength(1);
  });

  it('finds nothing in this repository’s committed editions', async () => {
    const slug = 'morocco-online-child-exploitation';
    for (const locale of ['en', 'fr', 'ar']) expect(md051(await readFile(path.join(repoRoot, 'output', locale, `${slug}.md`), 'utf8')), locale).toEqual([]);
  });
});
