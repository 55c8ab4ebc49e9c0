import type { RuleMeta } from './rule.js';

/** `from-memory`: a translation was reused from memory and needs review. */
export const fromMemory: RuleMeta = {
  id: 'from-memory',
  severity: 'warning',
  summary: '`extract` filled the key from another translation of the same text; review it',
  example: '"p-…" was filled from another translation of the same text; review it, then edit it or run `tarjama confirm --locale fr --key p-…`',
};
