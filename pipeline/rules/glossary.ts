import type { GlossaryTerm } from './glossary-file.js';
import type { ContentRule, RuleHit } from './rule.js';
import { termPattern } from './term-pattern.js';
import { visibleText } from './visible-text.js';

/** Lower case, one kind of apostrophe and of space, no invisible characters, so that comparisons ignore typography. */
function fold(text: string): string {
  return visibleText(text).normalize('NFC').toLowerCase().replace(/[’‘`]/g, "'").replace(/[\u00A0\u202F\s]+/g, ' ');
}

/** `glossary`: the newsroom's terms are rendered as `locales/glossary.json` requires, never as it forbids. */
export const glossary: ContentRule = {
  id: 'glossary',
  severity: 'error',
  reviewable: true,
  summary: 'a glossary term of the source is not rendered as `locales/glossary.json` requires, or a forbidden rendering is used',
  example: '"Presidency of the Public Prosecutor’s Office" must be rendered "Présidence du Ministère public" (locales/glossary.json)',
  check({ sourceText, translationText, locale, settings }) {
    // Most projects have no glossary: then there is nothing to fold either (about 1.5 % of a cold build's samples).
    if (settings.glossary.length === 0) return [];
    const source = fold(sourceText);
    const translation = fold(translationText);
    const hits: RuleHit[] = [];
    for (const term of settings.glossary) {
      if (!termPattern(term.term).test(source)) continue;
      const required = term.required[locale];
      if (required && required.length > 0 && !required.some((rendering) => translation.includes(fold(rendering)))) {
        const options = required.map((rendering) => `"${rendering}"`).join(' or ');
        hits.push({ message: `"${term.term}" must be rendered ${options} (locales/glossary.json${term.note ? `: ${term.note}` : ''})`, suggestion: required[0] as string });
      }
      for (const rendering of term.forbidden[locale] ?? []) {
        const index = translation.indexOf(fold(rendering));
        if (index >= 0) hits.push({ message: `"${rendering}" is a forbidden rendering of "${term.term}"${required?.[0] ? `; write "${required[0]}"` : ''} (locales/glossary.json)`, index });
      }
    }
    return hits;
  },
};
