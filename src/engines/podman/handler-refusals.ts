/**
 * Handlers outside the pinned subset (pkg/api/handlers/compat) that answer
 * every request with a refusal. Hand-kept: each entry names the file that
 * defines it; the generator fails when a handler here is routed nowhere, and
 * the live route check (test/live/podman-routes.test.ts) confirms the status.
 */
export const HANDLER_REFUSALS: Readonly<
  Record<string, { readonly status: number; readonly defined: string }>
> = {
  // Answers JSON {"message":"Path … is not supported"}.
  'compat.UnsupportedHandler': { status: 404, defined: 'pkg/api/handlers/compat/unsupported.go' },
  // Answers "update is not supported".
  'compat.UpdateSecret': { status: 501, defined: 'pkg/api/handlers/compat/secrets.go' },
};

/** net/http status constants the pinned handlers use. */
export const HTTP_STATUS: Readonly<Record<string, number>> = {
  StatusNotFound: 404,
  StatusNotImplemented: 501,
  StatusServiceUnavailable: 503,
  StatusInternalServerError: 500,
};
