import { applyBaseline, type Baseline, type BaselineEntry } from '../baseline/baseline.ts';
import { type BaselinePlan, baselineStep } from './ci/baseline-step.ts';
import type { FileNotice } from './files/types.ts';
import type { Finding, RuleId, Severity } from './finding.ts';
import { cachedResolve } from './resolve-usage.ts';
import { applyRules, type Resolve, sortFindings } from './rules/index.ts';
import { type ScanOptions, scan } from './scan/index.ts';
import { type SuppressedFinding, suppressFindings } from './suppressions.ts';
import type { Target } from './target.ts';
import type { FileRole, Usage } from './usage.ts';

export interface LintOptions extends ScanOptions {
  readonly target: Target;
  /** Severity per rule; unnamed rules keep their defaults. */
  readonly rules?: Partial<Record<RuleId, Severity>>;
  /** Request → element facts; default: the shipped element data. */
  readonly resolve?: Resolve;
  /** Honour `docker-api-compat-ignore-…` comments (default true). */
  readonly suppressions?: boolean;
  /**
   * Findings accepted as they are; they are hidden and counted. A plan names
   * a baseline file to check, update or prune (its entries name files
   * relative to its folder, so every working directory agrees), as the
   * command line's `--baseline` does; a `Baseline` object is matched as it is,
   * its files relative to `cwd`.
   */
  readonly baseline?: BaselinePlan | Baseline;
  /** Report only findings in files of these roles (default: every role). */
  readonly role?: readonly FileRole[];
}

/** What a baseline did to a run. */
export interface BaselineOutcome {
  /** Findings the baseline hid. */
  readonly hidden: number;
  /** Entries whose findings are fixed (count: how many); stale until pruned. */
  readonly stale: readonly BaselineEntry[];
  /** What the baseline step did, in lines for people (hid, wrote, pruned, fixed entries). */
  readonly notes?: readonly string[];
  /** Fixed entries left in a checked baseline file: they fail a CI run. */
  readonly staleEntries?: number;
}

export interface LintResult {
  readonly target: Target;
  /** Text files searched. */
  readonly files: number;
  /** Paths of the files listed for the scan (relative, POSIX), in order. */
  readonly listedPaths: readonly string[];
  readonly usages: readonly Usage[];
  readonly findings: readonly Finding[];
  readonly notices: readonly FileNotice[];
  /** Findings inline comments suppressed (not in `findings`). */
  readonly suppressed: readonly SuppressedFinding[];
  /** Present when a baseline was applied. */
  readonly baseline?: BaselineOutcome;
}

/**
 * Files → usages → element facts → findings → suppressions → baseline, in a
 * deterministic order.
 */
export async function lint(options: LintOptions): Promise<LintResult> {
  const scanned = await scan(options);
  const resolve = options.resolve ?? cachedResolve();
  const selected = (file: string) =>
    !options.role || options.role.includes(scanned.roles.get(file) ?? 'source');
  const usages = scanned.usages.filter((usage) => selected(usage.file));
  const found = applyRules(usages, resolve, options.target, options.rules);
  const directives =
    options.suppressions === false
      ? new Map()
      : new Map([...scanned.directives].filter(([file]) => selected(file)));
  const outcome = suppressFindings(found, directives, options.target, options.rules);
  const result: LintResult = {
    target: options.target,
    files: scanned.files,
    listedPaths: scanned.listedPaths,
    usages: scanned.usages,
    findings: sortFindings(outcome.findings),
    notices: scanned.notices,
    suppressed: outcome.suppressed,
  };
  if (!options.baseline) return result;
  if (!('mode' in options.baseline)) return withBaseline(result, options.baseline);
  const step = baselineStep(result, options.baseline, options.cwd);
  const applied = step.result.baseline ?? { hidden: 0, stale: [] };
  return { ...step.result, baseline: { ...applied, notes: step.notes, staleEntries: step.staleEntries } };
}

/** The result with the baseline's findings hidden and its fixed entries listed. */
export function withBaseline(result: LintResult, baseline: Baseline): LintResult {
  const applied = applyBaseline(result.findings, baseline);
  return { ...result, findings: applied.kept, baseline: { hidden: applied.hidden, stale: applied.stale } };
}
