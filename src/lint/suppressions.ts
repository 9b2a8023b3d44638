import { applySuppressions } from '../suppress/apply.ts';
import type { Directive } from '../suppress/directives.ts';
import type { Finding, RuleId, Severity } from './finding.ts';
import { RULES, severityOf } from './rules/definitions.ts';
import type { Target } from './target.ts';

/** A finding an inline comment suppressed: kept for SARIF `suppressions` and JSON. */
export interface SuppressedFinding {
  readonly finding: Finding;
  readonly suppression: {
    readonly kind: Directive['kind'];
    readonly reason: string;
    /** Line of the comment. */
    readonly line: number;
  };
}

export interface SuppressionOutcome {
  /** Findings left, plus unused-suppression and invalid-suppression findings. */
  readonly findings: Finding[];
  readonly suppressed: SuppressedFinding[];
}

/**
 * Applies each file's directives to its findings and turns directives that
 * suppress nothing, or could not, into findings of their own.
 */
export function suppressFindings(
  findings: readonly Finding[],
  directives: ReadonlyMap<string, readonly Directive[]>,
  target: Target,
  severities: Partial<Record<RuleId, Severity>> = {},
): SuppressionOutcome {
  if (directives.size === 0) return { findings: [...findings], suppressed: [] };
  const applied = applySuppressions(findings, directives);
  const extra: Finding[] = [];
  const add = (file: string, directive: Directive, args: Finding['args']) => {
    const severity = severityOf(args.rule, severities);
    if (severity === 'off') return;
    extra.push({
      rule: args.rule,
      severity,
      file,
      line: directive.line,
      column: directive.column,
      element: `docker-api-compat-ignore-${directive.kind} ${directive.rules.join(', ')}`,
      target: target.api,
      targetFrom: target.from,
      args,
    });
  };
  for (const { file, directive } of applied.invalid) {
    // A malformed directive reads as naming rules that do not exist: the parts that break the grammar.
    if (directive.malformed) add(file, directive, invalid(directive, 'unknown-rule', directive.malformed));
    else add(file, directive, invalid(directive, 'no-reason'));
  }
  for (const { file, directive } of applied.unused) {
    const unknown = directive.rules.filter((rule) => !RULES.has(rule as RuleId));
    if (unknown.length > 0) add(file, directive, invalid(directive, 'unknown-rule'));
    else add(file, directive, { rule: 'unused-suppression', kind: directive.kind, rules: directive.rules });
  }
  return {
    findings: [...applied.kept, ...extra],
    suppressed: applied.suppressed.map(({ finding, directive }) => ({
      finding,
      suppression: { kind: directive.kind, reason: directive.reason, line: directive.line },
    })),
  };
}

function invalid(
  directive: Directive,
  problem: 'no-reason' | 'unknown-rule',
  unknown: readonly string[] = directive.rules.filter((rule) => !RULES.has(rule as RuleId)),
): Finding['args'] {
  return {
    rule: 'invalid-suppression',
    kind: directive.kind,
    rules: directive.rules,
    problem,
    unknown: [...unknown],
  };
}
