import { formatApiVersion, tryParseApiVersion } from '../versions/api-version.ts';
import type { ElementFacts } from './element-types.ts';
import {
  matchScore,
  nameTokens,
  pathSegments,
  tokensMatch,
  tokensPrefix,
  userTokens,
} from './request-match.ts';
import { elementStore, type StoredElement } from './store.ts';

/** A concrete request as code makes it. */
export interface RequestInput {
  /** HTTP method; when absent every method whose template fits is a candidate. */
  readonly method?: string;
  /** Concrete path, optionally with `/v1.41` prefix, scheme and host, and query string. */
  readonly path: string;
  /** Query parameter names (`name` or `name=value`). */
  readonly query?: readonly string[];
  /** Request body field paths, dot-separated (`HostConfig.CgroupnsMode`, optionally `=value`). */
  readonly body?: readonly string[];
  /** Header names, any case. */
  readonly headers?: readonly string[];
}

/** What a request uses, as element facts. */
export interface ResolvedRequest {
  /** The API version pinned by a `/v1.NN/` prefix, if any. */
  readonly pinned?: string;
  /** The matching operation, or every candidate when the method is unknown. */
  readonly operations: ElementFacts[];
  /** Path parameters, query parameters, headers, body fields and enum values found. */
  readonly elements: ElementFacts[];
  /** What matched nothing: the path, or key suffixes such as `query:foo`. */
  readonly unknown: string[];
}

const VERSION_PREFIX = /^\/v(\d+\.\d+)(?=\/|$)/;

const METHOD_PREFIX = /^([A-Za-z]+)\s+(\S.*)$/;

/**
 * Resolves a concrete request to the elements it uses. A string is a request
 * line: `GET /v1.41/containers/3f2a/json?size=1`, or a path alone.
 */
export function resolveRequest(request: RequestInput | string): ResolvedRequest {
  const input = typeof request === 'string' ? requestLine(request) : request;
  const { path, queryNames, pinned } = splitPath(input.path);
  const operations = matchOperations(input.method?.toUpperCase(), path);
  if (operations.length === 0) {
    return { ...(pinned ? { pinned } : {}), operations: [], elements: [], unknown: [path] };
  }
  const tables = operations.map((operation) => elementStore().elementsOf(operation));
  const elements = new Map<string, ElementFacts>();
  const unknown: string[] = [];
  const add = (found: StoredElement[], missing: string): void => {
    if (found.length === 0) unknown.push(missing);
    for (const { facts } of found) elements.set(facts.key, facts);
  };
  for (const table of tables) {
    for (const [suffix, stored] of table)
      if (suffix.startsWith('path:')) elements.set(stored.facts.key, stored.facts);
  }
  for (const query of [...queryNames, ...(input.query ?? [])])
    add(findParam(tables, 'query', query), `query:${query}`);
  for (const header of input.headers ?? []) add(findHeader(tables, header), `header:${header}`);
  for (const field of input.body ?? []) add(findBodyField(tables, field), `body:${field}`);
  return {
    ...(pinned ? { pinned } : {}),
    operations: tables.flatMap((table) => table.get('')?.facts ?? []),
    elements: [...elements.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    unknown,
  };
}

function requestLine(line: string): RequestInput {
  const match = METHOD_PREFIX.exec(line.trim());
  return match?.[1] && match[2] ? { method: match[1], path: match[2] } : { path: line };
}

function splitPath(raw: string): { path: string; queryNames: string[]; pinned?: string } {
  let text = raw.trim().replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  const hash = text.indexOf('#');
  if (hash !== -1) text = text.slice(0, hash);
  const question = text.indexOf('?');
  const queryNames =
    question === -1
      ? []
      : text
          .slice(question + 1)
          .split('&')
          .filter((pair) => pair !== '')
          .map((pair) => decodeURIComponent(pair.replace(/\+/g, ' ')));
  let path = question === -1 ? text : text.slice(0, question);
  if (!path.startsWith('/')) path = `/${path}`;
  const version = VERSION_PREFIX.exec(path);
  const parsed = version?.[1] === undefined ? undefined : tryParseApiVersion(version[1]);
  if (!version || !parsed) return { path, queryNames };
  return { path: path.slice(version[0].length) || '/', queryNames, pinned: formatApiVersion(parsed) };
}

/** The best-scoring operation per the method, or the best across methods when none is given. */
export function matchOperations(method: string | undefined, path: string): string[] {
  const concrete = pathSegments(path);
  let best: number | undefined;
  let found: string[] = [];
  for (const route of routes()) {
    if (method !== undefined && route.method !== method) continue;
    const score = matchScore(route.segments, concrete);
    if (score === undefined || (best !== undefined && score < best)) continue;
    if (best === undefined || score > best) {
      best = score;
      found = [];
    }
    found.push(route.operation);
  }
  return found;
}

interface Route {
  readonly operation: string;
  readonly method: string;
  readonly segments: readonly string[];
}

let routeTable: Route[] | undefined;

function routes(): Route[] {
  routeTable ??= elementStore()
    .operations()
    .map((operation) => {
      const space = operation.indexOf(' ');
      return {
        operation,
        method: operation.slice(0, space),
        segments: pathSegments(operation.slice(space + 1)),
      };
    });
  return routeTable;
}

type Table = ReadonlyMap<string, StoredElement>;

function findParam(tables: readonly Table[], location: string, text: string): StoredElement[] {
  const equals = text.indexOf('=');
  const name = equals === -1 ? text : text.slice(0, equals);
  return tables.flatMap((table) =>
    withValue(table, `${location}:${name}`, equals === -1 ? undefined : text.slice(equals + 1)),
  );
}

/** The element, plus its enum-value element when the value is one of its enum values. */
function withValue(table: Table, suffix: string, value: string | undefined): StoredElement[] {
  const element = table.get(suffix);
  if (!element) return [];
  const enumValue = value === undefined ? undefined : table.get(`${suffix}=${value}`);
  return enumValue ? [element, enumValue] : [element];
}

function findHeader(tables: readonly Table[], header: string): StoredElement[] {
  const wanted = `header:${header.toLowerCase()}`;
  return tables.flatMap((table) =>
    [...table].filter(([suffix]) => suffix.toLowerCase() === wanted).map(([, stored]) => stored),
  );
}

function findBodyField(tables: readonly Table[], field: string): StoredElement[] {
  const equals = field.indexOf('=');
  const path = equals === -1 ? field : field.slice(0, equals);
  const value = equals === -1 ? undefined : field.slice(equals + 1);
  const user = userTokens(path);
  return tables.flatMap((table) => {
    const fields = bodyFields(table);
    const exact = fields.find((field) => tokensMatch(field.tokens, user))?.key;
    if (exact) return withValue(table, exact, value);
    // A free-form object (labels, options) takes any keys below it: the
    // deepest element that is a prefix of the path and has no children.
    const leaves = fields
      .filter(
        ({ key, tokens }) =>
          tokensPrefix(tokens, user) &&
          !fields.some((other) => other.key.startsWith(`${key}.`) || other.key.startsWith(`${key}{}`)),
      )
      .map((field) => field.key);
    const deepest = leaves.sort((a, b) => b.length - a.length)[0];
    return deepest ? withValue(table, deepest, undefined) : [];
  });
}

/** What one element a request writes resolves to on one operation. */
export interface ResolvedElement {
  /** The field, parameter or header; undefined when the operation has no such element. */
  readonly element?: ElementFacts;
  /** The enum value's element, when the value written is one of the element's enum values. */
  readonly enumValue?: ElementFacts;
}

/**
 * One element written in a request (`body`, `HostConfig.Mounts.0.Type`,
 * value `bind`) on one operation. Keys below a free-form object (labels,
 * options) are not elements of their own: only exact matches count.
 */
export function resolveElement(
  operation: string,
  place: 'query' | 'header' | 'body',
  name: string,
  value?: string,
): ResolvedElement {
  const table = elementStore().elementsOf(operation);
  let suffix: string | undefined;
  if (place === 'query') suffix = table.has(`query:${name}`) ? `query:${name}` : undefined;
  else if (place === 'header') {
    const wanted = `header:${name.toLowerCase()}`;
    suffix = [...table.keys()].find((key) => key.toLowerCase() === wanted);
  } else {
    const user = userTokens(name);
    const fits = bodyFields(table)
      .filter((field) => tokensMatch(field.tokens, user))
      .map((field) => field.key);
    // `PortBindings{}.HostPort` and `PortBindings{}[].HostPort` both fit by name: the array marks decide.
    suffix = fits.find((key) => arrayMarks(key.slice(5)) === arrayMarks(name)) ?? fits[0];
  }
  if (suffix === undefined) return {};
  const element = table.get(suffix)?.facts;
  const enumValue = value === undefined ? undefined : table.get(`${suffix}=${value}`)?.facts;
  return { ...(element && { element }), ...(enumValue && { enumValue }) };
}

/** A body field's key suffix (`body:HostConfig.Memory`) and the name tokens it is matched by. */
interface BodyField {
  readonly key: string;
  readonly tokens: readonly string[];
}

/** An operation's body fields (no enum values), worked out once per table. */
const bodyFieldsOf = new WeakMap<Table, readonly BodyField[]>();

function bodyFields(table: Table): readonly BodyField[] {
  let fields = bodyFieldsOf.get(table);
  if (!fields) {
    fields = [...table.keys()]
      .filter((key) => key.startsWith('body:') && !key.includes('='))
      .map((key) => ({ key, tokens: nameTokens(key.slice(5)) }));
    bodyFieldsOf.set(table, fields);
  }
  return fields;
}

/** The operation's own facts, when the data knows it. */
export function operationFacts(operation: string): ElementFacts | undefined {
  return elementStore().elementsOf(operation).get('')?.facts;
}

/** How many `[]` (or numeric index) markers a field path has: a tie-breaker between same-named elements. */
function arrayMarks(path: string): number {
  return (path.match(/\[\d*\]|\.\d+(?=\.|$)/g) ?? []).length;
}
