import type { PodmanRelease } from '../engines/podman/types.ts';
import type { Target } from '../lint/target.ts';

export type { Target } from '../lint/target.ts';

import type { DockerRelease } from '../matrix/index.ts';

/** An API window [low, high], inclusive. */
export interface ApiWindow {
  readonly low: string;
  readonly high: string;
}

/**
 * A target as `resolveTarget` and the daemon probe make it: the linter's one
 * `Target` (src/lint/target.ts) with every member the command line resolved.
 * A fleet of daemons and engines, or a bare API version.
 * - `api`: the feature ceiling, the lowest maximum API in the fleet; code must
 *   not use anything newer unless it negotiates and guards.
 * - `minApi`: the highest minimum in the fleet; a pin below it is refused by
 *   some daemon. Absent for a bare `--target`, whose minimum is unknown.
 * - `pinWindow`: [minApi, api], or null when no single pinned version works on
 *   every daemon of the fleet (`emptyWindowReason` says why).
 */
export interface ResolvedTarget extends Target {
  readonly pinWindow: ApiWindow | null;
  /** The Docker releases of the fleet, in version order (empty for a bare API target). */
  readonly releases: readonly DockerRelease[];
  /** The Podman releases of the fleet (`--podman`, or a live Podman), oldest first. */
  readonly podman?: readonly PodmanRelease[];
  /** Queries that named releases newer than the data knows. */
  readonly warnings: readonly string[];
}
