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
