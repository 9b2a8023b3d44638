import { readFileSync } from 'node:fs';
import { dataDir } from '../package-root.ts';
import { compareApiVersions } from '../versions/api-version.ts';
import { type DockerVersionQuery, parseDockerVersion, semverOf } from '../versions/docker-version.ts';
import type { DockerRelease, ReleasesFile } from './release-types.ts';

let cache: readonly DockerRelease[] | undefined;
let byMajor: Map<number, DockerRelease[]> | undefined;

/** Every known Docker release, in version order (loaded once, on first use). */
export function releases(): readonly DockerRelease[] {
  cache ??= loadReleases(JSON.parse(readFileSync(`${dataDir}docker-releases.json`, 'utf8')) as ReleasesFile);
  return cache;
}

export function loadReleases(file: ReleasesFile): DockerRelease[] {
  // Every lint and lookup loads this table first: each name is parsed once, each rule's
  // `since` once for all releases.
  const rules = file.configurableMinApi.map((entry) => ({ entry, since: parseDockerVersion(entry.since) }));
  return file.releases.map(([name, maxApi, minApi]) => {
    const version = parseDockerVersion(name);
    const { major, minor = 0, patch = 0, prerelease } = version;
    const rule = rules.find(({ since }) => compareReleases(version, since) >= 0)?.entry;
    return {
      name,
      semver: semverOf(version),
      maxApi,
      minApi,
      configurableMinApi: rule && compareApiVersions(rule.lowest, minApi) < 0 ? rule.lowest : null,
      prerelease: prerelease !== undefined,
      parts: { major, minor, patch, ...(prerelease !== undefined && { pre: prerelease }) },
    };
  });
}

function compareReleases(left: DockerVersionQuery, right: DockerVersionQuery): number {
  return (
    left.major - right.major ||
    (left.minor ?? 0) - (right.minor ?? 0) ||
    (left.patch ?? 0) - (right.patch ?? 0)
  );
}

/** Releases of one major line (`27` → 27.0.1 … 27.5.1), in version order. */
export function releasesOfMajor(major: number): readonly DockerRelease[] {
  if (!byMajor) {
    byMajor = new Map();
    for (const release of releases()) {
      const list = byMajor.get(release.parts.major) ?? [];
      list.push(release);
      byMajor.set(release.parts.major, list);
    }
  }
  return byMajor.get(major) ?? [];
}

/** Releases that are not pre-releases (tech previews, release candidates). */
export function finalReleases(): readonly DockerRelease[] {
  return releases().filter((release) => !release.prerelease);
}

export function latestRelease(): DockerRelease {
  const all = finalReleases();
  const last = all[all.length - 1];
  if (!last) throw new Error('docker-api-compat: the release data is empty');
  return last;
}

/** The newest API version any known release serves. */
export function latestApi(): string {
  return releases().reduce(
    (max, release) => (compareApiVersions(release.maxApi, max) > 0 ? release.maxApi : max),
    '1.0',
  );
}
