import type { Nodes, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Processor } from 'unified';

/**
 * Keeps the GFM autolink literals that micromark's parser finds (`www.example.com`,
 * `https://…`, `press@example.ma`: GitHub's parse-time algorithm, the one micromark's HTML
 * renders) and turns back into text those that mdast-util-gfm-autolink-literal's transform
 * adds to the parsed text afterwards (GitHub's second algorithm), where an escape or a character
 * reference stopped the parser: `foo\+@bar.example.com`, `a&#64;b.example`. Such a link
 * exists in no rendering of the source but remark's, and written back as an autolink it would
 * become a link everywhere; as text, mdast-util-to-markdown escapes it so that it stays text
 * where the source is text. The transform's links are the only ones without a position. It
 * must come after remark-gfm.
 */
export function remarkWrittenAutolinks(this: Processor): undefined {
  const data = this.data();
  (data.fromMarkdownExtensions ??= []).push({ transforms: [(tree: Root) => void unlink(tree)] });
}

function unlink(node: Nodes): void {
  if (!('children' in node)) return;
  if (!node.children.some((child) => child.type === 'link' && child.position === undefined)) {
    for (const child of node.children) unlink(child);
    return;
  }
  const children: PhrasingContent[] = [];
  for (const child of node.children as PhrasingContent[]) {
    const text = child.type === 'link' && child.position === undefined ? { type: 'text' as const, value: toString(child) } : child;
    const last = children.at(-1);
    // Text next to text is one text node, as the parser makes it.
    if (text.type === 'text' && last?.type === 'text') children[children.length - 1] = { type: 'text', value: last.value + text.value };
    else {
      children.push(text);
      unlink(text);
    }
  }
  (node as { children: PhrasingContent[] }).children = children;
}
