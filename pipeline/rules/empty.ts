import { localeName } from '../report/locale-name.js';
import { quote } from './quote.js';
import type { UsableRule } from './rule.js';

/** `empty`: a translation is empty. */
export const empty: UsableRule = {
  id: 'empty',
  severity: 'error',
  summary: 'the translation is empty or blank',
  example: 'the Arabic translation of "th-funding" is empty; translate: "Funding"',
  usable({ segment, value, target }) {
    if (value === undefined || value.trim() !== '') return undefined;
    return `the ${localeName(target.locale)} translation of "${segment.key}" is empty; translate: ${quote(segment.text)}`;
  },
};
