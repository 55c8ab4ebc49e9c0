/** The first rule of a list whose check finds something, with what it found (rules whose hits exclude each other run this way). */
export function firstHit<Rule, Hit>(rules: readonly Rule[], check: (rule: Rule) => Hit | undefined): { rule: Rule; hit: Hit } | undefined {
  for (const rule of rules) {
    const hit = check(rule);
    if (hit !== undefined) return { rule, hit };
  }
  return undefined;
}
