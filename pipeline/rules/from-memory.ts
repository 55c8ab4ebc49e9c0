import type { StateRule } from './rule.js';

/** `from-memory`: a translation was reused from memory and needs review. */
export const fromMemory: StateRule = {
  id: 'from-memory',
  severity: 'warning',
  summary: '`extract` filled the key from another translation of the same text; review it',
  example: '"p-…" was filled from another translation of the same text; review it, then edit it or run `tarjama confirm --locale fr --key p-…`',
  state({ segment, locale, status }) {
    if (status !== 'from-memory') return undefined;
    return { message: `"${segment.key}" was filled from another translation of the same text; review it, then edit it or run \`tarjama confirm --locale ${locale} --key ${segment.key}\`` };
  },
};
