import type { RuleId, Severity } from '../finding.ts';

export interface RuleDefinition {
  readonly id: RuleId;
  readonly defaultSeverity: Severity;
  /** One line, for `--help`, SARIF and docs indexes. */
  readonly summary: string;
}

/** Every rule with its default severity; docs/rules/<id>.md explains each. */
export const RULES: ReadonlyMap<RuleId, RuleDefinition> = new Map(
  (
    [
      {
        id: 'api-too-new',
        defaultSeverity: 'error',
        summary: 'Uses an API element newer than the target or the request pin',
      },
      {
        id: 'api-removed',
        defaultSeverity: 'error',
        summary: 'Uses an API element removed at or before the target',
      },
      {
        id: 'api-deprecated',
        defaultSeverity: 'warn',
        summary: 'Uses an API element deprecated at or before the target',
      },
      {
        id: 'api-version-unsupported',
        defaultSeverity: 'error',
        summary: 'Pins an API version the target daemon does not serve',
      },
      {
        id: 'api-unversioned',
        defaultSeverity: 'off',
        summary: 'Requests the Engine API without a version prefix',
      },
    ] as const
  ).map((rule) => [rule.id, rule]),
);

export function severityOf(rule: RuleId, overrides: Partial<Record<RuleId, Severity>> = {}): Severity {
  return overrides[rule] ?? RULES.get(rule)?.defaultSeverity ?? 'off';
}
