import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Processor } from 'unified';

/** A GFM construct `parseMarkdown` can leave out where a text cannot hold it. */
export type OptionalConstruct = 'table' | 'autolinkLiteral';

/** A construct, and an extension with its constructs by character, as micromark lists them. */
type Construct = { tokenize: unknown };
type Constructs = Record<string, Construct | Construct[] | undefined>;
type Extension = { flow?: Constructs; text?: Constructs };

/** The tokenizers of each construct, as remark-gfm's micromark extensions hold them, and where. */
const tokenizers = (construct: OptionalConstruct): { place: 'flow' | 'text'; tokenize: Set<unknown> } => {
  const constructs = construct === 'table' ? gfmTable().flow : gfmAutolinkLiteral().text;
  const list = Object.values(constructs ?? {}).flat() as Construct[];
  return { place: construct === 'table' ? 'flow' : 'text', tokenize: new Set(list.map((item) => item.tokenize)) };
};

/**
 * Takes GFM constructs out of a processor that has remark-gfm, found by their tokenizers:
 * tables (tried at the start of every flow line, each paragraph's first line read to its end
 * before the try fails) and autolink literals (an email tried at every word, `www.` and
 * `http://` at every `w` and `h`). A processor without them parses a text that cannot hold them
 * to the same tree, faster (`parseMarkdown`). It must come after remark-gfm; a construct that is
 * not where this looks (another version of the micromark extension remark-gfm uses) is refused.
 */
export function remarkWithoutConstructs(this: Processor, constructs: readonly OptionalConstruct[]): undefined {
  const extensions = (this.data().micromarkExtensions ?? []).flat() as Extension[];
  for (const construct of constructs) {
    const { place, tokenize } = tokenizers(construct);
    let removed = 0;
    for (const extension of extensions) {
      const byCharacter = extension[place];
      if (!byCharacter) continue;
      for (const [character, value] of Object.entries(byCharacter)) {
        const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
        const kept = list.filter((item) => !tokenize.has(item.tokenize));
        removed += list.length - kept.length;
        if (kept.length === list.length) continue;
        if (kept.length === 0) delete byCharacter[character];
        else byCharacter[character] = kept;
      }
    }
    if (tokenize.size === 0 || removed === 0) throw new Error(`remark-without-constructs: remark-gfm’s ${construct} construct is not where it looks (use it after remark-gfm, with the micromark extension remark-gfm uses)`);
  }
}
