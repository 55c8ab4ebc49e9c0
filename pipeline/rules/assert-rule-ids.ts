import { TarjamaError } from '../util/tarjama-error.js';
import { isRuleId, ruleIds, type RuleId } from './rule-ids.js';

/** Asserts that every `--rule` value names a rule: a filter that matched nothing would read as publishable. */
export function assertRuleIds(ids: readonly string[]): asserts ids is RuleId[] {
  const unknown = ids.find((id) => !isRuleId(id));
  if (unknown !== undefined) throw new TarjamaError(`--rule: unknown rule "${unknown}"; expected one of ${ruleIds.join(', ')}`);
}
