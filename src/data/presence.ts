import { compareApiVersions } from '../versions/api-version.ts';
import type { ElementFacts, Span } from './element-types.ts';

/** The element's spans of presence: its `history`, or the one span since–removed. */
export function spansOf(facts: ElementFacts): readonly Span[] {
  return facts.history ?? [{ since: facts.since, removed: facts.removed }];
}

/** True when API `version` has the element. */
export function presentIn(facts: ElementFacts, version: string): boolean {
  return spansOf(facts).some(
    (span) =>
      compareApiVersions(span.since, version) <= 0 &&
      (span.removed === null || compareApiVersions(version, span.removed) < 0),
  );
}

/** True when API `version` marks the element deprecated (deprecation is never lifted in the data). */
export function deprecatedIn(facts: ElementFacts, version: string): boolean {
  return facts.deprecated !== null && compareApiVersions(facts.deprecated, version) <= 0;
}

/**
 * The spans the daemon serves the element in: the effective span where the
 * daemon differs from the specs, else the documented spans. The linter and
 * `needs` read presence only through these accessors.
 */
export function effectiveSpans(facts: ElementFacts): readonly Span[] {
  return facts.effective
    ? [{ since: facts.effective.since, removed: facts.effective.removed }]
    : spansOf(facts);
}

/** The first API version a daemon serves the element at. */
export function effectiveSince(facts: ElementFacts): string {
  return facts.effective?.since ?? facts.since;
}

/** The first API version a daemon no longer serves it at, or null. */
export function effectiveRemoved(facts: ElementFacts): string | null {
  return facts.effective ? facts.effective.removed : facts.removed;
}

/** The first API version that deprecates the element, the effective layer first; or null. */
export function effectiveDeprecated(facts: ElementFacts): string | null {
  return facts.effective?.deprecated ?? facts.deprecated;
}

/** True when a daemon serves the element at API `version`. */
export function servedIn(facts: ElementFacts, version: string): boolean {
  return effectiveSpans(facts).some(
    (span) =>
      compareApiVersions(span.since, version) <= 0 &&
      (span.removed === null || compareApiVersions(version, span.removed) < 0),
  );
}
