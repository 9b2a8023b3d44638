import { fieldPaths, type ObjectShape, type Shape } from './shape.ts';
import type { DockerodeMethod, DockerodeRequest, DockerodeTable } from './table.ts';

/** One Engine API request a dockerode call makes, with the elements the call's arguments show. */
export interface RequestParts {
  readonly method: string;
  /** Path with dynamic parts as `{}`: `/containers/{}/json`. */
  readonly path: string;
  readonly query: readonly string[];
  readonly body: readonly string[];
  readonly headers: readonly string[];
}

const AUTH_HEADER = 'X-Registry-Auth';

/**
 * Pairs call arguments with dockerode's parameter names. A leading `auth?` is
 * only there when a second, non-function argument follows (dockerode's own rule).
 */
export function alignArguments(method: DockerodeMethod, args: readonly Shape[]): Map<string, Shape> {
  let names = method.args;
  if (names[0] === 'auth?' && (args.length < 2 || args[1]?.kind === 'function')) names = names.slice(1);
  const aligned = new Map<string, Shape>();
  names.forEach((name, i) => {
    const arg = args[i];
    if (arg) aligned.set(name.replace(/\?$/, ''), arg);
  });
  return aligned;
}

/** The requests a call makes, skipping conditional ones (a BuildKit session). */
export function requestsOf(
  table: DockerodeTable,
  method: DockerodeMethod,
  args: readonly Shape[],
): RequestParts[] {
  const aligned = alignArguments(method, args);
  return method.requests
    .filter((request) => request.when === undefined)
    .map((request) => {
      const optsName = request.opts === undefined ? undefined : method.args[request.opts]?.replace(/\?$/, '');
      const opts = optsName === undefined ? undefined : aligned.get(optsName);
      const parts = splitOptions(table, request, opts?.kind === 'object' ? opts : undefined);
      if (aligned.has('auth')) parts.headers.add(AUTH_HEADER);
      const [verb = '', template = ''] = request.op.split(' ');
      return {
        method: verb,
        path: template.replace(/\{[^}]+\}/g, '{}'),
        query: [...parts.query].sort(),
        body: [...parts.body].sort(),
        headers: [...parts.headers].sort(),
      };
    });
}

function splitOptions(table: DockerodeTable, request: DockerodeRequest, opts: ObjectShape | undefined) {
  const query = new Set(request.fixedQuery);
  const body = new Set(request.fixedBody);
  const headers = new Set<string>();
  if (!opts) return { query, body, headers };
  const skip = new Set([...table.clientKeys, ...(request.clientKeys ?? [])]);
  for (const [key, header] of Object.entries(request.headers ?? {})) {
    if (opts.keys.has(key)) headers.add(header);
    skip.add(key);
  }
  const sendsQuery = request.wire === 'query' || request.wire === 'query+body';
  const sendsBody = request.wire === 'body' || request.wire === 'query+body';
  // docker-modem sends `_query` / `_body` instead of the whole object where present,
  // whatever the operation's body is (plugin privileges are a top-level array).
  const explicitQuery = opts.keys.get('_query');
  const explicitBody = opts.keys.get('_body');
  if (sendsQuery && explicitQuery?.kind === 'object')
    for (const key of explicitQuery.keys.keys()) query.add(key);
  if (sendsBody && explicitBody) {
    if (explicitBody.kind === 'object') for (const path of fieldPaths(explicitBody)) body.add(path);
    if (explicitBody.kind === 'array' && explicitBody.items)
      for (const path of fieldPaths(explicitBody.items, '[]')) body.add(path);
  }
  const keys = [...opts.keys].filter(([key]) => !skip.has(key) && key !== '_query' && key !== '_body');
  for (const [key, value] of keys) {
    const inQuery = request.query === '*' || request.query.includes(key);
    if (inQuery && sendsQuery && !explicitQuery) query.add(key);
    else if (!inQuery && request.body && !explicitBody) {
      body.add(key);
      if (value.kind === 'object') for (const path of fieldPaths(value, key)) body.add(path);
      if (value.kind === 'array' && value.items)
        for (const path of fieldPaths(value.items, `${key}[]`)) body.add(path);
    }
  }
  return { query, body, headers };
}
