import type { ElementUse, Position } from '../../usage.ts';
import { fieldOf, fieldsOf, nestedFields, type ObjectShape, type Shape, type WrittenField } from './shape.ts';
import type { DockerodeMethod, DockerodeRequest, DockerodeTable } from './table.ts';

/** One Engine API request a dockerode call makes, with the elements the call's arguments show. */
export interface RequestParts {
  readonly method: string;
  /** Path with dynamic parts as `{}`: `/containers/{}/json`. */
  readonly path: string;
  /** The operation key from the table. */
  readonly operation: string;
  readonly elements: readonly ElementUse[];
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

/**
 * The requests a call makes, skipping conditional ones (a BuildKit session).
 * `argsAt` is where the arguments start: elements dockerode sets from
 * positional arguments (`pull(ref)` → `fromImage`, `tag`) are placed there.
 */
export function requestsOf(
  table: DockerodeTable,
  method: DockerodeMethod,
  args: readonly Shape[],
  argsAt: Position,
  argPositions: readonly Position[] = [],
): RequestParts[] {
  const aligned = alignArguments(method, args);
  return method.requests
    .filter((request) => request.when === undefined)
    .map((request) => {
      const optsName = request.opts === undefined ? undefined : method.args[request.opts]?.replace(/\?$/, '');
      const opts = optsName === undefined ? undefined : aligned.get(optsName);
      const elements = splitOptions(table, request, opts?.kind === 'object' ? opts : undefined, argsAt);
      const authIndex = method.args.indexOf('auth?');
      if (aligned.has('auth'))
        elements.push({ in: 'header', name: AUTH_HEADER, at: argPositions[authIndex] ?? argsAt });
      const [verb = '', template = ''] = request.op.split(' ');
      return {
        method: verb,
        path: template.replace(/\{[^}]+\}/g, '{}'),
        operation: request.op,
        elements: elements.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column),
      };
    });
}

function use(place: ElementUse['in'], field: WrittenField, fallback: Position): ElementUse {
  return {
    in: place,
    name: field.path,
    at: field.at ?? fallback,
    ...(field.value !== undefined && { value: field.value }),
    ...(field.valueAt && { valueAt: field.valueAt }),
  };
}

function splitOptions(
  table: DockerodeTable,
  request: DockerodeRequest,
  opts: ObjectShape | undefined,
  argsAt: Position,
): ElementUse[] {
  const elements: ElementUse[] = [
    ...(request.fixedQuery ?? []).map((name) => use('query', { path: name }, argsAt)),
    ...(request.fixedBody ?? []).map((name) => use('body', { path: name }, argsAt)),
  ];
  if (!opts) return elements;
  const skip = new Set([...table.clientKeys, ...(request.clientKeys ?? [])]);
  for (const [key, header] of Object.entries(request.headers ?? {})) {
    if (opts.keys.has(key)) elements.push(use('header', { path: header, ...at(opts, key) }, argsAt));
    skip.add(key);
  }
  const sendsQuery = request.wire === 'query' || request.wire === 'query+body';
  const sendsBody = request.wire === 'body' || request.wire === 'query+body';
  // docker-modem sends `_query` / `_body` instead of the whole object where present,
  // whatever the operation's body is (plugin privileges are a top-level array).
  const explicitQuery = opts.keys.get('_query');
  const explicitBody = opts.keys.get('_body');
  if (sendsQuery && explicitQuery?.kind === 'object')
    for (const [key, value] of explicitQuery.keys)
      elements.push(use('query', fieldOf(key, explicitQuery.keyAt.get(key), value), argsAt));
  if (sendsBody && explicitBody) {
    if (explicitBody.kind === 'object')
      elements.push(...fieldsOf(explicitBody).map((f) => use('body', f, argsAt)));
    if (explicitBody.kind === 'array')
      elements.push(
        ...nestedFields(explicitBody, '').map((f) =>
          use('body', { ...f, path: f.path.replace(/^\./, '') }, argsAt),
        ),
      );
  }
  for (const [key, value] of opts.keys) {
    if (skip.has(key) || key === '_query' || key === '_body') continue;
    const inQuery = request.query === '*' || request.query.includes(key);
    const field = fieldOf(key, opts.keyAt.get(key), value);
    if (inQuery && sendsQuery && !explicitQuery) elements.push(use('query', field, argsAt));
    else if (!inQuery && request.body && !explicitBody) {
      elements.push(use('body', field, argsAt));
      elements.push(...nestedFields(value, key).map((f) => use('body', f, argsAt)));
    }
  }
  return elements;
}

function at(shape: ObjectShape, key: string): { at?: Position } {
  const position = shape.keyAt.get(key);
  return position ? { at: position } : {};
}
