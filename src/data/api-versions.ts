import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.ts';
import { dataDir } from '../package-root.ts';
import { formatApiVersion, tryParseApiVersion } from '../versions/api-version.ts';
import { API_VERSIONS_FILE, type ApiVersionsFile } from './format.ts';

/** The API versions the element data covers. */
export interface DataVersions {
  /** Oldest first; the first stands for "that version or earlier". */
  readonly versions: readonly string[];
  /** Versions no Docker release serves yet. */
  readonly unreleased: readonly string[];
}

let cached: DataVersions | undefined;

/** The versions listed in data/api-versions.json. */
export function dataVersions(): DataVersions {
  if (!cached) {
    const file = JSON.parse(readFileSync(join(dataDir, API_VERSIONS_FILE), 'utf8')) as ApiVersionsFile;
    cached = { versions: file.versions, unreleased: file.unreleased };
  }
  return cached;
}

/** A one-line description of what the data covers, for error messages. */
export function describeCoverage(data: DataVersions = dataVersions()): string {
  const { versions, unreleased } = data;
  const range = `${versions[0]} to ${versions[versions.length - 1]}`;
  return unreleased.length > 0 ? `${range} (${unreleased.join(', ')} unreleased)` : range;
}

/**
 * Normalises `text` to a version the data covers (`v1.041` → `1.41`), or
 * throws a UsageError that says what the data covers.
 */
export function coveredApiVersion(text: string, option = 'version'): string {
  const parsed = tryParseApiVersion(text);
  const version = parsed && formatApiVersion(parsed);
  if (!version || !dataVersions().versions.includes(version)) {
    throw new UsageError(`${option} "${text}" is not an API version the data covers: ${describeCoverage()}`);
  }
  return version;
}

/** True when no Docker release serves `version` yet. */
export function isUnreleased(version: string): boolean {
  return dataVersions().unreleased.includes(version);
}
