import type { RuleId, Severity } from '../finding.ts';

export interface RuleDefinition {
  readonly id: RuleId;
  readonly defaultSeverity: Severity;
  /** One line, for `--help`, SARIF and docs indexes. */
  readonly summary: string;
  /** A few sentences: what the rule checks and the way out (SARIF full description and help). */
  readonly description?: string;
}

/** Every rule with its default severity; docs/rules/<id>.md explains each. */
export const RULES: ReadonlyMap<RuleId, RuleDefinition> = new Map(
  (
    [
      {
        id: 'api-not-served',
        defaultSeverity: 'error',
        summary: 'Requests an operation the target engine does not serve at any API version',
        description:
          "Reports requests for operations that an engine of the target (Podman) has no handler for at any API version: no route, or a handler that only refuses (swarm services, plugins, some updates). Raising the API version does not help. Check which engine answers before calling (GET /version names it), use the engine's own API, or drop that engine from the target.",
      },
      {
        id: 'api-too-new',
        defaultSeverity: 'error',
        summary: 'Uses an API element newer than the target or the request pin',
        description:
          'Reports request paths, parameters, headers, body and response fields that appeared in an API version newer than the feature ceiling of the target, or newer than the /v1.NN/ pin of the request. Raise the target, or guard the call with a version check and negotiate the version.',
      },
      {
        id: 'api-removed',
        defaultSeverity: 'error',
        summary: 'Uses an API element removed at or before the target',
        description:
          'Reports API elements removed at or before the target API version: the daemon no longer accepts or returns them. Use the replacement element, or pin an older API version the target still serves.',
      },
      {
        id: 'api-deprecated',
        defaultSeverity: 'warn',
        summary: 'Uses an API element deprecated at or before the target',
        description:
          'Reports API elements deprecated at or before the target API version; they still work but are due for removal. Move to the replacement before it is removed.',
      },
      {
        id: 'api-version-unsupported',
        defaultSeverity: 'error',
        summary: 'Pins an API version the target daemon does not serve',
        description:
          'Reports pinned API versions (/v1.NN/ prefixes, DOCKER_API_VERSION settings, SDK version options) outside the pin window of the target: above the lowest maximum or below the highest default minimum of the fleet. When the window is empty no pin works on every daemon: negotiate the version instead.',
      },
      {
        id: 'api-unversioned',
        defaultSeverity: 'off',
        summary: 'Requests the Engine API without a version prefix',
        description:
          'Reports Engine API requests without a /v1.NN/ prefix: the daemon answers with its newest API, so behaviour changes with the daemon. Pin the version or negotiate it.',
      },
      {
        id: 'api-guard-obsolete',
        defaultSeverity: 'warn',
        summary: 'Checks the daemon API version against a bound every target daemon meets',
        description:
          'Reports checks of the daemon API version (semver.gte(info.ApiVersion, …), parseFloat(ApiVersion) >= …) whose outcome is the same on every daemon the target admits, because the bound is at or below the target API version. Drop the check and keep the branch that always runs.',
      },
      {
        id: 'unused-suppression',
        defaultSeverity: 'warn',
        summary: 'A suppression comment that suppresses nothing',
        description:
          'Reports docker-api-compat-ignore comments that suppress no finding, so stale suppressions do not hide future problems. Delete the comment.',
      },
      {
        id: 'invalid-suppression',
        defaultSeverity: 'error',
        summary: 'A suppression comment without a reason or naming an unknown rule',
        description:
          'Reports docker-api-compat-ignore comments without a reason after the colon, or naming rules that do not exist; such comments suppress nothing. Add the reason, or fix the rule id.',
      },
    ] as const
  ).map((rule) => [rule.id, rule]),
);

export function severityOf(rule: RuleId, overrides: Partial<Record<RuleId, Severity>> = {}): Severity {
  return overrides[rule] ?? RULES.get(rule)?.defaultSeverity ?? 'off';
}
