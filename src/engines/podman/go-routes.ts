import type { SgNode } from '@ast-grep/napi';
import { parseText } from '../../lint/parse/service.ts';

/** One `r.Handle…(…)` or `r.PathPrefix(…)` registration, as written. */
export interface GoRoute {
  /** The path template as registered, version prefix included: `/v{version:…}/containers/{name}/json`. */
  readonly template: string;
  /** True for `PathPrefix`: every path below the template matches. */
  readonly prefix: boolean;
  /** `GET`, `POST`, …; empty when the route takes every method. */
  readonly methods: readonly string[];
  /** Query keys the route requires (`.Queries("fromImage", "{fromImage}")`). */
  readonly queries: readonly string[];
  /** The handler as named, wrappers taken off: `compat.Auth`, `noSwarm`. */
  readonly handler: string;
  /** 1-based line of the registration. */
  readonly line: number;
}

/** What one Go file of `pkg/api/server` declares that routing depends on. */
export interface GoRouteFile {
  /** Registrations per register method, in source order. */
  readonly registrars: ReadonlyMap<string, readonly GoRoute[]>;
  /** Functions of the file whose whole answer is `utils.Error(w, http.StatusX, …)`: name → status constant. */
  readonly refusals: ReadonlyMap<string, { readonly status: string; readonly line: number }>;
  /** The register methods `newServer` runs, in order (server.go only). */
  readonly order: readonly string[];
}

// Wrappers that only add headers or buffering around the handler they get.
const WRAPPERS = new Set(['s.APIHandler', 's.StreamBufferedAPIHandler']);
const HTTP_METHOD = /^http\.Method([A-Z][a-z]+)$/;

export function readGoRoutes(text: string): GoRouteFile {
  const root = parseText('go', text);
  if (!root) throw new Error('the Go parser gave no tree');
  const registrars = new Map<string, GoRoute[]>();
  const refusals = new Map<string, { status: string; line: number }>();
  for (const method of root.findAll({ rule: { kind: 'method_declaration' } })) {
    const name = method.field('name')?.text() ?? '';
    if (!name.startsWith('register')) continue;
    checkSubrouters(method, name);
    const routes = method
      .findAll({ rule: { kind: 'expression_statement' } })
      .map((statement) => routeOf(statement))
      .filter((route): route is GoRoute => route !== undefined);
    registrars.set(name, routes);
  }
  for (const fn of root.findAll({ rule: { kind: 'function_declaration' } })) {
    const refusal = refusalOf(fn);
    if (refusal) refusals.set(fn.field('name')?.text() ?? '', refusal);
  }
  return { registrars, refusals, order: registerOrder(root) };
}

// Subrouters (`v4 := r.PathPrefix(…).Subrouter()`) hold libpod routes only; a
// compat one would be missed, so it stops the generator.
function checkSubrouters(method: SgNode, name: string): void {
  for (const call of method.findAll({ rule: { kind: 'call_expression', regex: '\\.Subrouter\\(\\)$' } })) {
    if (!/\/libpod\//.test(call.text()))
      throw new Error(`${name}: a subrouter outside /libpod/: ${call.text()}`);
  }
}

interface ChainLink {
  readonly name: string;
  readonly args: readonly SgNode[];
}

/** `r.Handle(a).Methods(b)` → [{Handle, [a]}, {Methods, [b]}], innermost first, when it starts at `r`. */
function chainOf(call: SgNode): ChainLink[] | undefined {
  const links: ChainLink[] = [];
  let node: SgNode | null = call;
  while (node?.kind() === 'call_expression') {
    const callee: SgNode | null = node.field('function');
    if (callee?.kind() !== 'selector_expression') return undefined;
    const args = (node.field('arguments')?.children() ?? []).filter((child) => child.isNamed());
    links.unshift({ name: callee.field('field')?.text() ?? '', args });
    node = callee.field('operand');
  }
  return node?.kind() === 'identifier' && node.text() === 'r' ? links : undefined;
}

function routeOf(statement: SgNode): GoRoute | undefined {
  const call = statement.children().find((child) => child.kind() === 'call_expression');
  const chain = call && chainOf(call);
  const [first, ...rest] = chain ?? [];
  if (!first) return undefined;
  const line = statement.range().start.line + 1;
  const methods = rest.filter((link) => link.name === 'Methods').flatMap((link) => link.args.map(httpMethod));
  const queries = rest
    .filter((link) => link.name === 'Queries')
    .flatMap((link) => link.args.filter((_arg, index) => index % 2 === 0).map(stringOf));
  if (first.name === 'PathPrefix') {
    const handler = rest.find((link) => link.name === 'HandlerFunc' || link.name === 'Handler')?.args[0];
    if (!handler) return undefined;
    return {
      template: pathOf(first.args[0]),
      prefix: true,
      methods,
      queries,
      handler: handlerOf(handler),
      line,
    };
  }
  if (first.name !== 'Handle' && first.name !== 'HandleFunc') return undefined;
  const [path, handler] = first.args;
  if (!path || !handler) return undefined;
  return { template: pathOf(path), prefix: false, methods, queries, handler: handlerOf(handler), line };
}

// The version prefix VersionedPath adds (pkg/api/server/handler_api.go).
export const VERSIONED_PATH_PREFIX = '/v{version:[0-9][0-9A-Za-z.-]*}';

function pathOf(node: SgNode | undefined): string {
  if (node?.kind() === 'call_expression' && node.field('function')?.text() === 'VersionedPath') {
    const [inner] = (node.field('arguments')?.children() ?? []).filter((child) => child.isNamed());
    return VERSIONED_PATH_PREFIX + stringOf(inner);
  }
  return stringOf(node);
}

function stringOf(node: SgNode | undefined): string {
  if (node?.kind() !== 'interpreted_string_literal') {
    throw new Error(`expected a string literal, found ${node?.text() ?? 'nothing'}`);
  }
  return JSON.parse(node.text()) as string;
}

function httpMethod(node: SgNode): string {
  const match = HTTP_METHOD.exec(node.text());
  if (!match?.[1]) throw new Error(`unexpected method ${node.text()}`);
  return match[1].toUpperCase();
}

function handlerOf(node: SgNode): string {
  if (node.kind() === 'call_expression' && WRAPPERS.has(node.field('function')?.text() ?? '')) {
    const [inner] = (node.field('arguments')?.children() ?? []).filter((child) => child.isNamed());
    if (inner) return inner.text();
  }
  return node.text();
}

/** `func f(w, r) { log…; utils.Error(w, http.StatusX, …) }`: a handler that answers only with a refusal. */
function refusalOf(fn: SgNode): { status: string; line: number } | undefined {
  const statements =
    fn
      .field('body')
      ?.find({ rule: { kind: 'statement_list' } })
      ?.children() ?? [];
  const calls = statements.filter((statement) => statement.isNamed());
  if (calls.some((statement) => statement.kind() !== 'expression_statement')) return undefined;
  const errors = calls.filter((statement) => /^utils\.Error\(/.test(statement.text()));
  const [only] = errors;
  if (errors.length !== 1 || !only) return undefined;
  const status = /http\.(Status[A-Za-z]+)/.exec(only.text())?.[1];
  return status ? { status, line: only.range().start.line + 1 } : undefined;
}

/** The `server.registerX` entries of the list newServer ranges over, in order. */
function registerOrder(root: SgNode): string[] {
  return root
    .findAll({ rule: { kind: 'selector_expression', regex: '^server\\.register[A-Za-z]+$' } })
    .map((node) => node.field('field')?.text() ?? '');
}
