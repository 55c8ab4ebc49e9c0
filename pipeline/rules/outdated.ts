import { localeName } from '../report/locale-name.js';
import type { StateRule } from './rule.js';
import { shortWordDiff, wordDiff } from './word-diff.js';

/** `outdated`: a translation was made for an older source text. */
export const outdated: StateRule = {
  id: 'outdated',
  severity: 'error',
  summary: 'the source changed after the translation was made; fix it or `tarjama confirm` it',
  example: 'the source of "p-…" changed after it was translated (… [-four-]{+five+} reports …); update the French translation, or run `tarjama confirm --locale fr --key p-…` if it still fits',
  state({ segment, locale, status, entry }) {
    if (status !== 'outdated' || !entry) return undefined;
    const message = `the source of "${segment.key}" changed after it was translated (${shortWordDiff(entry.sourceText, segment.text)}); update the ${localeName(locale)} translation, or run \`tarjama confirm --locale ${locale} --key ${segment.key}\` if it still fits`;
    return { message, previousSource: entry.sourceText, diff: wordDiff(entry.sourceText, segment.text) };
  },
};
