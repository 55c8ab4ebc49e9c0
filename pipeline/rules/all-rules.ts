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
import type { CatalogRule, ContentRule, RuleMeta, RuleSeverity, StateRule, StructureProblem, StructureRule, StructureRuleId, UsableRule } from './rule.js';
import { stale } from './stale.js';
import { type } from './type.js';
import { untranslated } from './untranslated.js';
import { unverified } from './unverified.js';
import { urls } from './urls.js';
import { whitespace } from './whitespace.js';

/**
 * The registry the translator runs, one list per kind of check, each at its place: the catalog
 * rules once per catalog file; then, key by key, the usable rules (the first message stops the
 * key), the state rules, the structure rules (each words the problems of its id) and the content
 * rules; last, `plurals` (see `translateDocument`).
 */
export const catalogRules: readonly CatalogRule[] = [parse, duplicate, type, stale, obsolete];

/** The rules that decide whether a key has a usable translation: at most one speaks for a key. */
export const usableRules: readonly UsableRule[] = [missing, stale, empty];

/** The rules that read a usable translation's state: at most one speaks for a key. */
export const stateRules: readonly StateRule[] = [outdated, fromMemory, unverified];

const structureRules: { [Id in StructureRuleId]: StructureRule<Id> } = { markup, links, code, html, 'link-order': linkOrder };

/** What the rule of a structure problem says of it. */
export function structureMessage(problem: StructureProblem): string {
  // The problem's kind matches its rule's by construction of `StructureProblem`.
  return (structureRules[problem.rule] as StructureRule).structure(problem as never);
}

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

/** The rules that read a translation's text, in the order they run: the README's. */
export const contentRules: readonly ContentRule[] = allRules.filter((rule): rule is ContentRule => 'check' in rule);

const byId = new Map(allRules.map((rule) => [rule.id, rule]));

/** A rule's severity: the config's override, else the rule's default. */
export function severityOf(id: RuleId, overrides: Readonly<Partial<Record<RuleId, RuleSeverity>>> = {}): Severity | 'off' {
  return overrides[id] ?? byId.get(id)?.severity ?? 'error';
}
