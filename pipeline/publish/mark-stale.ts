import { h } from 'hastscript';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { parseDocument } from 'yaml';
import { writeFileAtomic } from '../store/write-file-atomic.js';
import { readEdition } from './read-edition.js';

/** What a site shows above an edition that predates its source, when the project words it nowhere. */
export const defaultStaleNotice = 'This translation is of an earlier version of the article; the original has been updated since.';

/**
 * Marks a published edition that a build could not replace as predating the current source:
 * when the `sourceHash` in its front matter is not the source's hash now, the Markdown gets
 * `stale: true` in its front matter (for a site to hide or flag it) and the HTML preview a
 * visible notice. Returns whether the edition is stale. Files tarjama did not write are left
 * alone; an edition already marked is not written again.
 */
export async function markStale(markdownFile: string, htmlFile: string, sourceHash: string, notice: string, root: string): Promise<boolean> {
  const markdown = readEdition(markdownFile, null);
  if (markdown === null || !markdown.startsWith('---\n')) return false;
  const end = markdown.indexOf('\n---\n', 3);
  if (end < 0) return false;
  const frontMatter = parseDocument(markdown.slice(4, end + 1));
  if (frontMatter.errors.length > 0 || frontMatter.get('sourceHash') === sourceHash) return false;
  if (frontMatter.get('stale') !== true) {
    frontMatter.set('stale', true);
    await writeFileAtomic(markdownFile, `---\n${frontMatter.toString({ lineWidth: 0 })}${markdown.slice(end + 1)}`, root);
  }
  const html = readEdition(htmlFile, null);
  if (html !== null && html.includes('<body>') && !html.includes('<p class="stale-notice"')) {
    const banner = unified()
      .use(rehypeStringify)
      .stringify(h(null, [h('p', { className: ['stale-notice'], role: 'note' }, notice)]));
    await writeFileAtomic(htmlFile, html.replace('<body>', `<body>${banner}`), root);
  }
  return true;
}
