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
  /**
   * The versions a pin may take so that every daemon serves it: [highest
   * minimum, lowest maximum]. Null with `emptyWindowReason` when no pin works
   * on the whole fleet; absent or null without a reason when only `api` and
   * `minApi` are known.
   */
  readonly pinWindow?: { readonly low: string; readonly high: string } | null;
  readonly emptyWindowReason?: string;
}
