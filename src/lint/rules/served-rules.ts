import type { ResolvedUsage } from '../resolve-usage.ts';
import type { EngineTarget, NotServed, Target } from '../target.ts';
import type { RequestUsage } from '../usage.ts';
import type { Draft } from './draft.ts';

/**
 * api-not-served: an engine of the target (Podman) has no handler for the
 * request's operation at any API version: no route, or one that only
 * refuses. Requests with and without a `/v1.NN/` prefix are looked up apart
 * (a few routes are registered one way only). With the method unknown, only
 * when no candidate is served. The oldest such release of the fleet is named.
 */
export function checkServed(
  usage: RequestUsage,
  resolved: ResolvedUsage,
  element: string,
  target: Target,
): Draft[] {
  const operations = resolved.candidates.map((candidate) => candidate.operation.key);
  for (const engine of target.engines ?? []) {
    const table = usage.pin === undefined ? engine.notServedUnversioned : engine.notServed;
    const answers = operations.map((key) => table.get(key));
    const [first] = answers;
    if (!first || answers.some((entry) => entry === undefined)) continue;
    return [draftOf(usage, element, target, engine, first, operations)];
  }
  return [];
}

function draftOf(
  usage: RequestUsage,
  element: string,
  target: Target,
  engine: EngineTarget,
  answer: NotServed,
  operations: readonly string[],
): Draft {
  const table = usage.pin === undefined ? engine.servedSinceUnversioned : engine.servedSince;
  const since = operations.length === 1 ? table?.get(operations[0] as string) : undefined;
  return {
    file: usage.file,
    line: usage.line,
    column: usage.column,
    element,
    target: target.api,
    targetFrom: target.from,
    rule: 'api-not-served',
    args: {
      rule: 'api-not-served',
      engine: engine.engine,
      version: engine.version,
      answer: answer.answer,
      status: answer.status,
      ...(since && { servedSince: since }),
    },
  };
}

/**
 * When no daemon of the target serves the operation (every engine lacks it and
 * none is dockerd), the request's element findings are moot: they fold into
 * the api-not-served finding, as inner elements fold into outer ones.
 */
export function foldIntoNotServed(
  notServed: readonly Draft[],
  own: readonly Draft[],
  target: Target,
): Draft[] {
  const [finding] = notServed;
  const engines = target.engines ?? [];
  const nobodyServes =
    finding !== undefined &&
    target.versionPrefixHonoured === false &&
    engines.every(
      (engine) => engine.notServed.has(finding.element) || engine.notServedUnversioned.has(finding.element),
    );
  if (!finding || !nobodyServes) return [...notServed, ...own];
  const folded = [...new Set(own.map((draft) => draft.element))]
    .filter((key) => key !== finding.element)
    .sort();
  return [{ ...finding, ...(folded.length > 0 && { folded }) }];
}
