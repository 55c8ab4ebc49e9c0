import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyRepositoryProject } from './helpers/repository-project.js';
import { repoRoot, runCliInProcess } from './helpers/run-cli.js';

const slug = 'morocco-online-child-exploitation';

describe('"markdownFooter": false', () => {
  let project: string;
  beforeAll(async () => {
    project = await copyRepositoryProject();
    const config = path.join(project, 'tarjama.config.json');
    await writeFile(config, JSON.stringify({ ...JSON.parse(await readFile(config, 'utf8')), markdownFooter: false }));
    expect((await runCliInProcess(project, ['build'])).code).toBe(0);
  });

  it('writes each edition as this repository publishes it, without the footer line at the end of the body', async () => {
    for (const locale of ['en', 'fr', 'ar']) {
      const withFooter = await readFile(path.join(repoRoot, 'output', locale, `${slug}.md`), 'utf8');
      const footer = withFooter.lastIndexOf('\n---\n');
      expect(withFooter.slice(footer)).toMatch(/^\n---\n\n[^\n]+ · [^\n]+\n$/);
      expect(await readFile(path.join(project, 'output', locale, `${slug}.md`), 'utf8')).toBe(withFooter.slice(0, footer));
    }
  });

  it('keeps the strings in the front matter and the footer of the HTML preview', async () => {
    const markdown = await readFile(path.join(project, 'output', 'ar', `${slug}.md`), 'utf8');
    expect(parse(markdown.split('\n---\n')[0]!.slice(4)).strings.translatedFrom).toBe('ترجمة عن الإنجليزية');
    expect(await readFile(path.join(project, 'output', 'ar', `${slug}.html`), 'utf8')).toContain('<footer><p>ترجمة عن الإنجليزية</p></footer>');
  });
});
