import { editDistance } from '../../data/did-you-mean.ts';
import { UsageError } from '../../errors.ts';
import type { RuleId, Severity } from '../finding.ts';
import { RULES } from '../rules/definitions.ts';

/**
 * A config's `rules` object, checked against the known rule ids: an unknown
 * id is a one-line error naming the key and the nearest id.
 */
export function configRules(
  rules: Readonly<Record<string, Severity>> | undefined,
  filepath: string,
): Partial<Record<RuleId, Severity>> {
  const checked: Partial<Record<RuleId, Severity>> = {};
  for (const [id, severity] of Object.entries(rules ?? {})) {
    if (!RULES.has(id as RuleId)) {
      const hint = nearestRule(id);
      throw new UsageError(
        `invalid config ${filepath}: unknown rule in key "rules.${id}"${hint ? `: did you mean ${hint}?` : ''}`,
      );
    }
    checked[id as RuleId] = severity;
  }
  return checked;
}

/** The known rule id nearest to `id`, when it is near enough to be a typo. */
export function nearestRule(id: string): RuleId | undefined {
  let best: { id: RuleId; distance: number } | undefined;
  for (const known of RULES.keys()) {
    const distance = editDistance(id, known);
    if (!best || distance < best.distance) best = { id: known, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(id.length / 3)) ? best.id : undefined;
}
