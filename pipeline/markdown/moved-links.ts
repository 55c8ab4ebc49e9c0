import type { PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visitInline, type InlineOfKind, type InlineVisit } from './inline-nodes.js';
import type { Reference } from './to-message.js';

/** A link of a translation that is not where the source has the link it stands for. */
export interface MovedLink {
  /** The translation's link text. */
  text: string;
  label: string;
  url: string;
  /** The text the source gives that link. */
  sourceText: string;
  /** Where the link starts in the translation. */
  index: number;
}

interface Found {
  label: string;
  text: string;
  index: number;
}

interface Search {
  links: ReadonlyMap<string, Reference>;
  localized: ReadonlyMap<string, string>;
  found: Found[];
}

/** A link whose label (or localised URL) is one of the message's links, then the links inside it. */
function visitLink(node: InlineOfKind<'link'>, search: Search): void {
  const label = node.type === 'linkReference' ? node.identifier : search.localized.get(node.url);
  if (label !== undefined && search.links.has(label)) search.found.push({ label, text: toString(node), index: node.position?.start.offset ?? 0 });
  findLinks(node.children, search);
}

const findLinks: InlineVisit<Search> = visitInline<Search>({ link: visitLink, linkReference: visitLink });

/** The links of a message that can point at something else (`[text][n]`, not an address shown as its own text), in reading order. */
function linksOf(children: readonly PhrasingContent[], links: ReadonlyMap<string, Reference>, localized: ReadonlyMap<string, string>): Found[] {
  const search: Search = { links, localized, found: [] };
  findLinks(children, search);
  return search.found;
}

/**
 * The links a translation has in another order than its source: each link (in the
 * translation's order) whose number differs from the source's link at the same place, so
 * that a reviewer sees which text now points where. Call it once the two have the same links.
 * `localized` maps URLs a translation may write instead of a reference to its label.
 */
export function movedLinks(source: readonly PhrasingContent[], translation: readonly PhrasingContent[], references: readonly Reference[], localized: ReadonlyMap<string, string> = new Map()): MovedLink[] {
  const links = new Map(references.filter((reference) => reference.kind === 'link' && reference.locked === undefined).map((reference) => [reference.label, reference]));
  if (links.size < 2) return [];
  const inSource = linksOf(source, links, new Map());
  const inTranslation = linksOf(translation, links, localized);
  const sourceText = new Map(inSource.map((link) => [link.label, link.text]));
  return inTranslation.flatMap((link, position) =>
    inSource[position]?.label === link.label ? [] : [{ text: link.text, label: link.label, url: links.get(link.label)?.url ?? '', sourceText: sourceText.get(link.label) ?? '', index: link.index }],
  );
}
