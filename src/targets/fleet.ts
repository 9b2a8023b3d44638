import { UsageError } from '../errors.ts';
import { type DockerRelease, finalReleases, resolveDocker } from '../matrix/index.ts';
import { tryParseDockerVersion } from '../versions/docker-version.ts';
import { semverRanges } from './semver-ranges.ts';

/**
 * Turns `--docker` queries into the releases they name. A query is a Docker
 * version (`27.1.2`, `20.10`, `27`: a version or its whole line) or a SemVer
 * range over release versions (`>=24`, `20.10 || >=27`, `^27`). Several
 * queries add up. Pre-releases are never part of a fleet.
 */
export function releasesOfFleet(queries: readonly string[]): DockerRelease[] {
  if (queries.length === 0) throw new UsageError('no Docker version given');
  const chosen = new Set<DockerRelease>();
  for (const query of queries) {
    for (const release of releasesOfQuery(query)) chosen.add(release);
  }
  return finalReleases().filter((release) => chosen.has(release));
}

function releasesOfQuery(query: string): DockerRelease[] {
  const text = query.trim();
  const version = tryParseDockerVersion(text);
  if (version) {
    if (version.patch !== undefined) {
      const name = resolveDocker(text).docker;
      return finalReleases().filter((release) => release.name === name);
    }
    // A line: every release of it (resolveDocker throws for unknown lines).
    resolveDocker(text);
    return finalReleases().filter(
      (release) =>
        release.parts.major === version.major &&
        (version.minor === undefined || release.parts.minor === version.minor),
    );
  }
  const range = semverRange(text);
  const matched = finalReleases().filter((release) => semverRanges().satisfies(release.semver, range));
  if (matched.length === 0) {
    const all = finalReleases();
    throw new UsageError(
      `--docker "${query}" matches no known release (the data covers Docker ${all[0]?.name} … ${all[all.length - 1]?.name})`,
    );
  }
  return matched;
}

// Docker spells minors with leading zeros (17.03); SemVer ranges must not.
function semverRange(text: string): string {
  const range = text.replace(/\b0+(\d)/g, '$1');
  // SemVer reads an empty alternative (`20.10 ||`, `||`) as `*`: every release, never what was meant.
  if (range.split('||').some((alternative) => alternative.trim() === '')) {
    throw new UsageError(`"${text}" has an empty alternative around ||: write "20.10 || >=27"`);
  }
  if (text === '' || semverRanges().validRange(range) === null) {
    throw new UsageError(
      `"${text}" is neither a Docker version nor a version range: try 27.1, 20.10, ">=24" or "20.10 || >=27"`,
    );
  }
  return range;
}
