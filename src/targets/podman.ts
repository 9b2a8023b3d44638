import { podmanReleases } from '../engines/podman/releases.ts';
import type { PodmanRelease } from '../engines/podman/types.ts';
import { UsageError } from '../errors.ts';
import { semverRanges } from './semver-ranges.ts';

export interface PodmanFleet {
  readonly releases: readonly PodmanRelease[];
  /** Versions the data has no release for, and the release checked instead. */
  readonly warnings: readonly string[];
}

const VERSION = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/;

/**
 * Turns `--podman` queries into the pinned releases the data knows. A query
 * is a version (`4.3.1`, `4.3`: its line; `5`: its major) or a SemVer range
 * (`>=5`, `4.3 || >=5.4`). A version between pinned releases is checked as
 * the nearest release below it, one newer than the data as the newest, both
 * with a warning; one older than the data is an error.
 */
export function podmanFleet(queries: readonly string[]): PodmanFleet {
  if (queries.length === 0) throw new UsageError('no Podman version given');
  const known = podmanReleases();
  const chosen = new Set<PodmanRelease>();
  const warnings: string[] = [];
  for (const query of queries) {
    const text = query.trim();
    const version = VERSION.exec(text);
    const found = version ? ofVersion(known, text, version, warnings) : ofRange(known, text);
    for (const release of found) chosen.add(release);
  }
  return { releases: known.filter((release) => chosen.has(release)), warnings };
}

function ofVersion(
  known: readonly PodmanRelease[],
  text: string,
  [, major = '', minor, patch]: RegExpExecArray,
  warnings: string[],
): PodmanRelease[] {
  const parts = (release: PodmanRelease) => release.version.split('.');
  const same = known.filter((release) => {
    const [x, y, z] = parts(release);
    return x === major && (minor === undefined || y === minor) && (patch === undefined || z === patch);
  });
  if (same.length > 0) return same;
  const line = known.filter((release) => {
    const [x, y] = parts(release);
    return x === major && y === minor;
  });
  const name = text.replace(/^v/, '');
  if (line.length > 0) {
    warnings.push(
      `Podman ${name} is not in the data; checking it as ${line[0]?.version}, the release of its line`,
    );
    return line.slice(0, 1);
  }
  const wanted = [major, minor ?? '0', patch ?? '0'].map(Number);
  const below = known.filter((release) => compareParts(parts(release).map(Number), wanted) <= 0);
  const nearest = below[below.length - 1];
  if (!nearest) throw new UsageError(`--podman ${text} is older than the data (${coverage(known)})`);
  warnings.push(
    nearest === known[known.length - 1]
      ? `Podman ${name} is newer than the data (${coverage(known)}); checking it as ${nearest.version}`
      : `Podman ${name} is not in the data (${coverage(known)}); checking it as ${nearest.version}, the nearest release below`,
  );
  return [nearest];
}

function ofRange(known: readonly PodmanRelease[], text: string): PodmanRelease[] {
  const { satisfies, validRange } = semverRanges();
  if (text === '' || validRange(text) === null) {
    throw new UsageError(
      `"${text}" is neither a Podman version nor a version range: try 4.3, 5.8.2 or ">=5"`,
    );
  }
  const matched = known.filter((release) => satisfies(release.version, text));
  if (matched.length === 0)
    throw new UsageError(`--podman "${text}" matches no release in the data (${coverage(known)})`);
  return matched;
}

function compareParts(a: readonly number[], b: readonly number[]): number {
  return (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0) || (a[2] ?? 0) - (b[2] ?? 0);
}

function coverage(known: readonly PodmanRelease[]): string {
  return `the data covers Podman ${known.map((release) => release.version).join(', ')}`;
}
