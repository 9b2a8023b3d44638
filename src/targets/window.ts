import type { DockerRelease } from '../matrix/index.ts';
import { compareApiVersions } from '../versions/api-version.ts';
import type { ApiWindow } from './target.ts';

export interface FleetWindow {
  /** The lowest maximum API of the fleet. */
  readonly ceiling: string;
  /** The highest minimum API of the fleet (after any override). */
  readonly floor: string;
  readonly pinWindow: ApiWindow | null;
  readonly emptyWindowReason?: string;
}

/**
 * The ceiling and the pin window of a fleet. `minApiOverride` models daemons
 * whose minimum was configured (DOCKER_MIN_API_VERSION): it applies to the
 * releases that allow configuration, and never below what they allow.
 */
export function fleetWindow(releases: readonly DockerRelease[], minApiOverride?: string): FleetWindow {
  let lowestMax: DockerRelease | undefined;
  let highestMin: { release: DockerRelease; min: string } | undefined;
  for (const release of releases) {
    if (!lowestMax || compareApiVersions(release.maxApi, lowestMax.maxApi) < 0) lowestMax = release;
    const min = effectiveMin(release, minApiOverride);
    if (!highestMin || compareApiVersions(min, highestMin.min) > 0) highestMin = { release, min };
  }
  if (!lowestMax || !highestMin) throw new Error('fleetWindow: no releases');
  const ceiling = lowestMax.maxApi;
  const floor = highestMin.min;
  if (compareApiVersions(floor, ceiling) <= 0)
    return { ceiling, floor, pinWindow: { low: floor, high: ceiling } };
  return {
    ceiling,
    floor,
    pinWindow: null,
    emptyWindowReason:
      `no single pinned API version serves Docker ${lowestMax.name} (max ${ceiling}) ` +
      `and Docker ${highestMin.release.name} (min ${floor}): negotiate the version`,
  };
}

function effectiveMin(release: DockerRelease, override: string | undefined): string {
  if (override === undefined || release.configurableMinApi === null) return release.minApi;
  return compareApiVersions(override, release.configurableMinApi) < 0 ? release.configurableMinApi : override;
}
