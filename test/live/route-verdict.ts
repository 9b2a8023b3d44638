import type { DaemonResponse } from '../../src/daemon/request.ts';
import type { ElementFacts } from '../../src/data/index.ts';
import { compareApiVersions } from '../../src/versions/api-version.ts';

export type RouteVerdict = 'routed' | 'not-routed';

/**
 * The daemon's router answers an unknown route (or a known path with another
 * method) with 404 `page not found`, outside the middleware that adds the
 * Api-Version header. Any other answer, 404 "No such container" included,
 * comes from a handler. A HEAD answer has no body, so there the missing
 * header tells.
 */
export function routeVerdict(response: DaemonResponse): RouteVerdict {
  if (response.status !== 404) return 'routed';
  if (response.body === undefined || response.body === '') {
    return response.headers['api-version'] === undefined ? 'not-routed' : 'routed';
  }
  return errorMessage(response.body) === 'page not found' ? 'not-routed' : 'routed';
}

export function errorMessage(body: string | undefined): string | undefined {
  try {
    const json = JSON.parse(body ?? '') as { message?: unknown };
    return typeof json.message === 'string' ? json.message : undefined;
  } catch {
    return body?.slice(0, 200);
  }
}

/** Whether the data says the operation exists at `version` (any span of its history). */
export function existsAt(facts: ElementFacts, version: string): boolean {
  const spans = facts.history ?? [{ since: facts.since, removed: facts.removed }];
  return spans.some(
    (span) =>
      compareApiVersions(span.since, version) <= 0 &&
      (span.removed === null || compareApiVersions(version, span.removed) < 0),
  );
}
