import { UsageError } from '../errors.ts';
import { compareApiVersions, normalizeApiVersion } from '../versions/api-version.ts';
import type { DockerRelease } from './release-types.ts';
import { finalReleases } from './releases.ts';

/** Consecutive releases, inclusive, named as in the data. */
export interface ReleaseRun {
  readonly from: string;
  readonly to: string;
}

export interface ApiLookup {
  readonly api: string;
  /** Runs of consecutive final releases that serve `api` by default, in version order. */
  readonly servedBy: readonly ReleaseRun[];
  /**
   * Runs of releases that serve `api` only when their minimum is lowered by
   * configuration (Docker 29.0+ with DOCKER_MIN_API_VERSION).
   */
  readonly servedWhenConfigured: readonly ReleaseRun[];
}

/** Whether a release serves the API version with its default settings. */
export function servesByDefault(release: DockerRelease, api: string): boolean {
  return compareApiVersions(release.minApi, api) <= 0 && compareApiVersions(api, release.maxApi) <= 0;
}

function servesWhenConfigured(release: DockerRelease, api: string): boolean {
  const lowest = release.configurableMinApi;
  return (
    lowest !== null &&
    !servesByDefault(release, api) &&
    compareApiVersions(lowest, api) <= 0 &&
    compareApiVersions(api, release.maxApi) <= 0
  );
}

/**
 * Which Docker releases serve an API version. Pre-releases are left out:
 * runs name releases people deploy. Throws for versions outside the data.
 */
export function releasesServing(input: string): ApiLookup {
  const api = normalizeApiVersion(input);
  // At most one answer per API version exists, so each is computed once.
  let answer = answers.get(api);
  if (!answer) {
    answer = Object.freeze(computeServing(api));
    answers.set(api, answer);
  }
  return answer;
}

const answers = new Map<string, ApiLookup>();

function computeServing(api: string): ApiLookup {
  const all = finalReleases();
  const oldestMin = all.reduce(
    (min, release) => (compareApiVersions(release.minApi, min) < 0 ? release.minApi : min),
    '99.0',
  );
  const newestMax = all.reduce(
    (max, release) => (compareApiVersions(release.maxApi, max) > 0 ? release.maxApi : max),
    '0.0',
  );
  if (compareApiVersions(api, oldestMin) < 0 || compareApiVersions(api, newestMax) > 0) {
    throw new UsageError(
      `API ${api} is outside what the release data knows (API ${oldestMin} … ${newestMax}, Docker ${all[0]?.name} … ${all[all.length - 1]?.name}); update docker-api-compat (npm install docker-api-compat@latest) for newer releases`,
    );
  }
  return {
    api,
    servedBy: runs(all, (release) => servesByDefault(release, api)),
    servedWhenConfigured: runs(all, (release) => servesWhenConfigured(release, api)),
  };
}

function runs(all: readonly DockerRelease[], keep: (release: DockerRelease) => boolean): ReleaseRun[] {
  const result: ReleaseRun[] = [];
  let open: { from: string; to: string } | undefined;
  for (const release of all) {
    if (keep(release)) {
      if (open) open.to = release.name;
      else open = { from: release.name, to: release.name };
    } else if (open) {
      result.push(open);
      open = undefined;
    }
  }
  if (open) result.push(open);
  return result;
}
