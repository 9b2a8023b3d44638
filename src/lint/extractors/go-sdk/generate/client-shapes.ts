import type { SgNode } from '@ast-grep/napi';
import { argumentsOf, stringLiteral } from '../go-syntax.ts';
import type { ClientGate } from '../table-types.ts';
import { citeLine, type GoFile } from './go-index.ts';

/**
 * What the interpreter knows of the client's own code by name: its request
 * helpers, its version negotiation, and how it writes version checks.
 */

/** The client's own request helpers (request.go, hijack.go): argument positions of what they send. */
export const PRIMITIVES: Readonly<
  Record<string, { method?: string; path: number; query: number; body?: number; headers: number }>
> = {
  get: { method: 'GET', path: 1, query: 2, headers: 3 },
  head: { method: 'HEAD', path: 1, query: 2, headers: 3 },
  delete: { method: 'DELETE', path: 1, query: 2, headers: 3 },
  post: { method: 'POST', path: 1, query: 2, body: 3, headers: 4 },
  put: { method: 'PUT', path: 1, query: 2, body: 3, headers: 4 },
  postHijacked: { method: 'POST', path: 1, query: 2, body: 3, headers: 4 },
  postRaw: { method: 'POST', path: 1, query: 2, headers: 4 },
  putRaw: { method: 'PUT', path: 1, query: 2, headers: 4 },
  sendRequest: { path: 2, query: 3, headers: 5 },
};

/** Version negotiation: followed, it would add a ping to every method. */
export const NEGOTIATION = new Set([
  'checkVersion',
  'negotiateAPIVersion',
  'negotiateAPIVersionPing',
  'NegotiateAPIVersion',
  'NegotiateAPIVersionPing',
  'NewVersionError',
  'requiresVersion',
  'ClientVersion',
  'getAPIPath',
]);
export const REQUIRES = new Set(['NewVersionError', 'requiresVersion']);
const COMPARE: Readonly<Record<string, ClientGate['checks'][number]['op']>> = {
  LessThan: '<',
  LessThanOrEqualTo: '<=',
  GreaterThan: '>',
  GreaterThanOrEqualTo: '>=',
  Equal: '==',
};
const FLIP = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==', '!=': '!=' } as const;
const VERSION = /^1\.\d+$/;
/** `cli.NewVersionError(ctx, "1.41", …)` / `cli.requiresVersion(ctx, "1.48", …)` inside an if's initializer. */
export function requiresCall(file: GoFile, init: SgNode): { version: string; at: string } | undefined {
  for (const call of [init, ...init.findAll({ rule: { kind: 'call_expression' } })]) {
    if (call.kind() !== 'call_expression') continue;
    const fn = call.field('function');
    const name = fn?.kind() === 'selector_expression' ? fn.field('field')?.text() : undefined;
    if (!name || !REQUIRES.has(name)) continue;
    for (const arg of argumentsOf(call)) {
      const version = stringLiteral(arg);
      if (version !== undefined && VERSION.test(version)) return { version, at: citeLine(file, arg) };
    }
  }
  return undefined;
}

/** `versions.LessThan(cli.ClientVersion(), "1.42")` and the like in a condition, with the bound on the right. */
export function versionChecks(
  condition: SgNode,
): { op: ClientGate['checks'][number]['op']; version: string; node: SgNode }[] {
  const found: { op: ClientGate['checks'][number]['op']; version: string; node: SgNode }[] = [];
  const seen = new Set<number>();
  for (const call of [condition, ...condition.findAll({ rule: { kind: 'call_expression' } })]) {
    if (call.kind() !== 'call_expression' || seen.has(call.range().start.index)) continue;
    seen.add(call.range().start.index);
    const fn = call.field('function');
    if (fn?.kind() !== 'selector_expression' || fn.field('operand')?.text() !== 'versions') continue;
    const op = COMPARE[fn.field('field')?.text() ?? ''];
    const [a, b] = argumentsOf(call);
    if (!op || !a || !b) continue;
    const right = stringLiteral(b);
    const left = stringLiteral(a);
    if (right !== undefined && VERSION.test(right)) found.push({ op, version: right, node: b });
    else if (left !== undefined && VERSION.test(left)) found.push({ op: FLIP[op], version: left, node: a });
  }
  return found;
}

export function httpMethod(node: SgNode | undefined): string | undefined {
  const text = node?.text() ?? '';
  const match = /^http\.Method([A-Z][a-z]+)$/.exec(text);
  if (match) return (match[1] ?? '').toUpperCase();
  const literal = stringLiteral(node);
  return literal && /^[A-Z]+$/.test(literal) ? literal : undefined;
}

/** Zero values: what a client writes to drop a field. */
export function isZero(node: SgNode): boolean {
  const text = node.text();
  if (['nil', 'false', '""', '0'].includes(text)) return true;
  return /^\[\d*\]\w+\{(?:0,?\s*)*\}$/.test(text);
}
