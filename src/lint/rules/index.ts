import type { ResolvedRequest } from '../../data/index.ts';
import type { Finding, RuleId, Severity } from '../finding.ts';
import type { Target } from '../target.ts';
import type { RequestUsage, Usage } from '../usage.ts';
import { severityOf } from './definitions.ts';
import type { Draft } from './draft.ts';
import { checkElements } from './element-rules.ts';
import { checkGuards, coveredByGuard } from './guard-rules.ts';
import { checkPin, checkUnversioned } from './pin-rules.ts';

export type Resolve = (usage: RequestUsage) => ResolvedRequest;

/** The element a request-level finding names: its operation, or the path when several methods fit. */
function requestElement(usage: RequestUsage, resolved: ResolvedRequest): string {
  const [only, ...more] = resolved.operations;
  if (only && more.length === 0) return only.key;
  return usage.method ? `${usage.method} ${usage.path}` : usage.path;
}

/** Usages → findings, severities applied, `off` rules dropped. */
export function applyRules(
  usages: readonly Usage[],
  resolve: Resolve,
  target: Target,
  severities: Partial<Record<RuleId, Severity>> = {},
): Finding[] {
  const drafts: Draft[] = [];
  const checksSeen = new Set<string>();
  for (const usage of usages) {
    if (usage.kind === 'pin') {
      drafts.push(...checkPin(usage, usage.pin, 'DOCKER_API_VERSION', target));
      continue;
    }
    const resolved = resolve(usage);
    if (resolved.operations.length === 0) continue;
    const element = requestElement(usage, resolved);
    const own = [
      ...(usage.pin ? checkPin(usage, usage.pin, element, target) : checkUnversioned(usage, element, target)),
      ...checkElements(usage, resolved, target),
    ];
    // Version checks around the request (docs/guards.md) rule out what they cover.
    drafts.push(...own.filter((draft) => !coveredByGuard(draft, usage)));
    drafts.push(...checkGuards(usage, target, checksSeen));
  }
  const findings: Finding[] = [];
  for (const draft of drafts) {
    const severity = severityOf(draft.rule, severities);
    if (severity !== 'off') findings.push({ ...draft, severity });
  }
  return sortFindings(findings);
}

export function sortFindings(findings: Finding[]): Finding[] {
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return findings.sort(
    (a, b) =>
      compare(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compare(a.rule, b.rule) ||
      compare(a.element, b.element),
  );
}
