import { dataVersions } from '../../data/api-versions.ts';
import type { ElementFacts, Span } from '../../data/element-types.ts';
import { compareApiVersions } from '../../versions/api-version.ts';

export type Availability = 'too-new' | 'present' | 'removed';

/**
 * Whether an element exists at an API version, following removals and
 * re-additions. An element dated to the oldest version the data knows is
 * there "at that version or earlier": no older version makes it too new.
 */
export function availabilityAt(facts: ElementFacts, requested: string): Availability {
  const spans: readonly Span[] = facts.history ?? [{ since: facts.since, removed: facts.removed }];
  const older = compareApiVersions(requested, facts.since) < 0;
  if (older && !isOldest(facts.since)) return 'too-new';
  const version = older ? facts.since : requested;
  const present = spans.some(
    (span) =>
      compareApiVersions(span.since, version) <= 0 &&
      (span.removed === null || compareApiVersions(version, span.removed) < 0),
  );
  return present ? 'present' : 'removed';
}

/** The removal that makes an element absent at `version`: the end of the last span before it. */
export function removedBefore(facts: ElementFacts, version: string): string {
  const spans: readonly Span[] = facts.history ?? [{ since: facts.since, removed: facts.removed }];
  let removed = facts.removed ?? version;
  for (const span of spans) {
    if (span.removed !== null && compareApiVersions(span.removed, version) <= 0) removed = span.removed;
  }
  return removed;
}

/** True for the oldest API version the data covers, which stands for "that version or earlier". */
export function isOldest(version: string): boolean {
  return dataVersions().versions[0] === version;
}
