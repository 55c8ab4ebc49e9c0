import type { Root, RootContent } from 'mdast';

/**
 * Points an edition's in-page links (`[le contexte](#background)`, and link definitions) at its
 * own headings: a fragment that is the id of the source's n-th heading becomes the id of the
 * edition's n-th heading (`#contexte`, `#السياق`), as GitHub, Hugo and markdownlint make them.
 * Other fragments (footnotes, anchors written in HTML) are left as they are.
 */
export function localizeFragments(tree: Root, sourceIds: readonly string[], editionIds: readonly string[]): void {
  const renamed = new Map<string, string>();
  // Duplicates keep their first heading, as a browser does with the first element of an id.
  for (const [index, id] of sourceIds.entries()) {
    const edition = editionIds[index];
    if (edition !== undefined && !renamed.has(id)) renamed.set(id, edition);
  }
  const visit = (node: Root | RootContent): void => {
    if ((node.type === 'link' || node.type === 'definition') && node.url.startsWith('#')) {
      const id = renamed.get(decodedFragment(node.url.slice(1)));
      if (id !== undefined) node.url = `#${id}`;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
}

/** A fragment as its heading id reads (`%C3%A9` → `é`); as written when it is not valid percent-encoding. */
function decodedFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
