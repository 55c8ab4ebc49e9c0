import type { RuleMeta } from './rule.js';

/** `stale`: the source-locale catalog is out of date. */
export const stale: RuleMeta = {
  id: 'stale',
  severity: 'error',
  summary: 'the source-locale catalog does not match the source: run `tarjama extract`',
  example: '"p-…" no longer matches source/x.md (line 12); run `tarjama extract`',
};
