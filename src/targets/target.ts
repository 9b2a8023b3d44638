import type { DockerRelease } from '../matrix/index.ts';

/** An API window [low, high], inclusive. */
export interface ApiWindow {
  readonly low: string;
  readonly high: string;
}

/**
 * What the linter checks code against: a fleet of daemons, or a bare API
 * version. The one target type of the project: `resolveTarget` and the
 * daemon probe fill every member; library callers may pass `{ api, from }`.
 * - `api`: the feature ceiling, the lowest maximum API in the fleet; code must
 *   not use anything newer unless it negotiates and guards.
 * - `minApi`: the highest minimum in the fleet; a pin below it is refused by
 *   some daemon. Absent for a bare `--target`, whose minimum is unknown.
 * - `pinWindow`: [minApi, api], or null when no single pinned version works on
 *   every daemon of the fleet (`emptyWindowReason` says why).
 */
export interface Target {
  readonly api: string;
  readonly minApi?: string;
  readonly pinWindow?: ApiWindow | null;
  readonly emptyWindowReason?: string;
  /** How the target was given, for messages and output: `--docker 20.10`. */
  readonly from: string;
  /** The releases of the fleet, in version order (empty or absent for a bare API target). */
  readonly releases?: readonly DockerRelease[];
  /** Queries that named releases newer than the data knows. */
  readonly warnings?: readonly string[];
}

/** A target as `resolveTarget` and the daemon probe make it: every member known. */
export type ResolvedTarget = Target &
  Required<Pick<Target, 'releases' | 'warnings'>> & { readonly pinWindow: ApiWindow | null };
