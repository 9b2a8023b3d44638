import semverCompare from 'semver/functions/compare.js';
import { isUsageError } from '../errors.ts';
import { type DockerLookup, latestRelease, resolveDocker } from '../matrix/index.ts';
import { compareApiVersions } from '../versions/api-version.ts';
import { toSemver } from '../versions/docker-version.ts';
import type { VersionAnswer } from './version-answer.ts';

/**
 * What the release data knows of a daemon's version.
 * - `release`: the data has that release; `differences` lists where the
 *   daemon's own API range differs from the data's (a configured minimum, a
 *   patched distribution build).
 * - `newer`: the daemon is newer than every release in the data.
 * - `other-engine`: another engine speaking the Docker API (Podman): its
 *   version numbers are not Docker's, so only its API range counts.
 * - `unknown`: a version the data cannot place (a dev build, a gap).
 */
export type DataKnowledge =
  | ({ readonly kind: 'release'; readonly differences: readonly string[] } & DockerLookup)
  | { readonly kind: 'newer'; readonly latest: string }
  | { readonly kind: 'other-engine'; readonly engine: string }
  | { readonly kind: 'unknown'; readonly reason: string };

// Distribution builds add build metadata (`+dfsg1`) or packaging suffixes
// (`-0ubuntu1~24.04.1`); the release is the leading MAJOR.MINOR.PATCH.
const RELEASE_CORE = /^v?\d{1,4}\.\d{1,4}\.\d{1,4}(?:-(?:rc|beta|tp|ce|ee)[0-9A-Za-z.-]{0,40})?/;

export function dataKnowledge(answer: VersionAnswer): DataKnowledge {
  if (answer.engineName !== null) return { kind: 'other-engine', engine: answer.engineName };
  const match = RELEASE_CORE.exec(answer.version.split('+')[0] ?? '');
  if (!match) {
    return { kind: 'unknown', reason: `"${answer.version}" is not a Docker release version` };
  }
  const latest = latestRelease();
  // SemVer form, so that `17.03.1-ce` (a leading zero) compares at all.
  if (semverCompare(toSemver(match[0]), latest.semver) > 0) return { kind: 'newer', latest: latest.name };
  let lookup: DockerLookup;
  try {
    lookup = resolveDocker(match[0]);
  } catch (error) {
    if (!isUsageError(error)) throw error;
    return { kind: 'unknown', reason: `Docker ${match[0]} is not in the release data` };
  }
  return { kind: 'release', ...lookup, differences: differences(answer, lookup) };
}

function differences(answer: VersionAnswer, lookup: DockerLookup): string[] {
  const found: string[] = [];
  if (compareApiVersions(answer.apiVersion, lookup.maxApi) !== 0) {
    found.push(`the daemon serves up to API ${answer.apiVersion}; the data says ${lookup.maxApi}`);
  }
  const min = answer.minApiVersion;
  if (min !== null && compareApiVersions(min, lookup.minApi) !== 0) {
    found.push(`the daemon's minimum API is ${min}; the default is ${lookup.minApi} (configured?)`);
  }
  return found;
}
