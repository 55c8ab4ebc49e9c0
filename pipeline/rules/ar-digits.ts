import { numbersIn } from './numbers.js';
import type { ContentRule, RuleHit } from './rule.js';
import { language } from './text-tools.js';

const scripts: Record<string, { name: string; test: RegExp }> = {
  latn: { name: 'Western digits (0–9)', test: /[0-9]/ },
  arab: { name: 'Arabic-Indic digits (٠–٩)', test: /[\u0660-\u0669]/ },
  arabext: { name: 'Eastern Arabic-Indic digits (۰–۹)', test: /[\u06F0-\u06F9]/ },
};

/**
 * `ar-digits`: an Arabic translation writes every number in the locale's digits (Moroccan
 * press: Western digits; set `localeOptions.<locale>.numberingSystem`), never mixing scripts.
 */
export const arDigits: ContentRule = {
  id: 'ar-digits',
  severity: 'error',
  reviewable: true,
  summary: 'a number mixes digit scripts, or is not written in the digits the locale uses (`localeOptions.<locale>.numberingSystem`)',
  example: '"٢٠25" mixes digit scripts; write the whole number in Western digits (0–9)',
  check({ translationText, locale, settings }) {
    if (language(locale) !== 'ar') return [];
    const expected = scripts[settings.numberingSystem(locale)];
    const hits: RuleHit[] = [];
    for (const number of numbersIn(translationText)) {
      const used = Object.values(scripts).filter((script) => script.test.test(number.value));
      if (used.length > 1) {
        hits.push({ message: `"${number.value}" mixes digit scripts; write the whole number in ${expected?.name ?? 'one script'}`, index: number.index });
      } else if (expected && used[0] && used[0] !== expected) {
        hits.push({ message: `"${number.value}" is in ${used[0].name}, but ${locale} writes numbers in ${expected.name}`, index: number.index });
      }
    }
    return hits;
  },
};
