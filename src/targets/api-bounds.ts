import { dataVersions } from '../data/api-versions.ts';
import { UsageError } from '../errors.ts';
import { finalReleases } from '../matrix/index.ts';
import { compareApiVersions, formatApiVersion, tryParseApiVersion } from '../versions/api-version.ts';
import { tryParseDockerVersion } from '../versions/docker-version.ts';

/**
 * An API version a target may name: between the oldest minimum any release
 * serves and the newest version the data knows. `20.10` is a Docker version
 * typed where an API version belongs, and `9.99` names no API: both are
 * usage errors, not targets above everything.
 */
export function knownApiVersion(text: string, option: string): string {
  const parsed = tryParseApiVersion(text);
  if (!parsed) {
    throw new UsageError(`${option} "${text}" is not an API version: expected MAJOR.MINOR, for example 1.41`);
  }
  const version = formatApiVersion(parsed);
  const { oldest, newest } = apiBounds();
  // Docker's own versions run from 17.03 on; API versions stay at 1.x.
  if (parsed.major >= 17 && tryParseDockerVersion(text)) {
    throw new UsageError(
      `${option} ${text} is a Docker version, not an API version (${oldest} … ${newest}): for Docker releases use --docker ${text}`,
    );
  }
  if (compareApiVersions(version, oldest) < 0 || compareApiVersions(version, newest) > 0) {
    throw new UsageError(
      `${option} ${text} is not an API version of the data: it knows ${oldest} … ${newest}`,
    );
  }
  return version;
}

function apiBounds(): { oldest: string; newest: string } {
  const versions = dataVersions().versions;
  let oldest = versions[0] ?? '1.24';
  for (const release of finalReleases())
    if (compareApiVersions(release.minApi, oldest) < 0) oldest = release.minApi;
  return { oldest, newest: versions[versions.length - 1] ?? oldest };
}
