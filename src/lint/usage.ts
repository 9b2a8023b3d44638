/**
 * What an extractor found in one file. Usages are plain data: they say where
 * an Engine API request or version pin is written, not whether it is a problem.
 */

/** A request to an Engine endpoint written in source (a URL, a curl command…). */
export interface RequestUsage {
  readonly kind: 'request';
  /** Id of the extractor that found it. */
  readonly extractor: string;
  /** Path relative to the scan's working directory, POSIX separators. */
  readonly file: string;
  /** 1-based line of the path's first character. */
  readonly line: number;
  /** 1-based column (UTF-16 code units) of the path's first character. */
  readonly column: number;
  /** Upper-case HTTP method, when the code around the path states it. */
  readonly method?: string;
  /**
   * Concrete path without version prefix and query, dynamic parts replaced by
   * `{}`: `/containers/{}/json`.
   */
  readonly path: string;
  /** API version from a `/v1.NN/` prefix (`1.41`), absent for unversioned requests. */
  readonly pin?: string;
  /** Query parameter names, sorted, unique. */
  readonly query: readonly string[];
  /** Request-body field paths (`HostConfig.Mounts[].Type`), sorted, unique. */
  readonly body: readonly string[];
  /** Header names as written, sorted, unique. */
  readonly headers: readonly string[];
  /**
   * True when the text alone shows the request goes to a Docker daemon (a
   * version prefix, a Docker socket or host). Otherwise the file must have
   * Docker context for the usage to count (see context/docker-context.ts).
   */
  readonly anchored: boolean;
  /** The source text the usage was read from, trimmed and capped, for messages. */
  readonly text?: string;
  /**
   * The daemon API versions the code around the request has checked for
   * (docs/guards.md): findings the range rules out are not reported.
   */
  readonly guard?: GuardedRange;
}

/** What the checks that decide whether a request runs ensure, and the checks themselves. */
export interface GuardedRange {
  /** The daemon serves this API version or newer where the request runs. */
  readonly atLeast?: string;
  /** The daemon is older than this API version where the request runs. */
  readonly below?: string;
  /** The version checks that decide whether the request runs, as written. */
  readonly checks: readonly GuardCheck[];
}

/** One check of the daemon's API version (`semver.gte(info.ApiVersion, '1.41.0')`). */
export interface GuardCheck {
  readonly line: number;
  readonly column: number;
  /** The comparison with the version on the left: `>=` for `1.41 <= v`. */
  readonly op: '>=' | '>' | '<' | '<=' | '==' | '!=';
  /** The API version compared with (`1.41`). */
  readonly bound: string;
  /** `string`: compared as text, which orders 1.9 after 1.10; right for 1.12 … 1.99 only. */
  readonly compare: 'version' | 'number' | 'string';
}

/** An API version pinned outside a path: `DOCKER_API_VERSION=1.41`, SDK options. */
export interface PinUsage {
  readonly kind: 'pin';
  readonly extractor: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The pinned API version, normalised (`1.41`). */
  readonly pin: string;
  readonly text?: string;
}

export type Usage = RequestUsage | PinUsage;
