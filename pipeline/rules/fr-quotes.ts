import type { ContentRule } from './rule.js';
import { language } from './text-tools.js';

/** `fr-quotes`: French quotes with « », not straight "…", where the source quotes. */
export const frQuotes: ContentRule = {
  id: 'fr-quotes',
  severity: 'error',
  reviewable: true,
  summary: 'French: straight `"…"` quotes where the source quotes; French uses « » with no-break spaces',
  example: 'French quotes with « » and no-break spaces, not straight "…"',
  check({ sourceText, translationText, locale }) {
    if (language(locale) !== 'fr' || !/["“”]/.test(sourceText)) return [];
    const index = translationText.indexOf('"');
    return index < 0 ? [] : [{ message: 'French quotes with « » and no-break spaces («\\u00A0…\\u00A0»), not straight "…"', index }];
  },
};
