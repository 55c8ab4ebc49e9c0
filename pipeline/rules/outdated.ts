import type { RuleMeta } from './rule.js';

/** `outdated`: a translation was made for an older source text. */
export const outdated: RuleMeta = {
  id: 'outdated',
  severity: 'error',
  summary: 'the source changed after the translation was made; fix it or `tarjama confirm` it',
  example: 'the source of "p-…" changed after it was translated (… [-four-]{+five+} reports …); update the French translation, or run `tarjama confirm --locale fr --key p-…` if it still fits',
};
