import { plainTextMessage } from './plain-text-message.js';
import { quote } from './quote.js';
import type { StructureRule } from './rule.js';
import { skeletonMessage } from './skeleton-message.js';

/** `markup`: a translation breaks the inline structure, cannot be parsed, or puts markup in a plain text. */
export const markup: StructureRule<'markup'> = {
  id: 'markup',
  severity: 'error',
  summary: 'inline structure differs: emphasis, links `[…][n]`, images, footnote references, hard breaks; a lost bracket; or more than one paragraph',
  example: 'rejected: the translation lacks the link […][1]; keep every *…*, **…**, [text][n], ![alt][n] and [^n] of the source, with both brackets',
  structure(problem) {
    switch (problem.kind) {
      case 'unparsed':
        return `rejected: ${problem.problem}`;
      case 'skeleton':
        return skeletonMessage(problem, 'keep every *…*, **…**, [text][n], ![alt][n] and [^n] of the source, with both brackets');
      case 'plain-text':
        return plainTextMessage(problem);
      case 'no-description':
        return `rejected: the translation leaves the image ![…][${problem.label}] without a description (alt text), which the source gives: ${quote(problem.alt)}; translate it between "![" and "][${problem.label}]"`;
    }
  },
};
