import { coveredApiVersion } from '../data/api-versions.ts';
import { UsageError } from '../errors.ts';
import { finalReleases } from '../matrix/releases.ts';
import { resolveDocker } from '../matrix/resolve-docker.ts';
import type { ResolvedTarget } from '../targets/target.ts';
import { compareApiVersions, maxApiVersion } from '../versions/api-version.ts';

/**
 * One end of a move: the API version code is served at, and what the daemon
 * refuses. Given as an API version, the daemon stands for every final release
 * whose newest API is that version, and its minimum is the highest of theirs.
 */
export interface Side {
  /** How the user named it: `--from 1.41`, `--to-docker 29.0`. */
  readonly given: string;
  readonly api: string;
  /** Default minimum API; null when no known release has `api` as its newest. */
  readonly minApi: string | null;
  /** The releases this side stands for, first and last; null when none. */
  readonly docker: { readonly first: string; readonly last: string } | null;
}

export function sideOfApi(text: string, option: string): Side {
  const api = coveredApiVersion(text, option);
  const matching = finalReleases().filter((release) => release.maxApi === api);
  const first = matching[0];
  const last = matching[matching.length - 1];
  return {
    given: `${option} ${api}`,
    api,
    minApi: matching.reduce<string | null>((min, r) => (min ? maxApiVersion(min, r.minApi) : r.minApi), null),
    docker: first && last ? { first: first.name, last: last.name } : null,
  };
}

export function sideOfDocker(text: string, option: string): Side {
  const found = resolveDocker(text);
  const api = coveredApiVersion(found.maxApi, option);
  return {
    given: `${option} ${text.trim()}`,
    api,
    minApi: found.minApi,
    docker: { first: found.docker, last: found.docker },
  };
}

/** A live daemon's answer (`--daemon`) as a side. */
export function sideOfTarget(target: ResolvedTarget): Side {
  const first = target.releases?.[0];
  return {
    given: target.from,
    api: target.api,
    minApi: target.minApi ?? null,
    docker: first ? { first: first.name, last: first.name } : null,
  };
}

/** Names the side from exactly one of its two options, or throws a one-line usage error. */
export function sideOf(api: string | undefined, docker: string | undefined, end: 'from' | 'to'): Side {
  if (api !== undefined && docker !== undefined) {
    throw new UsageError(`give either --${end} <api> or --${end}-docker <version>, not both`);
  }
  if (api !== undefined) return sideOfApi(api, `--${end}`);
  if (docker !== undefined) return sideOfDocker(docker, `--${end}-docker`);
  throw new UsageError(`name the ${end} side: --${end} <api> or --${end}-docker <version>`);
}

export type PinProblem = 'above-max' | 'below-min';

/** Why a side's daemon refuses a pinned version, if it does. */
export function pinRefusal(side: Side, pin: string): PinProblem | undefined {
  if (compareApiVersions(pin, side.api) > 0) return 'above-max';
  if (side.minApi !== null && compareApiVersions(pin, side.minApi) < 0) return 'below-min';
  return undefined;
}
