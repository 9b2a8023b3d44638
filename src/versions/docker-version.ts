import { UsageError } from '../errors.ts';

/**
 * A Docker release version as users type it: `27`, `27.1`, `27.1.2`,
 * `v27.1.0`, `17.03.1-ce`, `29.0.0-rc.1`. Parts the user left out are
 * undefined, so `27.1` can mean "the 27.1 line".
 */
export interface DockerVersionQuery {
  readonly input: string;
  readonly major: number;
  readonly minor?: number;
  readonly patch?: number;
  /** Pre-release tag (`rc.1`, `ce-tp0`); the `ce`/`ee` edition suffix is not one. */
  readonly prerelease?: string;
}

// Bounded quantifiers only: input comes from users and config files.
const DOCKER_VERSION = /^v?(\d{1,4})(?:\.(\d{1,4}))?(?:\.(\d{1,4}))?(?:-([0-9A-Za-z.-]{1,40}))?$/;
const EDITION = /^(ce|ee)$/;

/** Parses a Docker version, or returns undefined when the text is not one. */
export function tryParseDockerVersion(input: string): DockerVersionQuery | undefined {
  if (!DOCKER_VERSION.test(input.trim())) return undefined;
  return parseDockerVersion(input);
}

export function parseDockerVersion(input: string): DockerVersionQuery {
  const text = input.trim();
  const match = DOCKER_VERSION.exec(text);
  if (!match) {
    const shown = text === '' ? 'an empty string' : `"${input}"`;
    throw new UsageError(
      `${shown} is not a Docker version: expected MAJOR[.MINOR[.PATCH]], for example 27.1, 27.1.2 or 17.03.1-ce`,
    );
  }
  const [, major, minor, patch, suffix] = match;
  if (suffix !== undefined && patch === undefined) {
    throw new UsageError(
      `"${input}" is not a Docker version: a suffix such as -rc.1 needs MAJOR.MINOR.PATCH`,
    );
  }
  const query: { -readonly [K in keyof DockerVersionQuery]: DockerVersionQuery[K] } = {
    input,
    major: Number(major),
  };
  if (minor !== undefined) query.minor = Number(minor);
  if (patch !== undefined) query.patch = Number(patch);
  if (suffix !== undefined) {
    const prerelease = suffix.startsWith('ce-') || suffix.startsWith('ee-') ? suffix.slice(3) : suffix;
    if (!EDITION.test(prerelease)) query.prerelease = prerelease;
  }
  return query;
}

/** SemVer form of a full release name (`17.03.1-ce` → `17.3.1`), for ordering and ranges. */
export function toSemver(name: string): string {
  return semverOf(parseDockerVersion(name));
}

/** toSemver for a version already parsed. */
export function semverOf(query: DockerVersionQuery): string {
  if (query.minor === undefined || query.patch === undefined) {
    throw new UsageError(`"${query.input}" is not a full Docker release version (MAJOR.MINOR.PATCH)`);
  }
  const core = `${query.major}.${query.minor}.${query.patch}`;
  return query.prerelease ? `${core}-${query.prerelease}` : core;
}
