import {
  compareApiVersions,
  formatApiVersion,
  maxApiVersion,
  minApiVersion,
  tryParseApiVersion,
} from '../../versions/api-version.ts';
import type { GuardCheck } from '../usage.ts';

/**
 * What the code around a usage knows of the daemon's API version: at least
 * `atLeast`, below `below`. An empty object knows nothing.
 */
export interface VersionRange {
  readonly atLeast?: string;
  readonly below?: string;
}

/** A comparison of the daemon's API version with a bound, the version on the left. */
export type Operator = GuardCheck['op'];

/** How the code compares: as versions or numbers, or as strings (right for 1.12 … 1.99 only). */
export type Comparison = GuardCheck['compare'];

/** One comparison: what a check is before it has a place (bound as `1.41`; `1.41.0` is cut). */
export type Atom = Pick<GuardCheck, 'op' | 'bound' | 'compare'>;

export const anything: VersionRange = {};

/** Both ranges hold. */
export function intersect(a: VersionRange, b: VersionRange): VersionRange {
  const atLeast = a.atLeast && b.atLeast ? maxApiVersion(a.atLeast, b.atLeast) : (a.atLeast ?? b.atLeast);
  const below = a.below && b.below ? minApiVersion(a.below, b.below) : (a.below ?? b.below);
  return { ...(atLeast && { atLeast }), ...(below && { below }) };
}

/** Either range holds: only bounds both share survive, loosened. */
export function union(a: VersionRange, b: VersionRange): VersionRange {
  const atLeast = a.atLeast && b.atLeast ? minApiVersion(a.atLeast, b.atLeast) : undefined;
  const below = a.below && b.below ? maxApiVersion(a.below, b.below) : undefined;
  return { ...(atLeast && { atLeast }), ...(below && { below }) };
}

/** The next API version: what `> 1.40` means for versions that are MAJOR.MINOR. */
function next(bound: string): string {
  const version = tryParseApiVersion(bound);
  return version ? formatApiVersion({ major: version.major, minor: version.minor + 1 }) : bound;
}

const OPPOSITE: Readonly<Record<Operator, Operator>> = {
  '>=': '<',
  '>': '<=',
  '<': '>=',
  '<=': '>',
  '==': '!=',
  '!=': '==',
};

/** `1.41 <= v` is `v >= 1.41`. */
export const MIRRORED: Readonly<Record<Operator, Operator>> = {
  '>=': '<=',
  '>': '<',
  '<': '>',
  '<=': '>=',
  '==': '==',
  '!=': '!=',
};

/** The range an atom implies when it evaluates to `truth`. */
export function rangeOf(atom: Atom, truth: boolean): VersionRange {
  const op = truth ? atom.op : OPPOSITE[atom.op];
  switch (op) {
    case '>=':
      return { atLeast: atom.bound };
    case '>':
      return { atLeast: next(atom.bound) };
    case '<':
      return { below: atom.bound };
    case '<=':
      return { below: next(atom.bound) };
    case '==':
      return { atLeast: atom.bound, below: next(atom.bound) };
    case '!=':
      return anything;
  }
}

/** Whether `range` ensures the daemon serves `version` or newer. */
export function ensuresAtLeast(range: VersionRange, version: string): boolean {
  return range.atLeast !== undefined && compareApiVersions(range.atLeast, version) >= 0;
}

/** Whether `range` ensures the daemon is older than `version`. */
export function ensuresBelow(range: VersionRange, version: string): boolean {
  return range.below !== undefined && compareApiVersions(range.below, version) <= 0;
}
