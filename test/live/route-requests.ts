import type { DaemonRequest } from '../../src/daemon/request.ts';
import type { ElementFacts } from '../../src/data/index.ts';

/** Stands in for every id and name: nothing by that name exists. */
export const DUMMY_ID = 'dac-nonexistent';
// Upper case makes an invalid image or plugin reference: the daemon refuses it
// before it would look anything up in a registry.
const INVALID_REFERENCE = 'DAC-INVALID';
// Refused by the filters parser before a handler acts (prune, events).
const INVALID_FILTERS = 'not-json';
// Valid JSON of the wrong shape: handlers that decode an object fail at once.
const WRONG_SHAPE = '[]';

interface Override {
  readonly params?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string>>;
  readonly body?: string;
  /** Why the default request (dummy ids, `{}`) is not good enough. */
  readonly why: string;
}

/**
 * Requests that would otherwise reach a registry, change the daemon's state,
 * listen on a port or stream without end. Each makes the handler fail
 * validation: a handler that refuses is still a routed handler.
 */
const OVERRIDES: Readonly<Record<string, Override>> = {
  'POST /auth': { body: WRONG_SHAPE, why: 'a login to the default registry' },
  'GET /images/search': {
    query: { term: INVALID_REFERENCE, limit: 'not-a-number', filters: INVALID_FILTERS },
    why: 'a search on the default registry',
  },
  'GET /distribution/{name}/json': { params: { name: INVALID_REFERENCE }, why: 'a registry lookup' },
  'POST /images/create': { query: { fromImage: INVALID_REFERENCE }, why: 'a pull' },
  'POST /images/{name}/push': { params: { name: INVALID_REFERENCE }, why: 'a push' },
  'POST /plugins/pull': { query: { remote: INVALID_REFERENCE }, why: 'a plugin pull' },
  'GET /plugins/privileges': { query: { remote: INVALID_REFERENCE }, why: 'a registry lookup' },
  'POST /plugins/{name}/push': { params: { name: INVALID_REFERENCE }, why: 'a plugin push' },
  'POST /plugins/{name}/upgrade': {
    params: { name: INVALID_REFERENCE },
    query: { remote: INVALID_REFERENCE },
    why: 'a plugin pull',
  },
  'POST /plugins/create': { query: { name: INVALID_REFERENCE }, why: 'creating a plugin' },
  'POST /build': { query: { t: INVALID_REFERENCE }, why: 'a build, which streams and may pull' },
  'POST /swarm/init': { body: WRONG_SHAPE, why: 'creating a swarm that listens on every interface' },
  'POST /swarm/join': { body: WRONG_SHAPE, why: 'contacting remote managers' },
  'POST /volumes/create': { body: WRONG_SHAPE, why: 'creating a volume' },
  'POST /networks/create': { body: WRONG_SHAPE, why: 'creating a network' },
  'POST /containers/prune': { query: { filters: INVALID_FILTERS }, why: 'pruning' },
  'POST /images/prune': { query: { filters: INVALID_FILTERS }, why: 'pruning' },
  'POST /networks/prune': { query: { filters: INVALID_FILTERS }, why: 'pruning' },
  'POST /volumes/prune': { query: { filters: INVALID_FILTERS }, why: 'pruning' },
  'POST /build/prune': { query: { filters: INVALID_FILTERS }, why: 'pruning' },
  'GET /events': { query: { filters: INVALID_FILTERS }, why: 'a stream that never ends' },
  'GET /containers/{id}/logs': { query: { stdout: '1', follow: '0' }, why: 'a stream' },
  'GET /containers/{id}/stats': { query: { stream: '0' }, why: 'a stream' },
  'POST /containers/{id}/attach': { query: { stream: '0' }, why: 'a hijacked stream' },
  'GET /services/{id}/logs': { query: { stdout: '1', follow: '0' }, why: 'a stream' },
  'GET /tasks/{id}/logs': { query: { stdout: '1', follow: '0' }, why: 'a stream' },
  'POST /commit': { query: { container: DUMMY_ID }, why: 'committing some container' },
  'GET /images/get': { query: { names: DUMMY_ID }, why: 'exporting every image' },
};

/** The keys of operations whose request is adjusted, for checking the table against the data. */
export const overriddenKeys: readonly string[] = Object.keys(OVERRIDES);

/**
 * The request that asks a daemon whether it routes `operation` at API
 * `version`. Success bodies are never read: the status line is the answer,
 * and for streaming or hijacking endpoints the request ends right there.
 */
export function routeRequest(operation: ElementFacts, version: string, timeoutMs: number): DaemonRequest {
  const override = OVERRIDES[`${operation.method} ${operation.path}`];
  const path = operation.path.replace(/\{([^}]+)\}/g, (_match, name: string) =>
    encodeURIComponent(override?.params?.[name] ?? DUMMY_ID),
  );
  const query = new URLSearchParams(override?.query).toString();
  const sendsBody = operation.method === 'POST' || operation.method === 'PUT';
  return {
    method: operation.method,
    path: `/v${version}${path}${query ? `?${query}` : ''}`,
    ...(sendsBody && { body: override?.body ?? '{}' }),
    timeoutMs,
    read: 'errors',
    maxBodyBytes: 4096,
  };
}
