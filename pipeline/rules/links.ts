import type { StructureRule } from './rule.js';
import { skeletonMessage } from './skeleton-message.js';

/** `links`: a translation changes a link target. */
export const links: StructureRule<'links'> = {
  id: 'links',
  severity: 'error',
  summary: 'a link or image target differs from the source (a URL written into the translation, or a changed autolink address), unless `localizedUrls` allows it',
  example: 'rejected: the translation has a link to https://evil.example that the source does not; write links as [text][n] with the number the source uses; URLs come from the source',
  structure: (difference) => skeletonMessage(difference, 'write links as [text][n] with the number the source uses; URLs come from the source'),
};
