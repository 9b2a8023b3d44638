import type { ElementFacts } from '../../data/element-types.ts';
import type { PinnedSource } from '../../sources/read.ts';
import { readApiRange } from './api-range.ts';
import { type GoRoute, readGoRoutes } from './go-routes.ts';
import { HANDLER_REFUSALS, HTTP_STATUS } from './handler-refusals.ts';
import { type CompiledRoute, compileRoute, matchRoute } from './mux.ts';
import type {
  MissingOperation,
  OperationAnswer,
  PodmanRelease,
  RefusedOperation,
  RoutedOperation,
} from './types.ts';

const SERVER = 'pkg/api/server/';
// Stands in for every path parameter: any name, matched as one segment.
const SAMPLE = 'dac-sample';

/** The routing facts of one pinned Podman release, for every operation the element data knows. */
export function deriveRelease(source: PinnedSource, operations: readonly ElementFacts[]): PodmanRelease {
  const { routes, refusals } = routeTable(source);
  const range = readApiRange(source.read('version/version.go'));
  const answerOf = (operation: ElementFacts, prefix: string): OperationAnswer =>
    answer(operation, prefix, routes, refusals, source);
  const versioned = operations.map((operation) => answerOf(operation, `/v${range.max}`));
  const unversioned = operations
    .map((operation) => answerOf(operation, ''))
    .filter((entry, index) => !sameAnswer(entry, versioned[index] as OperationAnswer));
  const routed: RoutedOperation[] = [];
  const refused: RefusedOperation[] = [];
  const missing: MissingOperation[] = [];
  for (const { answer: kind, ...entry } of versioned) {
    if (kind === 'routed') routed.push(entry as RoutedOperation);
    else if (kind === 'refused') refused.push(entry as RefusedOperation);
    else missing.push(entry as MissingOperation);
  }
  return {
    version: source.entry.ref.replace(/^v/, ''),
    commit: source.entry.commit,
    api: { max: range.max, min: range.min, source: source.cite('version/version.go', range.line) },
    versionPrefix: { refused: false, source: versionPrefixSource(source) },
    routed,
    refused,
    missing,
    unversioned,
  };
}

interface RouteTable {
  readonly routes: readonly CompiledRoute[];
  /** Handlers defined in the subset that only refuse: name → status and where. */
  readonly refusals: ReadonlyMap<string, { readonly status: number; readonly source: string }>;
}

/** Every compat registration in the order newServer makes them (libpod routes left out). */
function routeTable(source: PinnedSource): RouteTable {
  const order = readGoRoutes(source.read(`${SERVER}server.go`)).order;
  const byRegistrar = new Map<string, { file: string; routes: readonly GoRoute[] }>();
  const refusals = new Map<string, { status: number; source: string }>();
  for (const path of source.paths.filter((file) => /^pkg\/api\/server\/register_\w+\.go$/.test(file))) {
    const file = readGoRoutes(source.read(path));
    for (const [name, routes] of file.registrars) byRegistrar.set(name, { file: path, routes });
    for (const [name, refusal] of file.refusals) {
      const status = HTTP_STATUS[refusal.status];
      if (status === undefined) throw new Error(`${path}: unknown status ${refusal.status}`);
      refusals.set(name, { status, source: source.cite(path, refusal.line) });
    }
  }
  if (order.length === 0) throw new Error(`${source.id}: server.go names no register methods`);
  const routes: CompiledRoute[] = [];
  for (const name of order) {
    const registrar = byRegistrar.get(name);
    if (!registrar) throw new Error(`${source.id}: ${name} is registered in server.go but defined nowhere`);
    for (const route of registrar.routes) {
      if (!isLibpod(route.template)) routes.push(compileRoute(route, registrar.file));
    }
  }
  return { routes, refusals };
}

function isLibpod(template: string): boolean {
  return /^(?:\/v\{[^}]+\})?\/libpod\//.test(template);
}

function answer(
  operation: ElementFacts,
  prefix: string,
  routes: readonly CompiledRoute[],
  refusals: RouteTable['refusals'],
  source: PinnedSource,
): OperationAnswer {
  const op = operation.key;
  const method = operation.method ?? '';
  const path = `${prefix}${(operation.path ?? '').replace(/\{[^}]+\}/g, SAMPLE)}`;
  let found = matchRoute(routes, method, path);
  let when: string | undefined;
  if (found.kind !== 'route') {
    // Routes that match only with a query parameter (POST /images/create?fromImage=…).
    const keys = [...new Set(routes.filter((route) => route.pattern.test(path)).flatMap((r) => r.queries))];
    const routedWith = keys.filter(
      (key) => matchRoute(routes, method, path, new Set([key])).kind === 'route',
    );
    const [first] = routedWith;
    if (first !== undefined) {
      // The first such route is cited; `when` names every parameter that routes it.
      found = matchRoute(routes, method, path, new Set([first]));
      when = routedWith.map((key) => `query:${key}`).join(' or ');
    }
  }
  if (found.kind !== 'route')
    return { answer: 'missing', op, status: found.kind === 'not-found' ? 404 : 405 };
  const route = found.route;
  const cited = source.cite(route.file, route.line);
  const own = refusals.get(route.handler);
  const known = HANDLER_REFUSALS[route.handler];
  const refusal = own ?? (known && { status: known.status });
  if (refusal)
    return { answer: 'refused', op, status: refusal.status, handler: route.handler, source: cited };
  return { answer: 'routed', op, source: cited, ...(when && { when }) };
}

function sameAnswer(a: OperationAnswer, b: OperationAnswer): boolean {
  if (a.answer !== b.answer) return false;
  if (a.answer === 'missing' && b.answer === 'missing') return a.status === b.status;
  if (a.answer === 'refused' && b.answer === 'refused') return a.status === b.status;
  return true;
}

/** VersionedPath: the prefix pattern accepts any version, and nothing compares it. */
function versionPrefixSource(source: PinnedSource): string {
  const path = `${SERVER}handler_api.go`;
  const lines = source.read(path).split('\n');
  const index = lines.findIndex((line) => line.startsWith('func VersionedPath('));
  if (index === -1) throw new Error(`${source.id}: no VersionedPath in ${path}`);
  return source.cite(path, index + 1);
}
