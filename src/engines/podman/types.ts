/**
 * What one Podman release does with the Docker-compatible API, derived from
 * its route registrations (data/engines/podman.json). Operations are element
 * keys of data/elements.jsonl (`GET /containers/{id}/json`): Podman's own
 * parameter names are replaced by the newest spec's. Every `source` is
 * `file:line@commit` in containers/podman.
 */
export interface PodmanRelease {
  /** The release, as tagged without the `v`: `4.3.1`. */
  readonly version: string;
  readonly commit: string;
  /** The compat API range `GET /version` reports (ApiVersion, MinAPIVersion). */
  readonly api: { readonly max: string; readonly min: string; readonly source: string };
  /**
   * Podman answers any `/v{version}/` prefix alike: it refuses none and
   * serves every one with the same handlers. `source` is where the prefix is
   * matched without a check.
   */
  readonly versionPrefix: { readonly refused: false; readonly source: string };
  /** Operations a handler serves (`when`: only with these query parameters). */
  readonly routed: readonly RoutedOperation[];
  /** Operations routed to a handler that only refuses (503 "does not support", 501, 404 "not supported"). */
  readonly refused: readonly RefusedOperation[];
  /** Operations with no route: the router answers 404, or 405 when the path is routed for other methods. */
  readonly missing: readonly MissingOperation[];
  /** Operations whose unversioned form (no `/v1.NN/`) is answered otherwise than the versioned one. */
  readonly unversioned: readonly UnversionedAnswer[];
}

export interface RoutedOperation {
  readonly op: string;
  readonly source: string;
  readonly when?: string;
}

export interface RefusedOperation {
  readonly op: string;
  readonly status: number;
  readonly handler: string;
  readonly source: string;
}

export interface MissingOperation {
  readonly op: string;
  readonly status: 404 | 405;
}

export type OperationAnswer =
  | ({ readonly answer: 'routed' } & RoutedOperation)
  | ({ readonly answer: 'refused' } & RefusedOperation)
  | ({ readonly answer: 'missing' } & MissingOperation);

export type UnversionedAnswer = OperationAnswer;

export interface PodmanDataFile {
  readonly generated: string;
  readonly repository: string;
  readonly releases: readonly PodmanRelease[];
}
