import type { PhrasingContent } from 'mdast';
import { imageDescriptions } from '../markdown/image-descriptions.js';
import { movedLinks } from '../markdown/moved-links.js';
import type { Reference } from '../markdown/to-message.js';
import type { StructureProblem } from '../rules/rule.js';
import { plainTextProblems } from './plain-text-problems.js';

/** A message and its inline content. */
export interface ParsedText {
  text: string;
  children: readonly PhrasingContent[];
}

const hasLetter = /\p{L}/u;

/**
 * What the inline structure check cannot see in a block whose translation has the source's
 * links and images: an image description (alt text) emptied, or given markup, as a plain text
 * would be (`plainTextProblems`); and links in another order than the source's, so that a
 * text may now point at the address the source gives another (`link-order`, a warning).
 */
export function blockTextProblems(source: ParsedText, translation: ParsedText, references: readonly Reference[], localized: ReadonlyMap<string, string>): StructureProblem[] {
  const problems: StructureProblem[] = [];
  const translated = imageDescriptions(translation.text, translation.children, references);
  for (const [label, described] of imageDescriptions(source.text, source.children, references)) {
    const image = translated.get(label);
    if (!image) continue;
    if (hasLetter.test(described.alt) && !hasLetter.test(image.alt)) problems.push({ rule: 'markup', kind: 'no-description', label, alt: described.alt, index: image.index });
    problems.push(...plainTextProblems(`the description (alt text) of the image ![…][${label}]`, described.raw, image.raw, image.index));
  }
  const moved = movedLinks(source.children, translation.children, references, localized);
  if (moved.length > 0) problems.push({ rule: 'link-order', kind: 'moved', links: moved, index: moved[0]?.index ?? 0 });
  return problems;
}
