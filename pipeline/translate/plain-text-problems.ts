import { plainTextMarkup } from '../markdown/plain-text-markup.js';
import type { RuleId } from '../report/finding.js';

/** Something wrong with a translation's structure: its rule, what to say and where it starts in the translation. */
export interface TextProblem {
  rule: RuleId;
  message: string;
  index: number;
}

/**
 * A plain text's translation (a front-matter field, a link or image title, an alt text) must
 * stay plain text: no line break where the source has none, no Markdown or HTML the source
 * does not have, since sites print such fields as they are, some unescaped or through a
 * Markdown filter. `what` names the text to the translator: `the front-matter field "title"`.
 */
export function plainTextProblems(what: string, source: string, translation: string, offset = 0): TextProblem[] {
  return plainTextMarkup(source, translation).map((markup) => {
    const advice = markup.labels.includes('a line break') ? 'write it on one line, without Markdown or HTML' : 'write it without Markdown or HTML';
    return { rule: markup.rule, message: `rejected: ${what} is plain text, but the translation has ${markup.labels.join(', ')} that the source does not; ${advice}`, index: offset + markup.index };
  });
}
