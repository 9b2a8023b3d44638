import { UsageError } from '../errors.ts';
import { compareApiVersions } from '../versions/api-version.ts';
import { type DockerVersionQuery, parseDockerVersion } from '../versions/docker-version.ts';
import type { DockerRelease } from './release-types.ts';
import { finalReleases, releasesOfMajor } from './releases.ts';

/** A range of API versions over the releases of one line. */
export interface ApiRange {
  readonly lowest: string;
  readonly highest: string;
}

/** What a line (`27`, `27.1`) covers when its releases differ. */
export interface ReleaseLine {
  /** The line as typed: `27` or `27.1`. */
  readonly name: string;
  readonly first: string;
  readonly last: string;
  readonly maxApi: ApiRange;
  readonly minApi: ApiRange;
}

/** The answer to "which API versions does Docker X serve?". */
export interface DockerLookup {
  /** The release the input resolved to, named as in the data. */
  readonly docker: string;
  readonly maxApi: string;
  /** The default minimum API version. */
  readonly minApi: string;
  /** Lowest minimum the daemon can be configured to, where it allows that. */
  readonly configurableMinApi: string | null;
  /** Set when the input named a line (`27`, `1.13`) rather than one release. */
  readonly line?: ReleaseLine;
  /** Facts worth telling the user: later patches that differ, pre-release mapping. */
  readonly notes: readonly string[];
}

/**
 * Resolves a Docker version as users type it. `X.Y` means the first release
 * of the X.Y line (X.Y.0, as the upstream table reads it); `X` names a whole
 * major line; a pre-release not in the data resolves to its final release.
 * Throws a UsageError for malformed or unknown versions.
 */
export function resolveDocker(input: string): DockerLookup {
  const query = parseDockerVersion(input);
  const key = canonicalKey(query);
  // Answers are immutable and few (one per release, line or pre-release
  // spelling), so each is computed on first use and kept, up to a bound.
  let answer = answers.get(key);
  if (!answer) {
    answer = Object.freeze(computeAnswer(query));
    if (answers.size < MAX_ANSWERS) answers.set(key, answer);
  }
  return answer;
}

const MAX_ANSWERS = 4096;
const answers = new Map<string, DockerLookup>();

function canonicalKey(query: DockerVersionQuery): string {
  const parts = [query.major, query.minor, query.patch].filter((part) => part !== undefined).join('.');
  return query.prerelease ? `${parts}-${query.prerelease}` : parts;
}

function computeAnswer(query: DockerVersionQuery): DockerLookup {
  const lineReleases = releasesOfMajor(query.major).filter((release) => inLine(release, query));
  if (query.patch !== undefined) return resolveRelease(query, lineReleases);
  const finals = lineReleases.filter((release) => !release.prerelease);
  const first = finals[0];
  const last = finals[finals.length - 1];
  if (!first || !last) throw unknownVersion(query);
  const line = summarizeLine(query, finals);
  const notes =
    query.minor === undefined
      ? [`Docker ${line.name} is a major line: ${first.name} … ${last.name}`]
      : finals
          .filter((release) => release.maxApi !== first.maxApi || release.minApi !== first.minApi)
          .map((release) => `later patch ${release.name} serves API ${release.minApi}–${release.maxApi}`);
  if (query.minor !== undefined && first.parts.patch !== 0) {
    notes.unshift(`Docker ${line.name}.0 was never released; ${line.name} resolves to ${first.name}`);
  }
  return { ...answer(first), ...(isUniform(line) && query.minor !== undefined ? {} : { line }), notes };
}

function resolveRelease(query: DockerVersionQuery, lineReleases: readonly DockerRelease[]): DockerLookup {
  const samePatch = lineReleases.filter((release) => release.parts.patch === query.patch);
  const exact = samePatch.find((release) => release.parts.pre === query.prerelease);
  if (exact) return { ...answer(exact), notes: [] };
  const final = samePatch.find((release) => !release.prerelease);
  if (query.prerelease !== undefined && final) {
    const note = `pre-release ${canonicalKey(query)} is not in the data; answering for its final release ${final.name}`;
    return { ...answer(final), notes: [note] };
  }
  throw unknownVersion(query, lineReleases);
}

function inLine(release: DockerRelease, query: DockerVersionQuery): boolean {
  return (
    release.parts.major === query.major && (query.minor === undefined || release.parts.minor === query.minor)
  );
}

function answer(release: DockerRelease): Omit<DockerLookup, 'notes'> {
  return {
    docker: release.name,
    maxApi: release.maxApi,
    minApi: release.minApi,
    configurableMinApi: release.configurableMinApi,
  };
}

function summarizeLine(query: DockerVersionQuery, finals: readonly DockerRelease[]): ReleaseLine {
  const range = (pick: (release: DockerRelease) => string): ApiRange => {
    const sorted = finals.map(pick).sort(compareApiVersions);
    return { lowest: sorted[0] as string, highest: sorted[sorted.length - 1] as string };
  };
  return {
    // Named as the data spells it (`17.03`, not `17.3`).
    name: (finals[0] as DockerRelease).name
      .split(/[.-]/)
      .slice(0, query.minor === undefined ? 1 : 2)
      .join('.'),
    first: (finals[0] as DockerRelease).name,
    last: (finals[finals.length - 1] as DockerRelease).name,
    maxApi: range((release) => release.maxApi),
    minApi: range((release) => release.minApi),
  };
}

function isUniform(line: ReleaseLine): boolean {
  return line.maxApi.lowest === line.maxApi.highest && line.minApi.lowest === line.minApi.highest;
}

function unknownVersion(query: DockerVersionQuery, lineReleases: readonly DockerRelease[] = []): UsageError {
  const all = finalReleases();
  const covered = `the data covers Docker ${all[0]?.name} … ${all[all.length - 1]?.name}`;
  const known = lineReleases.filter((release) => !release.prerelease).map((release) => release.name);
  const hint = known.length > 0 ? `; that line has ${known.join(', ')}` : '';
  return new UsageError(
    `Docker ${query.input.trim()} is not a known release (${covered}${hint}); update docker-api-compat (npm install docker-api-compat@latest) for newer releases`,
  );
}
