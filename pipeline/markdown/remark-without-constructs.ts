import type { Processor } from 'unified';
import { editGfmConstructs, type OptionalConstruct } from './edit-gfm-constructs.js';

/**
 * Takes GFM constructs out of a processor that has remark-gfm (`editGfmConstructs`): tables
 * (tried at the start of every flow line, each paragraph's first line read to its end before
 * the try fails) and autolink literals (an email tried at every word, `www.` and `http://` at
 * every `w` and `h`). A processor without them parses a text that cannot hold them to the same
 * tree, faster (`parseMarkdown`). It must come after remark-gfm.
 */
export function remarkWithoutConstructs(this: Processor, constructs: readonly OptionalConstruct[]): undefined {
  for (const construct of constructs) editGfmConstructs(this, construct, () => null);
}
