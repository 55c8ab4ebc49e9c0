/**
 * The id of every rule, without the rules themselves: the CLI and the config check ids at
 * start-up, and a build with nothing to do should not load the rules (nor bidi-js) for that.
 */
export const ruleIds = [
  'parse',
  'duplicate',
  'type',
  'stale',
  'missing',
  'empty',
  'outdated',
  'from-memory',
  'unverified',
  'obsolete',
  'orphan',
  'untranslated',
  'markup',
  'links',
  'link-order',
  'code',
  'html',
  'placeholders',
  'numbers',
  'urls',
  'emails',
  'glossary',
  'whitespace',
  'invisible',
  'end-punctuation',
  'ar-punctuation',
  'bidi',
  'ar-digits',
  'fr-spacing',
  'fr-quotes',
  'plurals',
] as const;

/** Every rule tarjama reports. */
export type RuleId = (typeof ruleIds)[number];

const known: ReadonlySet<string> = new Set(ruleIds);

/** Whether a string names a rule. */
export function isRuleId(id: string): id is RuleId {
  return known.has(id);
}
