import type { PhrasingContent } from 'mdast';
import { imageDescriptions } from '../markdown/image-descriptions.js';
import { movedLinks } from '../markdown/moved-links.js';
import type { Reference } from '../markdown/to-message.js';
import { quote } from './finding-messages.js';
import { plainTextProblems, type TextProblem } from './plain-text-problems.js';

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
export function blockTextProblems(source: ParsedText, translation: ParsedText, references: readonly Reference[], localized: ReadonlyMap<string, string>): TextProblem[] {
  const problems: TextProblem[] = [];
  const translated = imageDescriptions(translation.text, translation.children, references);
  for (const [label, described] of imageDescriptions(source.text, source.children, references)) {
    const image = translated.get(label);
    if (!image) continue;
    const what = `the description (alt text) of the image ![…][${label}]`;
    if (hasLetter.test(described.alt) && !hasLetter.test(image.alt)) {
      problems.push({ rule: 'markup', message: `rejected: the translation leaves the image ![…][${label}] without a description (alt text), which the source gives: ${quote(described.alt)}; translate it between "![" and "][${label}]"`, index: image.index });
    }
    problems.push(...plainTextProblems(what, described.raw, image.raw, image.index));
  }
  const moved = movedLinks(source.children, translation.children, references, localized);
  if (moved.length > 0) {
    const where = moved.map((link) => `${quote(link.text)} now links to [${link.label}] (${link.url}), which the source gives to ${quote(link.sourceText)}`).join('; ');
    problems.push({ rule: 'link-order', message: `the links are in another order than in the source: ${where}; check that each text links where it should (a reordering made on purpose can stay: this is a warning)`, index: moved[0]?.index ?? 0 });
  }
  return problems;
}
