import type { ChangesReport, VersionChanges } from '../data/changes.ts';
import type { ElementFacts } from '../data/element-types.ts';
import type { ApiStep, EndpointChanges } from './report-types.ts';

type MutableEndpoint = {
  -readonly [K in keyof EndpointChanges]: EndpointChanges[K] extends readonly (infer T)[]
    ? T[]
    : EndpointChanges[K];
};

/**
 * Section two: every change between the sides, by version (in the direction
 * of travel: newest first on a downgrade) then endpoint. With `onlyUsed`,
 * endpoints the code does not use are left out.
 */
export function apiSteps(
  changes: ChangesReport,
  downgrade: boolean,
  used: ReadonlySet<string>,
  onlyUsed: boolean,
): ApiStep[] {
  const steps = downgrade ? [...changes.versions].reverse() : changes.versions;
  return steps
    .map((step) => ({
      version: step.version,
      endpoints: byEndpoint(step, used).filter((entry) => !onlyUsed || entry.used),
    }))
    .filter((step) => step.endpoints.length > 0);
}

function byEndpoint(step: VersionChanges, used: ReadonlySet<string>): EndpointChanges[] {
  const endpoints = new Map<string, MutableEndpoint>();
  const entry = (facts: ElementFacts): MutableEndpoint => {
    const endpoint = `${facts.method} ${facts.path}`;
    let found = endpoints.get(endpoint);
    if (!found) {
      found = { endpoint, used: used.has(endpoint), added: [], removed: [], deprecated: [], changed: [] };
      endpoints.set(endpoint, found);
    }
    return found;
  };
  for (const facts of step.added) entry(facts).added.push(facts.key);
  for (const facts of step.removed) entry(facts).removed.push(facts.key);
  for (const facts of step.deprecated) entry(facts).deprecated.push(facts.key);
  for (const { element, changes } of step.changed) {
    entry(element).changed.push({
      element: element.key,
      changes: changes.map(({ field, from, to }) => ({ field, from, to })),
    });
  }
  return [...endpoints.values()].sort((a, b) =>
    a.endpoint < b.endpoint ? -1 : a.endpoint > b.endpoint ? 1 : 0,
  );
}
