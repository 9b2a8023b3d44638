import { effectiveSince } from '../data/presence.ts';
import { compareApiVersions, maxApiVersion } from '../versions/api-version.ts';
import type { Candidate, CodeUsage } from './code-usage.ts';

/** Why a usage needs an API version: its pin, or an element it uses. */
export interface Reason {
  readonly file: string;
  readonly line: number;
  /** Element key; the operation for a path pin; `DOCKER_API_VERSION` for a pin setting. */
  readonly element: string;
  readonly requires: string;
  readonly via: 'pin' | 'element';
}

/** The highest effective `since` among a candidate's elements: the lowest API that serves all of them. */
export function candidateRequirement(candidate: Candidate): string {
  return candidate.elements.reduce((max, facts) => maxApiVersion(max, effectiveSince(facts)), '0.0');
}

/**
 * The candidate that asks least. Code that does not state its method is
 * given the benefit of the doubt, as the linter does.
 */
export function weakestCandidate(usage: CodeUsage): Candidate | undefined {
  let best: { candidate: Candidate; requires: string } | undefined;
  for (const candidate of usage.candidates) {
    const requires = candidateRequirement(candidate);
    if (!best || compareApiVersions(requires, best.requires) < 0) best = { candidate, requires };
  }
  return best?.candidate;
}

/**
 * What forces one usage's requirement: the element that needs most, or the
 * pin when it asks more (an element wins a tie: lowering the pin would not
 * help). Undefined at or below `floor`, the oldest version the data knows,
 * which stands for "that or earlier" and so forces nothing. A request's pin
 * needs a daemon that serves the pinned version.
 */
export function reasonOf(usage: CodeUsage, floor: string): Reason | undefined {
  let best: Reason | undefined;
  const consider = (element: string, requires: string, via: Reason['via']): void => {
    if (compareApiVersions(requires, best?.requires ?? floor) > 0) {
      best = { file: usage.file, line: usage.line, element, requires, via };
    }
  };
  for (const facts of weakestCandidate(usage)?.elements ?? [])
    consider(facts.key, effectiveSince(facts), 'element');
  if (usage.pin !== undefined) consider(usage.element, usage.pin, 'pin');
  return best;
}

/** Most demanding first, then by place. */
export function compareReasons(a: Reason, b: Reason): number {
  return (
    compareApiVersions(b.requires, a.requires) ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    (a.element < b.element ? -1 : a.element > b.element ? 1 : 0)
  );
}
