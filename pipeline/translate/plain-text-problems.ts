import { plainTextMarkup } from '../markdown/plain-text-markup.js';
import type { StructureProblem } from '../rules/rule.js';

/**
 * A plain text's translation (a front-matter field, a link or image title, an alt text) must
 * stay plain text: no line break where the source has none, no Markdown or HTML the source
 * does not have. `what` names the text to the translator (`the front-matter field "title"`);
 * `offset` is where the text starts in the translation. The `markup` and `html` rules word them.
 */
export function plainTextProblems(what: string, source: string, translation: string, offset = 0): StructureProblem[] {
  return plainTextMarkup(source, translation).map((markup) => ({ rule: markup.rule, kind: 'plain-text', what, labels: markup.labels, index: offset + markup.index }));
}
