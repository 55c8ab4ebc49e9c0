import { localeName } from '../report/locale-name.js';
import type { StateRule } from './rule.js';

/** `unverified`: the state that says whether a translation is current was lost or edited. */
export const unverified: StateRule = {
  id: 'unverified',
  severity: 'error',
  summary: 'the translation state of the article was missing or edited by hand, so nothing shows the translation is current; review it and `tarjama confirm` it',
  example: 'nothing shows "p-…" is current: locales/.tarjama/state/x.json is missing; check the French against the English, then edit it or run `tarjama confirm --locale fr --key p-…`',
  state({ segment, locale, status, entry, problem }) {
    if (status !== 'unverified') return undefined;
    const why = entry ? "the article's state file was lost or edited by hand before the last extract" : problem;
    return { message: `nothing shows "${segment.key}" is current: ${why}; check the ${localeName(locale)} against the source, then edit it or run \`tarjama confirm --locale ${locale} --key ${segment.key}\`` };
  },
};
