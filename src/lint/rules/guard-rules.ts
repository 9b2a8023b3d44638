import { compareApiVersions } from '../../versions/api-version.ts';
import { ensuresAtLeast, ensuresBelow, rangeOf } from '../guards/range.ts';
import type { Target } from '../target.ts';
import type { GuardCheck, RequestUsage } from '../usage.ts';
import type { Draft } from './draft.ts';

/**
 * Whether the version checks around a request rule a draft out: a check
 * `>= 1.41` covers an element since 1.41 (or a pin of 1.41 above the target),
 * a check `< 1.44` covers an element removed or deprecated at 1.44. A request
 * pinned below the element is not helped by any check of the daemon.
 */
export function coveredByGuard(draft: Draft, usage: RequestUsage): boolean {
  const guard = usage.guard;
  if (!guard) return false;
  const args = draft.args;
  switch (args.rule) {
    case 'api-too-new': {
      const requires = draft.requires;
      if (args.against !== 'target' || requires === undefined) return false;
      const pinnedBelow = usage.pin !== undefined && compareApiVersions(usage.pin, requires) < 0;
      return !pinnedBelow && ensuresAtLeast(guard, requires);
    }
    case 'api-version-unsupported':
      return args.problem === 'above-max' && ensuresAtLeast(guard, args.pin);
    case 'api-removed':
      return ensuresBelow(guard, args.removed);
    case 'api-deprecated':
      return ensuresBelow(guard, args.deprecated);
    default:
      return false;
  }
}

/**
 * api-guard-obsolete: checks whose outcome is fixed on every daemon the
 * target admits (their API version is the target's or newer). `seen` keeps
 * one finding per check when several requests sit behind it.
 */
export function checkGuards(usage: RequestUsage, target: Target, seen: Set<string>): Draft[] {
  const drafts: Draft[] = [];
  for (const check of usage.guard?.checks ?? []) {
    const always = decided(check, target.api);
    const key = `${usage.file}:${check.line}:${check.column}:${check.op}:${check.bound}`;
    if (always === undefined || seen.has(key)) continue;
    seen.add(key);
    drafts.push({
      file: usage.file,
      line: check.line,
      column: check.column,
      element: `API ${check.op} ${check.bound}`,
      requires: check.bound,
      target: target.api,
      targetFrom: target.from,
      rule: 'api-guard-obsolete',
      args: { rule: 'api-guard-obsolete', op: check.op, bound: check.bound, compare: check.compare, always },
    });
  }
  return drafts;
}

/** True or false when every API version from `api` up gives the check that outcome. */
function decided(check: GuardCheck, api: string): boolean | undefined {
  const range = rangeOf(check, true);
  if (range.below !== undefined && compareApiVersions(range.below, api) <= 0) return false;
  if (range.atLeast !== undefined && range.below === undefined && compareApiVersions(range.atLeast, api) <= 0)
    return true;
  return undefined;
}
