import type { RuleMeta } from './rule.js';

/** `unverified`: the state that says whether a translation is current was lost or edited. */
export const unverified: RuleMeta = {
  id: 'unverified',
  severity: 'error',
  summary: 'the translation state of the article was missing or edited by hand, so nothing shows the translation is current; review it and `tarjama confirm` it',
  example: 'nothing shows "p-…" is current: locales/.tarjama/state/x.json is missing; check the French against the English, then edit it or run `tarjama confirm --locale fr --key p-…`',
};
