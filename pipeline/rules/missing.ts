import { localeName } from '../report/locale-name.js';
import { quote } from './quote.js';
import type { UsableRule } from './rule.js';

/**
 * `missing`: a key has no translation, or its value is the empty string that `extract` writes
 * for a translator to fill (in the source locale's catalog, that is `stale`).
 */
export const missing: UsableRule = {
  id: 'missing',
  severity: 'error',
  summary: 'the locale has no translation for a key (no value, or the empty one `extract` writes to fill)',
  example: 'no Arabic translation for "p-…" yet; fill in its value in locales/ar/x.json. Source: "…"',
  usable({ segment, value, target, isSourceLocale }) {
    if (isSourceLocale || (value !== undefined && value !== '')) return undefined;
    const what = value === undefined ? `add it to ${target.file}` : `fill in its value in ${target.file}`;
    return `no ${localeName(target.locale)} translation for "${segment.key}" yet; ${what}. Source: ${quote(segment.text)}`;
  },
};
