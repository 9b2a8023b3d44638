/**
 * What the code must run against. The linter takes it as input; the release
 * matrix, a fleet of daemons and engines, or a live daemon computes it.
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
  /**
   * False when no daemon of the target acts on a `/v1.NN/` prefix: Podman
   * answers every prefix with the same handlers, so a pin is never refused
   * and never lowers what is served. Absent means true (dockerd).
   */
  readonly versionPrefixHonoured?: boolean;
  /** Engines other than dockerd in the target (Podman), each with the operations it does not serve. */
  readonly engines?: readonly EngineTarget[];
}

/** How an engine answers an operation it does not serve. */
export interface NotServed {
  /** `refused`: a handler that only refuses (503, 501, 404 "not supported"); `missing`: no route (404, 405). */
  readonly answer: 'refused' | 'missing';
  readonly status: number;
}

/** One engine release of the target, as far as api-not-served needs it. */
export interface EngineTarget {
  /** For messages: `Podman`. */
  readonly engine: string;
  /** The release whose data is used: `4.3.1`. */
  readonly version: string;
  /** Operation keys the engine serves at no API version, for requests with a `/v1.NN/` prefix. */
  readonly notServed: ReadonlyMap<string, NotServed>;
  /** The same for requests without a prefix (a few routes are registered only one way). */
  readonly notServedUnversioned: ReadonlyMap<string, NotServed>;
  /** Operation key → the first release of the engine in the data that serves it, when one does. */
  readonly servedSince?: ReadonlyMap<string, string>;
  /** The same for requests without a prefix. */
  readonly servedSinceUnversioned?: ReadonlyMap<string, string>;
}
