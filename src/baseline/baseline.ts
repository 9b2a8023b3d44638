import { compareText } from '../text/compare.ts';
/** The part of a finding a baseline keys on: no line, so entries survive moves. */
export interface Baselinable {
  readonly rule: string;
  readonly file: string;
  readonly element?: string;
}

export interface BaselineEntry {
  readonly rule: string;
  readonly file: string;
  /** The element key, or "" for findings without one (pins). */
  readonly element: string;
  /** How many findings of this key the baseline accepts. */
  readonly count: number;
}

/** The baseline file's shape. */
export interface Baseline {
  readonly tool: 'docker-api-compat';
  readonly version: 1;
  readonly entries: readonly BaselineEntry[];
}

export interface BaselineResult<F extends Baselinable> {
  /** Findings the baseline does not accept. */
  readonly kept: F[];
  /** How many findings the baseline hid. */
  readonly hidden: number;
  /** Entries (with the unmatched count) whose findings are fixed: stale unless pruned. */
  readonly stale: BaselineEntry[];
}

function keyOf(item: Baselinable): string {
  return JSON.stringify([item.rule, item.file, item.element ?? '']);
}

/** A baseline that accepts exactly the given findings. */
export function createBaseline(findings: readonly Baselinable[]): Baseline {
  const counts = new Map<string, BaselineEntry>();
  for (const finding of findings) {
    const key = keyOf(finding);
    const entry = counts.get(key);
    counts.set(key, {
      rule: finding.rule,
      file: finding.file,
      element: finding.element ?? '',
      count: (entry?.count ?? 0) + 1,
    });
  }
  const entries = [...counts.values()].sort(
    (a, b) => compareText(a.file, b.file) || compareText(a.rule, b.rule) || compareText(a.element, b.element),
  );
  return { tool: 'docker-api-compat', version: 1, entries };
}

/** Hides findings the baseline accepts, up to each entry's count. */
export function applyBaseline<F extends Baselinable>(
  findings: readonly F[],
  baseline: Baseline,
): BaselineResult<F> {
  const remaining = new Map(baseline.entries.map((entry) => [keyOf(entry), entry.count]));
  const kept: F[] = [];
  let hidden = 0;
  for (const finding of findings) {
    const key = keyOf(finding);
    const left = remaining.get(key) ?? 0;
    if (left > 0) {
      remaining.set(key, left - 1);
      hidden++;
    } else {
      kept.push(finding);
    }
  }
  const stale = baseline.entries
    .map((entry) => ({ ...entry, count: remaining.get(keyOf(entry)) ?? 0 }))
    .filter((entry) => entry.count > 0);
  return { kept, hidden, stale };
}

/** The baseline without what is fixed: counts lowered, emptied entries dropped. */
export function pruneBaseline(baseline: Baseline, stale: readonly BaselineEntry[]): Baseline {
  const fixed = new Map(stale.map((entry) => [keyOf(entry), entry.count]));
  const entries = baseline.entries
    .map((entry) => ({ ...entry, count: entry.count - (fixed.get(keyOf(entry)) ?? 0) }))
    .filter((entry) => entry.count > 0);
  return { ...baseline, entries };
}
