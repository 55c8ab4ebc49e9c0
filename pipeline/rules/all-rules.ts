import type { RuleId, Severity } from '../report/finding.js';
import { arDigits } from './ar-digits.js';
import { arPunctuation } from './ar-punctuation.js';
import { bidiRule } from './bidi.js';
import { code } from './code.js';
import { duplicate } from './duplicate.js';
import { emails } from './emails.js';
import { empty } from './empty.js';
import { endPunctuation } from './end-punctuation.js';
import { frQuotes } from './fr-quotes.js';
import { frSpacing } from './fr-spacing.js';
import { fromMemory } from './from-memory.js';
import { glossary } from './glossary.js';
import { html } from './html.js';
import { invisible } from './invisible.js';
import { linkOrder } from './link-order.js';
import { links } from './links.js';
import { markup } from './markup.js';
import { missing } from './missing.js';
import { numbers } from './numbers.js';
import { obsolete } from './obsolete.js';
import { orphan } from './orphan.js';
import { outdated } from './outdated.js';
import { parse } from './parse.js';
import { placeholders } from './placeholders.js';
import { plurals } from './plurals.js';
import type { ContentRule, RuleMeta, RuleSeverity } from './rule.js';
import { stale } from './stale.js';
import { type } from './type.js';
import { untranslated } from './untranslated.js';
import { unverified } from './unverified.js';
import { urls } from './urls.js';
import { whitespace } from './whitespace.js';

/** The rules that read a translation's text, in the order they run. */
export const contentRules: readonly ContentRule[] = [
  untranslated,
  placeholders,
  numbers,
  urls,
  emails,
  glossary,
  whitespace,
  invisible,
  endPunctuation,
  arPunctuation,
  bidiRule,
  arDigits,
  frSpacing,
  frQuotes,
];

/** Every rule, in the README's order: files, completeness, structure, content, languages, plurals. */
export const allRules: readonly RuleMeta[] = [
  parse,
  duplicate,
  type,
  stale,
  missing,
  empty,
  outdated,
  fromMemory,
  unverified,
  obsolete,
  orphan,
  untranslated,
  markup,
  links,
  linkOrder,
  code,
  html,
  placeholders,
  numbers,
  urls,
  emails,
  glossary,
  whitespace,
  invisible,
  endPunctuation,
  arPunctuation,
  bidiRule,
  arDigits,
  frSpacing,
  frQuotes,
  plurals,
];

const byId = new Map(allRules.map((rule) => [rule.id, rule]));

/** A rule's severity: the config's override, else the rule's default. */
export function severityOf(id: RuleId, overrides: Readonly<Partial<Record<RuleId, RuleSeverity>>> = {}): Severity | 'off' {
  return overrides[id] ?? byId.get(id)?.severity ?? 'error';
}
