import type { SgNode } from '@ast-grep/napi';
import type { ElementUse, Position } from '../../usage.ts';
import {
  type ArgumentUse,
  argumentUses,
  callersKeywordGroups,
  ElementCollector,
  type ElementContext,
  literalOf,
  position,
} from './elements.ts';
import { knownElements } from './known.ts';
import type { Receiver } from './receivers.ts';
import { callArguments, parametersOf } from './syntax.ts';
import type { Callable, RequestFacts } from './table.ts';

/** One request a docker-py call sends, with its elements. */
export interface CallRequest {
  readonly operation: string;
  /** The method name (`run` in `client.containers.run(`). */
  readonly at: Position;
  readonly elements: ElementUse[];
}

/** The table entry of `receiver.method`. */
export function callableOf(
  receiver: Receiver,
  method: string,
  context: ElementContext,
): Callable | undefined {
  const { table } = context;
  if (receiver.kind === 'api') return table.api[method];
  if (receiver.kind === 'client') return table.models.DockerClient?.methods[method];
  const own = receiver.cls ? table.models[receiver.cls]?.methods[method] : undefined;
  if (own || method !== 'reload') return own;
  // `container.reload()` reads the object again through its collection's `get`.
  const collection = Object.values(table.models).find((m) => m.model === receiver.cls);
  return collection?.methods.get;
}

/**
 * The requests a call on a docker-py object sends: the table's requests
 * except retries, follow-up reads and those the arguments rule out
 * (`detach=True` skips the wait and the logs of `run`).
 */
export function requestsOfCall(call: SgNode, receiver: Receiver, context: ElementContext): CallRequest[] {
  const fn = call.field('function');
  const nameNode = fn?.field('attribute');
  const callable = nameNode ? callableOf(receiver, nameNode.text(), context) : undefined;
  if (!callable || !nameNode) return [];
  // A wrapper's call stands for one request per call of the wrapper, each with its caller's keywords.
  const callers = forwarded(call, context);
  const wrapper = callers.length > 0 ? parametersOf(context.scopes.scopeOf(call)).kwargs : undefined;
  const own = argumentUses(call, callable.params, context, wrapper);
  return (callers.length > 0 ? callers : [[]]).flatMap((extra) => {
    const request = oneRequest(callable, [...own, ...extra], context);
    return request ? [{ ...request, at: position(nameNode) }] : [];
  });
}

function oneRequest(
  callable: Callable,
  uses: readonly ArgumentUse[],
  context: ElementContext,
): Omit<CallRequest, 'at'> | undefined {
  const given = new Map(uses.map((use) => [use.name, use]));
  const truthy = (name: string) => {
    const use = given.get(name);
    if (!use) return false;
    const literal = literalOf(use.value, context.constants);
    return literal === undefined ? use.value.kind() !== 'none' : Boolean(literal);
  };
  const index = primaryRequest(callable, (request) => {
    if (request.fallback || request.follow) return false;
    if (request.when && !request.when.every(truthy)) return false;
    return !request.unless?.some((name) => given.has(name) && truthy(name));
  });
  const primary = index === undefined ? undefined : callable.requests[index];
  if (index === undefined || !primary) return undefined;
  const collector = new ElementCollector(primary.op, context);
  const collectors = new Map([[index, collector]]);
  for (const use of uses) addKeys(callable.keywords[use.name] ?? [], use, collectors);
  for (const group of callable.together ?? []) {
    const present = group.keywords.map((k) => given.get(k));
    if (present.some((use) => !use || !truthy(use.name))) continue;
    // The element sits at the keyword that is most its own: `remove` for AutoRemove, not `detach`,
    // which also decides other requests.
    const candidates = present.filter((use): use is ArgumentUse => use !== undefined);
    const weight = (use: ArgumentUse) =>
      callable.requests.filter((r) => r.when?.includes(use.name) || r.unless?.includes(use.name)).length;
    const chosen = candidates.reduce((a, b) => (weight(b) < weight(a) ? b : a));
    addKeys(group.keys, chosen, collectors);
  }
  return { operation: primary.op, elements: withParents(primary.op, collector) };
}

/**
 * The one request a call stands for, the one its name says: of those the
 * arguments allow, the one most keywords set (`run`: the create, not the
 * start or the wait; `plugins.install`: the pull, not the privileges read),
 * the first on a tie.
 */
function primaryRequest(callable: Callable, allowed: (request: RequestFacts) => boolean): number | undefined {
  const weight = new Map<number, number>();
  for (const keys of Object.values(callable.keywords))
    for (const key of keys) {
      const index = Number(key.slice(0, key.indexOf(' ')));
      weight.set(index, (weight.get(index) ?? 0) + 1);
    }
  let best: number | undefined;
  callable.requests.forEach((request, index) => {
    if (!allowed(request)) return;
    if (best === undefined || (weight.get(index) ?? 0) > (weight.get(best) ?? 0)) best = index;
  });
  return best;
}

/** Adds one argument's keys; of several paths for one keyword, only the outermost (the rest depend on its value). */
function addKeys(
  keys: readonly string[],
  use: ArgumentUse,
  collectors: ReadonlyMap<number, ElementCollector>,
): void {
  const parsed = keys.map((key) => {
    const space = key.indexOf(' ');
    const colon = key.indexOf(':', space);
    return {
      index: Number(key.slice(0, space)),
      place: key.slice(space + 1, colon),
      path: key.slice(colon + 1),
    };
  });
  for (const key of parsed) {
    const collector = collectors.get(key.index);
    const outer = parsed.some(
      (other) =>
        other !== key &&
        other.index === key.index &&
        other.place === key.place &&
        isInside(key.path, other.path),
    );
    if (!collector || outer) continue;
    collector.add(key.place as 'query' | 'header' | 'body', key.path, use.nameNode, use.value);
  }
}

function isInside(path: string, outer: string): boolean {
  return outer !== '' && (path.startsWith(`${outer}.`) || path.startsWith(`${outer}[]`));
}

/**
 * Every level of a nested field an argument sets is an element, at the
 * argument (`HostConfig` for `cgroupns=`); fields inside the argument's
 * value (dict keys, docker.types keywords) carry only their own key.
 */
function withParents(operation: string, collector: ElementCollector): ElementUse[] {
  const known = knownElements(operation);
  const { elements } = collector;
  const seen = new Set(elements.map((e) => `${e.in}:${e.name}@${e.at.line}`));
  const added: ElementUse[] = [];
  for (const element of elements) {
    if (element.in !== 'body' || !collector.isArgument(element)) continue;
    for (let i = 1; i < element.name.length; i++) {
      if (element.name[i] !== '.') continue;
      const parent = element.name.slice(0, i).replace(/\[\]$/, '');
      const id = `body:${parent}@${element.at.line}`;
      if (seen.has(id) || !known.canonical('body', parent)) continue;
      seen.add(id);
      added.push({ in: 'body', name: parent, at: element.at });
    }
  }
  return [...elements, ...added].sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
}

/**
 * Keywords a wrapper's callers pass through its `**kwargs` to this call
 * (`def run(image, **kw): client.containers.run(image, **kw)`), at the
 * callers' text, within the module.
 */
function forwarded(call: SgNode, context: ElementContext): ArgumentUse[][] {
  const def = context.scopes.scopeOf(call);
  if (def.kind() !== 'function_definition') return [];
  const spreads = callArguments(call).starKwargs.map((s) => s.text());
  const kwargs = parametersOf(def).kwargs;
  return kwargs && spreads.includes(kwargs) ? callersKeywordGroups(def, context) : [];
}
