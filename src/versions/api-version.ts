import { UsageError } from '../errors.ts';

/**
 * An Engine API version such as `1.41`. Not SemVer: minors compare as numbers
 * (1.9 < 1.10) and there is no patch part.
 */
export interface ApiVersion {
  readonly major: number;
  readonly minor: number;
}

const API_VERSION = /^v?(\d{1,3})\.(\d{1,3})$/;

/** Parses `1.41` or `v1.41`; returns undefined for anything else. */
export function tryParseApiVersion(text: string): ApiVersion | undefined {
  const match = API_VERSION.exec(text.trim());
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]) };
}

/** Parses an API version or throws a UsageError naming the bad input. */
export function parseApiVersion(text: string): ApiVersion {
  const version = tryParseApiVersion(text);
  if (!version) {
    throw new UsageError(`"${text}" is not an API version: expected MAJOR.MINOR, for example 1.41`);
  }
  return version;
}

export function formatApiVersion(version: ApiVersion): string {
  return `${version.major}.${version.minor}`;
}

/** Orders API versions numerically; accepts parsed versions or strings such as `1.9`. */
export function compareApiVersions(a: ApiVersion | string, b: ApiVersion | string): number {
  const left = typeof a === 'string' ? parseApiVersion(a) : a;
  const right = typeof b === 'string' ? parseApiVersion(b) : b;
  return left.major - right.major || left.minor - right.minor;
}

/** Normalises user input (`v1.041`, ` 1.41 `) to the canonical `1.41`. */
export function normalizeApiVersion(text: string): string {
  return formatApiVersion(parseApiVersion(text));
}

export function maxApiVersion(a: string, b: string): string {
  return compareApiVersions(a, b) >= 0 ? a : b;
}

export function minApiVersion(a: string, b: string): string {
  return compareApiVersions(a, b) <= 0 ? a : b;
}
