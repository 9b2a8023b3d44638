import { podmanEngineTarget } from '../engines/podman/releases.ts';
import type { PodmanRelease } from '../engines/podman/types.ts';
import { compareApiVersions } from '../versions/api-version.ts';
import type { ResolvedTarget } from './target.ts';

/**
 * Adds Podman releases to a target (the Docker part of a fleet, or nothing).
 * The feature ceiling is the lowest maximum of all; Podman refuses no
 * version prefix, so the pin window stays the Docker part's, and a target of
 * Podman alone has no pin limits at all.
 */
export function withPodman(
  docker: ResolvedTarget | undefined,
  releases: readonly PodmanRelease[],
  from: string,
  warnings: readonly string[] = [],
): ResolvedTarget {
  const engines = releases.map(podmanEngineTarget);
  const lowest = releases.reduce<PodmanRelease | undefined>(
    (low, release) => (!low || compareApiVersions(release.api.max, low.api.max) < 0 ? release : low),
    undefined,
  );
  const podmanMax = lowest?.api.max;
  if (!docker) {
    const min = releases.reduce<string | undefined>(
      (high, release) => (!high || compareApiVersions(release.api.min, high) > 0 ? release.api.min : high),
      undefined,
    );
    return {
      api: podmanMax ?? '1.24',
      ...(min !== undefined && { minApi: min }),
      pinWindow: null,
      versionPrefixHonoured: false,
      engines,
      from,
      releases: [],
      podman: releases,
      warnings,
    };
  }
  const api = podmanMax && compareApiVersions(podmanMax, docker.api) < 0 ? podmanMax : docker.api;
  return {
    ...docker,
    api,
    engines: [...(docker.engines ?? []), ...engines],
    from: `${docker.from} ${from}`,
    podman: [...(docker.podman ?? []), ...releases],
    warnings: [...docker.warnings, ...warnings],
  };
}
