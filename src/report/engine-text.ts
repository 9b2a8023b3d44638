import { listElements } from '../data/elements.ts';
import { presentIn } from '../data/presence.ts';
import type { PodmanRelease } from '../engines/podman/types.ts';

/** An operation of the API a Podman release reports that the release does not serve. */
export interface Lacking {
  readonly op: string;
  readonly answer: 'refused' | 'missing';
  readonly status: number;
}

/** What a Podman release lacks of the API version it reports as its newest, in key order. */
export function podmanLacks(release: PodmanRelease): {
  readonly operations: number;
  readonly lacking: Lacking[];
} {
  const atMax = listElements({ in: 'operation' }).filter((facts) => presentIn(facts, release.api.max));
  const keys = new Set(atMax.map((facts) => facts.key));
  const lacking: Lacking[] = [
    ...release.refused.map((entry) => ({ op: entry.op, answer: 'refused' as const, status: entry.status })),
    ...release.missing.map((entry) => ({ op: entry.op, answer: 'missing' as const, status: entry.status })),
  ]
    .filter((entry) => keys.has(entry.op))
    .sort((a, b) => (a.op < b.op ? -1 : a.op > b.op ? 1 : 0));
  return { operations: atMax.length, lacking };
}

/** `targets` lines for the Podman releases of a target. */
export function podmanTargetLines(releases: readonly PodmanRelease[]): string[] {
  const lines: string[] = [];
  for (const release of releases) {
    const { operations, lacking } = podmanLacks(release);
    lines.push(
      `  Podman ${release.version}:   reports API ${release.api.min} … ${release.api.max}; answers any /v1.NN/ prefix, refuses none`,
      `    not served:    ${lacking.length} of the ${operations} operations of API ${release.api.max} (api-not-served)`,
      ...lacking.map(
        (entry) =>
          `      ${entry.op.padEnd(36)} ${entry.answer === 'refused' ? `refused, ${entry.status}` : `no route, ${entry.status}`}`,
      ),
    );
  }
  return lines;
}
