import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

/**
 * The ids of a document's headings, in order, made from each heading's text as GitHub makes
 * them (github-slugger: lower case, punctuation dropped, spaces to `-`, `-1`, `-2`… for
 * repeats); Hugo's `autoHeadingIDType: github` and markdownlint's MD051 give the same ids.
 */
export function headingIds(tree: Root): string[] {
  const slugger = new GithubSlugger();
  const ids: string[] = [];
  const visit = (node: { type: string; children?: unknown[] }): void => {
    if (node.type === 'heading') ids.push(slugger.slug(toString(node as Heading)));
    else for (const child of node.children ?? []) visit(child as { type: string; children?: unknown[] });
  };
  visit(tree);
  return ids;
}

/** Gives a document's headings these ids, in order, for the HTML preview. */
export function applyHeadingIds(tree: Root, ids: readonly string[]): void {
  let index = 0;
  const visit = (node: { type: string; children?: unknown[]; data?: Record<string, unknown> }): void => {
    if (node.type === 'heading') {
      const id = ids[index];
      index += 1;
      if (id !== undefined) node.data = { ...node.data, hProperties: { ...(node.data?.hProperties as object | undefined), id } };
    } else for (const child of node.children ?? []) visit(child as never);
  };
  visit(tree as never);
}
