/**
 * How deep tarjama lets each kind of input nest. The parsers it uses, and its own walkers,
 * recurse once (or a few times) per level, so an input nested thousands deep would overflow the
 * stack; each limit stands far above anything a news article, a catalog or a CAT tool writes,
 * and far below where a stack overflows (the README's "Bad input" section says why each value).
 */
export const nestingLimits = {
  /** Block quotes, list items, footnotes, emphasis and links inside one another, in Markdown. */
  markdown: 100,
  /** Elements of raw HTML in an article, inside one another (the preview re-parses them). */
  html: 100,
  /** Arrays and objects in a JSON file (catalogs, the config). */
  json: 64,
  /** Mappings and sequences in an article's YAML front matter. */
  yaml: 64,
  /** Elements of an XLIFF file, from `<xliff>` to the innermost `<g>` or `<pc>`. */
  xliff: 128,
} as const;
