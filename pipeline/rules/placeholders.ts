import type { ContentRule } from './rule.js';
import { matchesOf, multisetDifference } from './text-tools.js';

const pattern = /\{\{[^{}]*\}\}|\$t\([^()]*\)/g;

/** Whether a text may hold a placeholder: one has `{{` or `$t(`. */
function mayHold(text: string): boolean {
  return text.includes('{{') || text.includes('$t(');
}

/** `placeholders`: i18next `{{…}}` interpolations and `$t(…)` nestings must be the source's. */
export const placeholders: ContentRule = {
  id: 'placeholders',
  severity: 'error',
  summary: 'i18next `{{…}}` interpolations and `$t(…)` nestings differ from the source',
  example: 'the translation lacks {{count}}; copy every {{…}} and $t(…) of the source exactly',
  check({ key, source, translation, sourceText, translationText }) {
    // Every placeholder opens with one of these: most texts of an article have none on either side.
    if (!mayHold(sourceText) && !mayHold(translationText)) return [];
    // Found in the masked texts (never inside code), quoted from the raw ones: messages show no U+FFFC.
    const raw = (text: string, masked: string) => matchesOf(masked, pattern).map((match) => ({ value: text.slice(match.index, match.index + match.value.length), index: match.index }));
    const found = raw(translation, translationText);
    const difference = multisetDifference(raw(source, sourceText).map((match) => match.value), found.map((match) => match.value));
    // The zero, one and two forms of a plural may say the number in words ("دقيقة واحدة").
    const implied = /_(zero|one|two)$/.test(key);
    const missing = difference.missing.filter((placeholder) => !(implied && /^\{\{\s*count\b/.test(placeholder)));
    const { extra } = difference;
    if (missing.length === 0 && extra.length === 0) return [];
    const parts = [missing.length > 0 ? `lacks ${missing.join(', ')}` : '', extra.length > 0 ? `has ${extra.join(', ')} that the source does not` : ''].filter(Boolean);
    const index = extra.length > 0 ? found.find((match) => match.value === extra[0])?.index : undefined;
    return [{ message: `the translation ${parts.join(' and ')}; copy every {{…}} and $t(…) of the source exactly`, ...(index === undefined ? {} : { index }) }];
  },
};
