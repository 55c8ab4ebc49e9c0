import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import type { Processor } from 'unified';

/** An extension of mdast-util-from-markdown, as remark-gfm gives them. */
type FromMarkdownExtension = ReturnType<typeof gfmAutolinkLiteralFromMarkdown>;

/**
 * Keeps the GFM autolink literals that micromark's parser finds (`www.example.com`,
 * `https://…`, `press@example.ma`: GitHub's parse-time algorithm, the one micromark's HTML
 * renders) and no others: it takes out the transform mdast-util-gfm-autolink-literal runs over
 * the parsed text afterwards (GitHub's second algorithm), which adds links where an escape or
 * a character reference stopped the parser: `foo\+@bar.example.com`, `a&#64;b.example`. Such a
 * link exists in no rendering of the source but remark's, and written back as an autolink it
 * would become a link everywhere; as text, mdast-util-to-markdown escapes it so that it stays
 * text where the source is text. (Until 2026-12-02 the transform ran and its links were turned
 * back into text: the same tree, without the positions of the texts it had split, for a
 * search of every text of every parse, nearly a tenth of a cold build's parsing: 1.9 s of
 * 21.3 s in a one-thread profile.)
 * It must come after remark-gfm; a remark-gfm that no longer adds the transform where
 * this looks for it (another version of mdast-util-gfm-autolink-literal) is refused.
 */
export function remarkWrittenAutolinks(this: Processor): undefined {
  const [transform] = gfmAutolinkLiteralFromMarkdown().transforms ?? [];
  const extensions = (this.data().fromMarkdownExtensions ?? []).flat() as FromMarkdownExtension[];
  const owner = extensions.find((extension) => transform !== undefined && extension.transforms?.includes(transform));
  if (!owner?.transforms) throw new Error('remark-written-autolinks: remark-gfm’s autolink-literal transform is not where it looks (use it after remark-gfm, with the mdast-util-gfm-autolink-literal remark-gfm uses)');
  owner.transforms = owner.transforms.filter((candidate) => candidate !== transform);
}
