import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyRepositoryProject } from './helpers/repository-project.js';
import { copyToTemp, repoRoot, runCliInProcess } from './helpers/run-cli.js';

/** Eleventy 3's build of the Markdown files of `input` (tarjama's HTML previews beside them are not templates), in memory. */
async function eleventy(input: string): Promise<Array<{ url: string; content: string }>> {
  const site = new Eleventy(input, path.join(input, '..', '_site'), { quietMode: true, config: (config) => config.setTemplateFormats('md') });
  return (await site.toJSON()).sort((a, b) => a.url.localeCompare(b.url));
}

const locales = ['ar', 'en', 'fr'];

describe('Eleventy 3 builds the editions with their text as written', () => {
  let verbatim: string;
  beforeAll(async () => {
    verbatim = await copyToTemp(path.join(repoRoot, 'tests', 'fixtures', 'cli', 'verbatim-text', 'project'));
    // Template tags in inline code, in running text and in a code block: none needs a translation but the paragraph.
    await writeFile(
      path.join(verbatim, 'source', 'tags.md'),
      '---\ntitle: Tags\n---\n\nUse `{% raw %}`, {% include note.html %} or {# note #}.\n\n```liquid\n{% for post in posts %}{{ post.title }}{% endfor %}\n```\n',
    );
    expect((await runCliInProcess(verbatim, ['extract'])).code).toBe(0);
    expect((await runCliInProcess(verbatim, ['build', '--allow-incomplete'])).code).toBe(0);
  });

  it('keeps {{x}} in code and in text, where Liquid would have swallowed it', async () => {
    const pages = (await eleventy(path.join(verbatim, 'output'))).filter((page) => page.url.endsWith('/article/'));
    expect(pages.map((page) => page.url)).toEqual(locales.map((locale) => `/${locale}/article/`));
    expect(pages[1]?.content).toBe('<p>Write <code>{{x}}</code> or {{x}} and $t(y) or &lt;3 &amp; &amp; in copy; i18next must not touch them.</p>\n');
    expect(pages[0]?.content).toContain('<code>{{x}}</code> أو {{x}} و');
    expect(pages[2]?.content).toContain('<code>{{x}}</code> ou {{x}} et');
  });

  it('keeps {% … %} and {# … #} in code, in text and in code blocks', async () => {
    const pages = (await eleventy(path.join(verbatim, 'output'))).filter((page) => page.url.endsWith('/tags/'));
    expect(pages).toHaveLength(3);
    for (const page of pages) {
      expect(page.content).toContain('<p>Use <code>{% raw %}</code>, {% include note.html %} or {# note #}.</p>');
      expect(page.content).toContain('{% for post in posts %}{{ post.title }}{% endfor %}');
    }
  });

  it('does so through the front matter: without templateEngineOverride, Eleventy runs the edition as Liquid', async () => {
    const markdown = await readFile(path.join(verbatim, 'output', 'en', 'article.md'), 'utf8');
    expect(markdown).toContain('\ntemplateEngineOverride: md\nrender_with_liquid: false\n---\n');
    const bare = path.join(verbatim, 'bare', 'en');
    await mkdir(bare, { recursive: true });
    await writeFile(path.join(bare, 'article.md'), markdown.replace('templateEngineOverride: md\n', ''));
    const [page] = await eleventy(path.dirname(bare));
    expect(page?.content).toBe('<p>Write `` or  and $t(y) or &lt;3 &amp; &amp; in copy; i18next must not touch them.</p>\n');
  });

  it.each([
    ["this repository's article", copyRepositoryProject, 'morocco-online-child-exploitation'],
    ['the rich fixture', () => copyToTemp(path.join(repoRoot, 'tests', 'fixtures', 'tools', 'rich')), 'court-report'],
  ])('builds a page per edition of %s, whose front matter needs no Liquid override', async (_name, copy, slug) => {
    const project = await copy();
    expect((await runCliInProcess(project, ['build'])).code).toBe(0);
    const pages = await eleventy(path.join(project, 'output'));
    expect(pages.map((page) => page.url)).toEqual(locales.map((locale) => `/${locale}/${slug}/`));
    for (const locale of locales) expect(await readFile(path.join(project, 'output', locale, `${slug}.md`), 'utf8')).not.toContain('templateEngineOverride');
  });
});
