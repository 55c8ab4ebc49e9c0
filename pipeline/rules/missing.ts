import { localeName } from '../report/locale-name.js';
import { quote } from './quote.js';
import type { UsableRule } from './rule.js';

/** `missing`: a key has no translation (in the source locale's catalog, that is `stale`). */
export const missing: UsableRule = {
  id: 'missing',
  severity: 'error',
  summary: 'the locale has no translation for a key',
  example: 'no Arabic translation for "p-…"; add it to locales/ar/x.json. Source: "…"',
  usable({ segment, value, target, isSourceLocale }) {
    if (isSourceLocale || value !== undefined) return undefined;
    return `no ${localeName(target.locale)} translation for "${segment.key}"; add it to ${target.file}. Source: ${quote(segment.text)}`;
  },
};
