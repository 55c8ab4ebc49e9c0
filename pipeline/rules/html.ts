import { plainTextMessage } from './plain-text-message.js';
import type { StructureRule } from './rule.js';
import { skeletonMessage } from './skeleton-message.js';

/** `html`: a translation changes inline HTML. */
export const html: StructureRule<'html'> = {
  id: 'html',
  severity: 'error',
  summary: 'inline HTML differs from the source',
  example: 'rejected: the translation lacks inline HTML <abbr>; copy inline HTML exactly as in the source',
  structure: (problem) => (problem.kind === 'skeleton' ? skeletonMessage(problem, 'copy inline HTML exactly as in the source') : plainTextMessage(problem)),
};
