/**
 * What the code must run against. The linter takes it as input; the release
 * matrix (or, later, a fleet of daemons) computes it.
 */
export interface Target {
  /** Feature ceiling: the newest API version the target serves. */
  readonly api: string;
  /** Lowest API version the target serves by default, when known (from `--docker`). */
  readonly minApi?: string;
  /** How the user stated the target, for messages: `--docker 20.10`, `--target 1.41`. */
  readonly from: string;
}
