import type { DaemonResponse } from '../../src/daemon/request.ts';
import { errorMessage } from './route-verdict.ts';

/** How Podman answered: a handler served it, a handler only refused, or the router found no route. */
export type PodmanVerdict = 'routed' | 'refused' | 'not-routed';

// The router's own answers (http.Error in pkg/api/server/server.go): plain
// text, outside the handlers, so without Api-Version.
const ROUTER_TEXT: Readonly<Record<number, string>> = { 404: 'Not Found', 405: 'Method Not Allowed' };

// Handlers that only refuse: the swarm prefixes (503), compat.UpdateSecret
// (501) and compat.UnsupportedHandler (404 "Path … is not supported").
const REFUSALS: readonly { readonly status: number; readonly message?: RegExp }[] = [
  { status: 503, message: /^Podman does not support service: / },
  { status: 501 },
  { status: 404, message: /^Path \S+ is not supported$/ },
];

export function podmanVerdict(response: DaemonResponse): PodmanVerdict {
  const text = ROUTER_TEXT[response.status];
  const plain = String(response.headers['content-type'] ?? '').startsWith('text/plain');
  if (text !== undefined && plain && (response.body === undefined || response.body.trim() === text)) {
    return 'not-routed';
  }
  const message = errorMessage(response.body);
  const refused = REFUSALS.some(
    (refusal) =>
      refusal.status === response.status &&
      (refusal.message === undefined || (message !== undefined && refusal.message.test(message))),
  );
  return refused ? 'refused' : 'routed';
}
