import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Processor } from 'unified';

/** A GFM construct tarjama's parsers may leave out or narrow where a text cannot hold it. */
export type OptionalConstruct = 'table' | 'autolinkLiteral';

/** A construct, and an extension with its constructs by character, as micromark lists them. */
export type Construct = { tokenize: unknown };
type Constructs = Record<string, Construct | Construct[] | undefined>;
type Extension = { flow?: Constructs; text?: Constructs };

/** The tokenizers of each construct, as remark-gfm's micromark extensions hold them, and where. */
const tokenizers = (construct: OptionalConstruct): { place: 'flow' | 'text'; tokenize: Set<unknown> } => {
  const constructs = construct === 'table' ? gfmTable().flow : gfmAutolinkLiteral().text;
  const list = Object.values(constructs ?? {}).flat() as Construct[];
  return { place: construct === 'table' ? 'flow' : 'text', tokenize: new Set(list.map((item) => item.tokenize)) };
};

/**
 * Replaces a GFM construct in the micromark extensions of a processor that has remark-gfm,
 * found by its tokenizers: `edit` gives what stands in its place (null: nothing). The
 * extensions are the processor's own (remark-gfm makes them for each processor). It must come
 * after remark-gfm; a construct that is not where this looks (another version of the micromark
 * extension remark-gfm uses) is refused.
 */
export function editGfmConstructs(processor: Processor, construct: OptionalConstruct, edit: (found: Construct) => Construct | null): void {
  const extensions = (processor.data().micromarkExtensions ?? []).flat() as Extension[];
  const { place, tokenize } = tokenizers(construct);
  let edited = 0;
  for (const extension of extensions) {
    const byCharacter = extension[place];
    if (!byCharacter) continue;
    for (const [character, value] of Object.entries(byCharacter)) {
      const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
      if (!list.some((item) => tokenize.has(item.tokenize))) continue;
      const kept = list.flatMap((item) => (tokenize.has(item.tokenize) ? ((edited += 1), [edit(item)].filter((made): made is Construct => made !== null)) : [item]));
      if (kept.length === 0) delete byCharacter[character];
      else byCharacter[character] = Array.isArray(value) ? kept : (kept[0] as Construct);
    }
  }
  if (tokenize.size === 0 || edited === 0) throw new Error(`remark-gfm’s ${construct} construct is not where tarjama looks (its plugins come after remark-gfm, with the micromark extension remark-gfm uses)`);
}
