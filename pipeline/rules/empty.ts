import { localeName } from '../report/locale-name.js';
import { quote } from './quote.js';
import type { UsableRule } from './rule.js';

/** `empty`: a translation is blank, white space only (an empty value is still to fill: `missing`). */
export const empty: UsableRule = {
  id: 'empty',
  severity: 'error',
  summary: 'the translation is blank: white space only',
  example: 'the Arabic translation of "th-funding" is blank (white space only); translate: "Funding"',
  usable({ segment, value, target }) {
    if (value === undefined || value === '' || value.trim() !== '') return undefined;
    return `the ${localeName(target.locale)} translation of "${segment.key}" is blank (white space only); translate: ${quote(segment.text)}`;
  },
};
