import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Root } from 'mdast';
import { beforeAll, describe, expect, it } from 'vitest';
import { processor } from '../pipeline/markdown/processor.js';
import { headingIds } from '../pipeline/publish/heading-ids.js';
import { hasTool } from './helpers/debian-tool.js';
import { copyRepositoryProject } from './helpers/repository-project.js';
import { copyToTemp, repoRoot, runCliInProcess } from './helpers/run-cli.js';

const locales = ['en', 'fr', 'ar'] as const;
const direction = { en: 'ltr', fr: 'ltr', ar: 'rtl' } as const;
// Headings whose ids Hugo and GitHub could make differently: accents, Arabic, digits, punctuation, repeats.
const headings = ['السياق', 'السياق', 'السياق', 'Le contexte : l’essentiel (2024) !', 'Ça va — très bien… « oui »', 'أرقام ٢٠٢٤ و2025؟', '`code` and *emphasis*', 'A_b  c--d', 'emoji 🎉 here'];

/** Builds examples/hugo, copied beside the `output/` of `project` as it sits in this repository, with Debian's hugo; returns the built site's folder. */
async function buildSite(project: string): Promise<string> {
  const site = path.join(project, 'examples', 'hugo');
  await cp(path.join(repoRoot, 'examples', 'hugo'), site, { recursive: true });
  const destination = await mkdtemp(path.join(tmpdir(), 'tarjama-hugo-'));
  const hugo = spawnSync('hugo', ['--source', site, '--destination', destination, '--quiet'], { encoding: 'utf8' });
  expect(hugo.stderr).toBe('');
  expect(hugo.status).toBe(0);
  return destination;
}

/** The ids of a page's elements, as the browser reads them. */
function ids(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1] as string);
}

describe.skipIf(!hasTool('hugo', ['version']))('examples/hugo built by Hugo over output/<lng>/', () => {
  const sites: Record<string, { slug: string; site: string; output: string; pages: Record<string, string> }> = {};
  beforeAll(async () => {
    // This repository's output as committed; the rich fixture built by tarjama into a temporary folder.
    const own = await mkdtemp(path.join(tmpdir(), 'tarjama-hugo-own-'));
    await cp(path.join(repoRoot, 'output'), path.join(own, 'output'), { recursive: true });
    await writeFile(path.join(own, 'output', 'ar', 'headings.md'), `---\ntitle: العناوين\n---\n\n${headings.map((heading) => `## ${heading}`).join('\n\n')}\n`);
    const rich = await copyToTemp(path.join(repoRoot, 'tests', 'fixtures', 'tools', 'rich'));
    expect((await runCliInProcess(rich, ['build'])).code).toBe(0);
    // This repository's project built for a theme that shows the site strings itself.
    const footerless = await copyRepositoryProject();
    await writeFile(path.join(footerless, 'tarjama.config.json'), JSON.stringify({ ...JSON.parse(await readFile(path.join(footerless, 'tarjama.config.json'), 'utf8')), markdownFooter: false }));
    expect((await runCliInProcess(footerless, ['build'])).code).toBe(0);
    const projects = [['own', own, 'morocco-online-child-exploitation'], ['rich', rich, 'court-report'], ['footerless', footerless, 'morocco-online-child-exploitation']] as const;
    for (const [name, project, slug] of projects) {
      const site = await buildSite(project);
      const pages: Record<string, string> = {};
      for (const locale of locales) pages[locale] = await readFile(path.join(site, locale, slug, 'index.html'), 'utf8');
      sites[name] = { slug, site, output: path.join(project, 'output'), pages };
    }
  });

  it.each(['own', 'rich'])('gives each page of the %s article its language and direction', (name) => {
    const { pages } = sites[name]!;
    for (const locale of locales) expect(pages[locale]).toContain(`<html lang="${locale}" dir="${direction[locale]}">`);
  });

  it.each(['own', 'rich'])('links each page of the %s article to its two translations', (name) => {
    const { pages, slug } = sites[name]!;
    for (const locale of locales) {
      const links = [...pages[locale]!.matchAll(/<a href="([^"]+)" hreflang="([^"]+)"/g)].map((match) => `${match[2]} ${match[1]}`);
      expect(links).toEqual(locales.filter((other) => other !== locale).map((other) => `${other} /${other}/${slug}/`));
      for (const other of locales) expect(pages[locale]).toContain(`<link rel="alternate" hreflang="${other}" href="https://example.org/${other}/${slug}/">`);
    }
  });

  it('gives each translated heading the id its edition links to (Hugo agrees with GitHub, Arabic included)', async () => {
    const { pages, output, slug } = sites.rich!;
    const fragments: Record<string, string[]> = {};
    for (const locale of locales) {
      const markdown = await readFile(path.join(output, locale, `${slug}.md`), 'utf8');
      fragments[locale] = [...markdown.matchAll(/\]\(#([^)\s]+)\)/g)].map((match) => match[1] as string);
      for (const fragment of fragments[locale]!) expect(ids(pages[locale]!)).toContain(fragment);
    }
    expect(fragments).toEqual({ en: ['background'], fr: ['contexte'], ar: ['السياق'] });
  });

  it('gives headings the ids tarjama gives them (github-slugger), repeats and Arabic included', async () => {
    const page = await readFile(path.join(sites.own!.site, 'ar', 'headings', 'index.html'), 'utf8');
    const hugo = [...page.matchAll(/<h2 id="([^"]*)"/g)].map((match) => match[1]);
    expect(hugo).toEqual(headingIds(processor.parse(headings.map((heading) => `## ${heading}`).join('\n\n')) as Root));
    expect(hugo.slice(0, 3)).toEqual(['السياق', 'السياق-1', 'السياق-2']);
  });

  it('shows the site strings from the front matter, as a theme does', () => {
    const { pages } = sites.own!;
    expect(pages.ar).toContain('<p class="meta">نُشر في 18 فبراير 2025 · دقيقتان للقراءة</p>');
    expect(pages.fr).toContain('<footer><p>Traduction de l’original en anglais</p></footer>');
  });

  it('leaves the footer line out of the page body with markdownFooter: false, so the theme’s strings are not repeated', () => {
    const footerLine = '<hr>\n<p>Traduction de l’original en anglais · 3 min de lecture · Publié le 18 février 2025</p>';
    expect(sites.own!.pages.fr).toContain(footerLine);
    expect(sites.footerless!.pages.fr).not.toContain(footerLine);
    expect(sites.footerless!.pages.fr).toContain('<footer><p>Traduction de l’original en anglais</p></footer>');
    expect(sites.footerless!.pages.ar).not.toContain('<hr>');
  });
});
