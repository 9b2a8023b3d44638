import type { ElementFacts } from '../../data/element-types.ts';
import { compareApiVersions } from '../../versions/api-version.ts';
import type { PlacedElement, ResolvedUsage } from '../resolve-usage.ts';
import type { Target } from '../target.ts';
import type { RequestUsage } from '../usage.ts';
import { availabilityAt, deprecatedSince, removedBefore, requiredSince } from './availability.ts';
import type { Draft } from './draft.ts';
import { firstDockerServing } from './first-docker.ts';
import { foldInner } from './fold.ts';

/**
 * api-too-new, api-removed and api-deprecated for one request, each at the
 * text that names the element. A request pinned with `/v1.NN/` is served with
 * that version's semantics, so its elements are checked at the pin when the
 * pin is below the target (unless no daemon of the target acts on prefixes). With the method unknown, every candidate operation
 * is checked and only the problems all candidates share are reported. Inner
 * elements whose cause an outer finding already states are folded into it.
 */
export function checkElements(usage: RequestUsage, resolved: ResolvedUsage, target: Target): Draft[] {
  const { candidates } = resolved;
  if (candidates.length === 0) return [];
  const pin = usage.pin;
  const usePin =
    pin !== undefined && target.versionPrefixHonoured !== false && compareApiVersions(pin, target.api) < 0;
  const context: CheckContext = {
    usage,
    at: usePin ? pin : target.api,
    against: usePin ? 'pin' : 'target',
    targetFrom: target.from,
  };
  const perCandidate = candidates.map((candidate) => {
    const issues = new Map<string, Draft>();
    for (const placed of candidate.elements) {
      if (placed.facts.in === 'path') continue;
      const draft = check(placed, context);
      if (draft)
        issues.set(`${draft.rule} ${suffixOf(placed.facts)} ${placed.at.line}:${placed.at.column}`, draft);
    }
    return issues;
  });
  const [first, ...others] = perCandidate;
  if (!first) return [];
  const shared: Draft[] = [];
  for (const [key, draft] of first) {
    const alternatives = others.map((issues) => issues.get(key));
    if (alternatives.some((alternative) => alternative === undefined)) continue;
    shared.push(weakest([draft, ...(alternatives as Draft[])]));
  }
  return [...foldInner(shared), ...checkGates(usage, shared, context)];
}

/**
 * What the client itself refuses below a version (a CLI flag's annotation),
 * where no element finding already stands at that place.
 */
function checkGates(usage: RequestUsage, drafts: readonly Draft[], context: CheckContext): Draft[] {
  const taken = new Set(drafts.map((draft) => `${draft.line}:${draft.column}`));
  return (usage.gates ?? []).flatMap((gate): Draft[] => {
    if (compareApiVersions(gate.requires, context.at) <= 0 || taken.has(`${gate.at.line}:${gate.at.column}`))
      return [];
    const firstDocker = firstDockerServing(gate.requires);
    const isRequest = gate.at.line === usage.line && gate.at.column === usage.column;
    return [
      {
        file: usage.file,
        line: gate.at.line,
        column: gate.at.column,
        element: gate.label,
        target: context.at,
        targetFrom: context.targetFrom,
        ...(!isRequest && { request: { line: usage.line, column: usage.column } }),
        rule: 'api-too-new',
        requires: gate.requires,
        args: { rule: 'api-too-new', against: context.against, ...(firstDocker && { firstDocker }) },
      },
    ];
  });
}

interface CheckContext {
  readonly usage: RequestUsage;
  readonly at: string;
  readonly against: 'target' | 'pin';
  readonly targetFrom: string;
}

function check({ facts, at: position, label }: PlacedElement, context: CheckContext): Draft | undefined {
  const { usage, at } = context;
  const isRequest = facts.in === 'operation';
  const base = {
    file: usage.file,
    line: position.line,
    column: position.column,
    element: facts.key,
    target: at,
    targetFrom: context.targetFrom,
    ...(!isRequest && { request: { line: usage.line, column: usage.column } }),
    ...(label !== undefined && { written: label }),
  };
  const availability = availabilityAt(facts, at);
  if (availability === 'too-new') {
    const firstDocker = firstDockerServing(requiredSince(facts));
    return {
      ...base,
      rule: 'api-too-new',
      requires: requiredSince(facts),
      args: { rule: 'api-too-new', against: context.against, ...(firstDocker && { firstDocker }) },
    };
  }
  if (availability === 'removed') {
    const removed = removedBefore(facts, at);
    return { ...base, rule: 'api-removed', args: { rule: 'api-removed', removed } };
  }
  const deprecated = deprecatedSince(facts);
  if (deprecated !== null && compareApiVersions(deprecated, at) <= 0) {
    return {
      ...base,
      rule: 'api-deprecated',
      args: { rule: 'api-deprecated', deprecated },
    };
  }
  return undefined;
}

/** `POST /containers/create body:HostConfig.CgroupnsMode` → `body:HostConfig.CgroupnsMode`; '' for the operation. */
function suffixOf(facts: ElementFacts): string {
  return facts.key.slice(`${facts.method} ${facts.path}`.length).trim();
}

/** Among candidates sharing a problem, the one asking least (lowest requirement). */
function weakest(drafts: readonly Draft[]): Draft {
  return drafts.reduce((best, draft) =>
    draft.requires !== undefined &&
    best.requires !== undefined &&
    compareApiVersions(draft.requires, best.requires) < 0
      ? draft
      : best,
  );
}
