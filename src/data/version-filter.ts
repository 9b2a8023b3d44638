import { UsageError } from '../errors.ts';
import { compareApiVersions, formatApiVersion, tryParseApiVersion } from '../versions/api-version.ts';

/** Tests a version (or null: "never") against a filter value. */
export type VersionTest = (version: string | null) => boolean;

const EXPRESSION = /^(>=|<=|>|<|=)?\s*(v?\d+\.\d+)$/;

/**
 * A filter on a version fact: `true` (any version), `false` (none, null),
 * an exact version (`1.41`) or a comparison (`>=1.40`, `<1.30`).
 */
export function versionTest(filter: boolean | string): VersionTest {
  if (filter === true) return (version) => version !== null;
  if (filter === false) return (version) => version === null;
  const match = EXPRESSION.exec(filter.trim());
  const parsed = match?.[2] === undefined ? undefined : tryParseApiVersion(match[2]);
  if (!match || !parsed) {
    throw new UsageError(`"${filter}" is not a version filter: expected 1.41, >=1.40, <1.30 and the like`);
  }
  const bound = formatApiVersion(parsed);
  const operator = match[1] ?? '=';
  return (version) => {
    if (version === null) return false;
    const order = compareApiVersions(version, bound);
    if (operator === '>=') return order >= 0;
    if (operator === '<=') return order <= 0;
    if (operator === '>') return order > 0;
    if (operator === '<') return order < 0;
    return order === 0;
  };
}

/** The version a filter names (`>=1.40` → `1.40`), or undefined for `true`, `false` and nonsense. */
export function filterVersion(filter: boolean | string): string | undefined {
  if (typeof filter === 'boolean') return undefined;
  return EXPRESSION.exec(filter.trim())?.[2];
}
