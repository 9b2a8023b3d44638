/**
 * What an extractor found in one file. Usages are plain data: they say where
 * an Engine API request, each element it carries, or a version pin is
 * written, not whether it is a problem.
 */

/** A 1-based place in a file; columns count UTF-16 code units. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** A literal written in the source: string, number, boolean, or a typed constant resolved to its string. */
export type LiteralValue = string | number | boolean;

/** Where a request element sits in the request. */
export type ElementPlace = 'query' | 'header' | 'body';

/**
 * One element a request carries, at the text that names it: a body field's
 * key, a query parameter's name, a header name, a keyword argument, a CLI flag.
 */
export interface ElementUse {
  readonly in: ElementPlace;
  /**
   * Query or header name; for the body, the field path with `[]` for array
   * items and map keys as written: `HostConfig.Mounts[].Type`,
   * `NetworkingConfig.EndpointsConfig.mynet.Aliases`.
   */
  readonly name: string;
  /** Where the name is written. */
  readonly at: Position;
  /** The literal value sent, when the code writes one. */
  readonly value?: LiteralValue;
  /** Where the value is written: enum-value findings point there. */
  readonly valueAt?: Position;
  /** The text that names it when that is not the element's name: a CLI flag (`--gpus`), an SDK keyword. */
  readonly label?: string;
}

/**
 * A version check the client itself makes before it sends (a CLI flag's or
 * command's version annotation): below `requires` the client refuses, so the
 * code fails there even where the daemon would accept the element.
 */
export interface ClientGate {
  /** What is refused, as people write it: `docker image ls --tree`, `docker container run`. */
  readonly label: string;
  readonly at: Position;
  readonly requires: string;
}

/** How a request's operation was found, for `via` in findings. */
export type Attribution =
  /** A literal path (with the method from the code around it). */
  | 'path'
  /** An SDK method or CLI command that names its operation. */
  | 'method'
  /** A body literal whose fields only one operation takes. */
  | 'shape';

/** A request to an Engine endpoint written in source (a URL, a curl command, an SDK call…). */
export interface RequestUsage {
  readonly kind: 'request';
  /** Id of the extractor that found it. */
  readonly extractor: string;
  /** Path relative to the scan's working directory, POSIX separators. */
  readonly file: string;
  /** 1-based line of the request: the path's first character, or the SDK method's name. */
  readonly line: number;
  /** 1-based column (UTF-16 code units) of the same. */
  readonly column: number;
  /** Upper-case HTTP method, when the code states it. */
  readonly method?: string;
  /**
   * Concrete path without version prefix and query, dynamic parts replaced by
   * `{}`: `/containers/{}/json`.
   */
  readonly path: string;
  /**
   * The operation's element key when the extractor knows it (an SDK method
   * knows its operation): `POST /containers/create`. It wins over method and path.
   */
  readonly operation?: string;
  /** API version the request is sent with: a `/v1.NN/` prefix or the client's pin. */
  readonly pin?: string;
  /** Every query parameter, header and body field the request carries, in source order. */
  readonly elements: readonly ElementUse[];
  /** Version checks the client makes on this request (a CLI's flag annotations). */
  readonly gates?: readonly ClientGate[];
  /**
   * True when the text alone shows the request goes to a Docker daemon (a
   * version prefix, a Docker socket or host, an SDK call). Otherwise the file
   * must have Docker context for the usage to count (see context/docker-context.ts).
   */
  readonly anchored: boolean;
  /** How the operation was attributed; default `path`. */
  readonly via?: Attribution;
  /** The source text the usage was read from, trimmed and capped, for messages. */
  readonly text?: string;
  /**
   * The daemon API versions the code around the request has checked for
   * (docs/guards.md): findings the range rules out are not reported.
   */
  readonly guard?: GuardedRange;
  /** The file's role, stamped by the scan (src/lint/roles.ts). */
  readonly role?: FileRole;
}

/** What a file is for: findings carry it, `needs` answers for `source` by default. */
export type FileRole = 'source' | 'test' | 'docs' | 'example' | 'generated';

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
  /**
   * Set when nothing pins or negotiates and the client speaks its library's
   * default version: the library and its version (`github.com/docker/docker/client v28.5.2`).
   */
  readonly defaultOf?: string;
  readonly text?: string;
  readonly role?: FileRole;
}

export type Usage = RequestUsage | PinUsage;

/** Element uses of one place, in the order names are written. */
export function usesIn(usage: RequestUsage, place: ElementPlace): ElementUse[] {
  return usage.elements.filter((element) => element.in === place);
}
