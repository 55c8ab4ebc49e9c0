import type { AcceptedFinding } from '../catalog/accepted-file.js';
import { isSourceHash, textHash } from '../catalog/translation-state.js';
import type { Config } from '../config/config.js';
import type { GlossaryTerm } from '../rules/glossary-file.js';
import { severityOf } from '../rules/all-rules.js';
import type { RuleSettings } from '../rules/rule.js';
import type { RuleId, Severity } from '../report/finding.js';
import { perLocale } from '../util/per-locale.js';

/** What translating a document needs to know about the project's rules. */
export interface RuleContext {
  sourceLocale: string;
  severity(rule: RuleId): Severity | 'off';
  settings: RuleSettings;
  /** The URLs a translation may use instead of a source link's, for a locale (`localizedUrls`). */
  localizedUrls(url: string, locale: string): string[];
  /** Whether a reviewer accepted the finding of `rule` on this key for exactly these texts (`tarjama accept`). */
  accepted(finding: { locale: string; namespace: string; key: string; rule: RuleId }, source: string, translation: string): boolean;
}

/** Builds the rule context from the config, the glossary, i18next's directions and the accepted findings. */
export function ruleContext(config: Config, glossary: readonly GlossaryTerm[], direction: (locale: string) => 'ltr' | 'rtl', accepted: readonly AcceptedFinding[] = []): RuleContext {
  const identity = (item: { locale: string; namespace: string; key: string; rule: string }): string => JSON.stringify([item.locale, item.namespace, item.key, item.rule]);
  const byFinding = new Map(accepted.map((item) => [identity(item), item]));
  const defaultDigits = perLocale((locale) => new Intl.NumberFormat(locale).resolvedOptions().numberingSystem);
  return {
    accepted: (finding, source, translation) => {
      const item = byFinding.size === 0 ? undefined : byFinding.get(identity(finding));
      return item !== undefined && isSourceHash(item.source, source) && item.translation === textHash(translation);
    },
    sourceLocale: config.sourceLocale,
    severity: (rule) => severityOf(rule, config.rules),
    settings: {
      glossary,
      direction: perLocale(direction),
      numberingSystem: (locale) => config.localeOptions[locale]?.numberingSystem ?? defaultDigits(locale),
    },
    localizedUrls: (url, locale) =>
      config.localizedUrls.filter((entry) => url.startsWith(entry.source)).map((entry) => `${entry.translated.replaceAll('{{lng}}', locale)}${url.slice(entry.source.length)}`),
  };
}
