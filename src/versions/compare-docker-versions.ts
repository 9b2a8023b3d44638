import semverCompare from 'semver/functions/compare.js';
import { toSemver } from './docker-version.ts';

/** Orders Docker release names (`17.03.1-ce` < `17.04.0-ce` < `18.09.0-ce-tp0` < `18.09.0`). */
export function compareDockerVersions(a: string, b: string): number {
  return semverCompare(toSemver(a), toSemver(b));
}
