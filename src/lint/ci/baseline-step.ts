import { dirname, relative, resolve } from 'node:path';
import { applyBaseline, type Baseline, createBaseline, pruneBaseline } from '../../baseline/baseline.ts';
import { readBaseline, writeBaseline } from '../../baseline/file.ts';
import { toPosix } from '../../io/posix-path.ts';
import type { Finding } from '../finding.ts';
import type { LintResult } from '../run.ts';

export interface BaselinePlan {
  /** Absolute path of the baseline file. */
  readonly path: string;
  /** `check`: hide and report fixed entries; `update`: write the current findings; `prune`: drop fixed entries. */
  readonly mode: 'check' | 'update' | 'prune';
}

export interface BaselineStepResult {
  readonly result: LintResult;
  /** Lines for stderr: what the baseline hid, which entries are fixed, what was written. */
  readonly notes: string[];
  /** Fixed entries left in the file: they fail the run. */
  readonly staleEntries: number;
}

/** A finding keyed by its file relative to the baseline's folder. */
interface Keyed {
  readonly rule: string;
  readonly file: string;
  readonly element: string;
  readonly finding: Finding;
}

/**
 * Applies, writes or prunes the baseline. Entries name files relative to the
 * baseline's folder, so runs from any folder agree; entries of files this run
 * did not list are neither matched nor called fixed.
 */
export function baselineStep(result: LintResult, plan: BaselinePlan, cwd: string): BaselineStepResult {
  const base = dirname(plan.path);
  const toKey = (file: string) => toPosix(relative(base, resolve(cwd, file)));
  const keyed: Keyed[] = result.findings.map((finding) => ({
    rule: finding.rule,
    file: toKey(finding.file),
    element: finding.element,
    finding,
  }));
  const name = toPosix(relative(cwd, plan.path)) || plan.path;
  if (plan.mode === 'update') {
    const created = createBaseline(keyed);
    writeBaseline(plan.path, created);
    return {
      result: { ...result, findings: [], baseline: { hidden: keyed.length, stale: [] } },
      notes: [
        `wrote baseline ${name}: ${count(keyed.length, 'finding')} in ${count(created.entries.length, 'entry')}`,
      ],
      staleEntries: 0,
    };
  }
  const baseline = readBaseline(plan.path);
  const listed = new Set(result.listedPaths.map(toKey));
  const applied = applyBaseline(keyed, inScope(baseline, listed));
  const stale = applied.stale;
  const notes = [`baseline ${name} hid ${count(applied.hidden, 'finding')}`];
  const next: LintResult = {
    ...result,
    findings: applied.kept.map((entry) => entry.finding),
    baseline: { hidden: applied.hidden, stale },
  };
  if (stale.length === 0) return { result: next, notes, staleEntries: 0 };
  const fixed = stale.map(
    (entry) =>
      `  fixed: ${entry.rule} ${entry.file}${entry.element ? ` ${entry.element}` : ''} (${entry.count})`,
  );
  if (plan.mode === 'prune') {
    writeBaseline(plan.path, pruneBaseline(baseline, stale));
    notes.push(`pruned ${count(stale.length, 'fixed entry')} from baseline ${name}:`, ...fixed);
    return { result: next, notes, staleEntries: 0 };
  }
  notes.push(
    `baseline ${name} lists ${count(stale.length, 'entry')} whose findings are fixed:`,
    ...fixed,
    'run with --prune-baseline to drop them from the baseline',
  );
  return { result: next, notes, staleEntries: stale.length };
}

function inScope(baseline: Baseline, listed: ReadonlySet<string>): Baseline {
  return { ...baseline, entries: baseline.entries.filter((entry) => listed.has(entry.file)) };
}

function count(n: number, noun: string): string {
  if (n === 1) return `1 ${noun}`;
  return `${n} ${noun.endsWith('entry') ? `${noun.slice(0, -1)}ies` : `${noun}s`}`;
}
