import type { Finding, RuleId, Severity } from '../finding.ts';
import type { ResolvedUsage } from '../resolve-usage.ts';
import type { Target } from '../target.ts';
import type { RequestUsage, Usage } from '../usage.ts';
import { severityOf } from './definitions.ts';
import type { Draft } from './draft.ts';
import { checkElements } from './element-rules.ts';
import { checkGuards, coveredByGuard } from './guard-rules.ts';
import { checkPin, checkUnversioned } from './pin-rules.ts';

export type Resolve = (usage: RequestUsage) => ResolvedUsage;

/** The element a request-level finding names: its operation, or the path when several methods fit. */
function requestElement(usage: RequestUsage, resolved: ResolvedUsage): string {
  const [only, ...more] = resolved.candidates;
  if (only && more.length === 0) return only.operation.key;
  return usage.method ? `${usage.method} ${usage.path}` : usage.path;
}

/** What every finding of a usage carries: the file's role, the extractor, how the operation was found. */
function provenance(usage: Usage): Pick<Finding, 'role' | 'extractor' | 'via'> {
  return {
    ...(usage.role && { role: usage.role }),
    extractor: usage.extractor,
    ...(usage.kind === 'request' && { via: usage.via ?? 'path' }),
  };
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
    const origin = provenance(usage);
    if (usage.kind === 'pin') {
      const element = usage.defaultOf === undefined ? 'DOCKER_API_VERSION' : 'default API version';
      const pins = checkPin(usage, usage.pin, element, target, usage.defaultOf);
      drafts.push(...pins.map((draft) => ({ ...draft, ...origin })));
      continue;
    }
    const resolved = resolve(usage);
    if (resolved.candidates.length === 0) continue;
    const element = requestElement(usage, resolved);
    const own = [
      ...(usage.pin ? checkPin(usage, usage.pin, element, target) : checkUnversioned(usage, element, target)),
      ...checkElements(usage, resolved, target),
    ];
    // Version checks around the request (docs/guards.md) rule out what they cover.
    for (const draft of own) if (!coveredByGuard(draft, usage)) drafts.push({ ...draft, ...origin });
    drafts.push(...checkGuards(usage, target, checksSeen).map((d) => ({ ...d, ...origin })));
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
