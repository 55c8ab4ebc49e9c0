import type { RuleMeta } from './rule.js';

/** `missing`: a key has no translation. */
export const missing: RuleMeta = {
  id: 'missing',
  severity: 'error',
  summary: 'the locale has no translation for a key',
  example: 'no Arabic translation for "p-…"; add it to locales/ar/x.json. Source: "…"',
};
