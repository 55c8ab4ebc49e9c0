import type { StructureProblem } from './rule.js';

/**
 * What `markup` and `html` say of a plain text (a front-matter field, a link or image title, an
 * alt text) whose translation has Markdown, HTML or a line break the source does not: sites print
 * such fields as they are, some unescaped or through a Markdown filter.
 */
export function plainTextMessage(problem: Extract<StructureProblem, { kind: 'plain-text' }>): string {
  const advice = problem.labels.includes('a line break') ? 'write it on one line, without Markdown or HTML' : 'write it without Markdown or HTML';
  return `rejected: ${problem.what} is plain text, but the translation has ${problem.labels.join(', ')} that the source does not; ${advice}`;
}
