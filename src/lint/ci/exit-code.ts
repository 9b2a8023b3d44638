import type { Finding } from '../finding.ts';

export interface FailPolicy {
  /** `error` (default): error-level findings fail; `warn`: warnings fail too (as oasdiff's --fail-on). */
  readonly failOn?: 'error' | 'warn';
  /** More warnings than this fail the run (as eslint's --max-warnings); absent: no limit. */
  readonly maxWarnings?: number;
  /** Baseline entries whose findings are fixed, when not pruned: they fail the run. */
  readonly staleBaselineEntries?: number;
}

export type FailReason = 'errors' | 'warnings' | 'too-many-warnings' | 'stale-baseline';

/**
 * Why the run fails, in order of weight; empty means exit 0. Findings are
 * those left after suppressions and the baseline.
 */
export function failReasons(findings: readonly Finding[], policy: FailPolicy): FailReason[] {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.length - errors;
  const reasons: FailReason[] = [];
  if (errors > 0) reasons.push('errors');
  if (policy.failOn === 'warn' && warnings > 0) reasons.push('warnings');
  if (policy.maxWarnings !== undefined && warnings > policy.maxWarnings) reasons.push('too-many-warnings');
  if ((policy.staleBaselineEntries ?? 0) > 0) reasons.push('stale-baseline');
  return reasons;
}

/** DESIGN.md: 0 = nothing fails, 1 = findings (or a stale baseline) fail the run. */
export function exitCodeOf(reasons: readonly FailReason[]): 0 | 1 {
  return reasons.length > 0 ? 1 : 0;
}
