import { dataVersions } from '../../data/api-versions.ts';
import type { ElementFacts } from '../../data/element-types.ts';
import {
  effectiveDeprecated,
  effectiveRemoved,
  effectiveSince,
  effectiveSpans,
} from '../../data/presence.ts';
import { compareApiVersions } from '../../versions/api-version.ts';

export type Availability = 'too-new' | 'present' | 'removed';

/**
 * Whether a daemon serves an element at an API version, following removals
 * and re-additions: the effective facts where the daemon differs from the
 * specs (see DESIGN.md "Element facts: documented and effective"). An element
 * dated to the oldest version the data knows is there "at that version or
 * earlier": no older version makes it too new.
 */
export function availabilityAt(facts: ElementFacts, requested: string): Availability {
  const since = requiredSince(facts);
  const older = compareApiVersions(requested, since) < 0;
  if (older && !isOldest(since)) return 'too-new';
  const version = older ? since : requested;
  const present = effectiveSpans(facts).some(
    (span) =>
      compareApiVersions(span.since, version) <= 0 &&
      (span.removed === null || compareApiVersions(version, span.removed) < 0),
  );
  return present ? 'present' : 'removed';
}

/** The API version an element requires: the first one a daemon serves it at. */
export function requiredSince(facts: ElementFacts): string {
  return effectiveSince(facts);
}

/** The first API version that deprecates an element (effective facts first), or null. */
export function deprecatedSince(facts: ElementFacts): string | null {
  return effectiveDeprecated(facts);
}

/** The removal that makes an element absent at `version`: the end of the last span before it. */
export function removedBefore(facts: ElementFacts, version: string): string {
  let removed = effectiveRemoved(facts) ?? version;
  for (const span of effectiveSpans(facts)) {
    if (span.removed !== null && compareApiVersions(span.removed, version) <= 0) removed = span.removed;
  }
  return removed;
}

/** True for the oldest API version the data covers, which stands for "that version or earlier". */
export function isOldest(version: string): boolean {
  return dataVersions().versions[0] === version;
}
