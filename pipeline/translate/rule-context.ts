import type { Config } from '../config/config.js';
import type { GlossaryTerm } from '../rules/glossary-file.js';
import { severityOf } from '../rules/all-rules.js';
import type { RuleSettings } from '../rules/rule.js';
import type { RuleId, Severity } from '../report/finding.js';

/** What translating a document needs to know about the project's rules. */
export interface RuleContext {
  sourceLocale: string;
  severity(rule: RuleId): Severity | 'off';
  settings: RuleSettings;
  /** The URLs a translation may use instead of a source link's, for a locale (`localizedUrls`). */
  localizedUrls(url: string, locale: string): string[];
}

/** Builds the rule context from the config, the glossary and i18next's directions. */
export function ruleContext(config: Config, glossary: readonly GlossaryTerm[], direction: (locale: string) => 'ltr' | 'rtl'): RuleContext {
  return {
    sourceLocale: config.sourceLocale,
    severity: (rule) => severityOf(rule, config.rules),
    settings: {
      glossary,
      direction,
      numberingSystem: (locale) => config.localeOptions[locale]?.numberingSystem ?? new Intl.NumberFormat(locale).resolvedOptions().numberingSystem,
    },
    localizedUrls: (url, locale) =>
      config.localizedUrls.filter((entry) => url.startsWith(entry.source)).map((entry) => `${entry.translated.replaceAll('{{lng}}', locale)}${url.slice(entry.source.length)}`),
  };
}
