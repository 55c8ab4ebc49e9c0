import { gfmTable } from 'micromark-extension-gfm-table';
import type { Processor } from 'unified';

/** A construct, and an extension with its flow constructs by character, as micromark lists them. */
type Construct = { tokenize: unknown };
type Extension = { flow?: Record<string, Construct | Construct[] | undefined> };

/**
 * Takes GFM tables out of a processor that has remark-gfm: the construct micromark-extension-gfm-table
 * adds at the start of every flow line, found by its tokenizer. That construct reads each
 * paragraph's first line to its end before it finds no delimiter row under it: a processor
 * without it parses a text that has no line a delimiter row could be (`parseMarkdown`) to the
 * same tree, faster. It must come after remark-gfm; a remark-gfm whose tables are not where this
 * looks (another version of micromark-extension-gfm-table) is refused.
 */
export function remarkWithoutTables(this: Processor): undefined {
  const tokenize = (gfmTable().flow?.null as Construct | undefined)?.tokenize;
  const extensions = (this.data().micromarkExtensions ?? []).flat() as Extension[];
  let removed = false;
  for (const extension of extensions) {
    const constructs = extension.flow?.null;
    if (!Array.isArray(constructs)) continue;
    const kept = constructs.filter((construct) => construct.tokenize !== tokenize);
    if (kept.length === constructs.length) continue;
    if (extension.flow) extension.flow.null = kept;
    removed = true;
  }
  if (tokenize === undefined || !removed) throw new Error('remark-without-tables: remark-gfm’s table construct is not where it looks (use it after remark-gfm, with the micromark-extension-gfm-table remark-gfm uses)');
}
