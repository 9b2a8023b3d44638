import type { SgNode } from '@ast-grep/napi';
import type { ElementUse, Position } from '../../usage.ts';
import {
  type ArgumentUse,
  argumentUses,
  callersKeywords,
  ElementCollector,
  type ElementContext,
  literalOf,
  position,
} from './elements.ts';
import { knownElements } from './known.ts';
import type { Receiver } from './receivers.ts';
import { callArguments, parametersOf } from './syntax.ts';
import type { Callable } from './table.ts';

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
  return receiver.cls ? table.models[receiver.cls]?.methods[method] : undefined;
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
  const uses = [...argumentUses(call, callable.params, context), ...forwarded(call, context)];
  const given = new Map(uses.map((use) => [use.name, use]));
  const truthy = (name: string) => {
    const use = given.get(name);
    if (!use) return false;
    const literal = literalOf(use.value, context.constants);
    return literal === undefined ? use.value.kind() !== 'none' : Boolean(literal);
  };
  const collectors = new Map<number, ElementCollector>();
  callable.requests.forEach((request, index) => {
    if (request.fallback || request.follow) return;
    if (request.when && !request.when.every(truthy)) return;
    if (request.unless?.some((name) => given.has(name) && truthy(name))) return;
    collectors.set(index, new ElementCollector(request.op, context));
  });
  for (const use of uses) addKeys(callable.keywords[use.name] ?? [], use, collectors);
  for (const group of callable.together ?? []) {
    const present = group.keywords.map((k) => given.get(k));
    if (present.some((use) => !use || !truthy(use.name))) continue;
    // The element sits at the keyword that is most its own: `remove` for AutoRemove, not `detach`,
    // which also decides other requests.
    const uses = present.filter((use): use is ArgumentUse => use !== undefined);
    const weight = (use: ArgumentUse) =>
      callable.requests.filter((r) => r.when?.includes(use.name) || r.unless?.includes(use.name)).length;
    const chosen = uses.reduce((a, b) => (weight(b) < weight(a) ? b : a));
    addKeys(group.keys, chosen, collectors);
  }
  const at = position(nameNode);
  return [...collectors].map(([index, collector]) => {
    const operation = callable.requests[index]?.op ?? '';
    return { operation, at, elements: withParents(operation, collector.elements) };
  });
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
 * Every level of a nested field is an element (`HostConfig` for
 * `HostConfig.CgroupnsMode`): a level no argument writes is placed where
 * its first field is written.
 */
function withParents(operation: string, elements: ElementUse[]): ElementUse[] {
  const known = knownElements(operation);
  const present = new Set(elements.filter((e) => e.in === 'body').map((e) => e.name));
  const added: ElementUse[] = [];
  const ordered = [...elements].sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
  for (const element of ordered) {
    if (element.in !== 'body') continue;
    for (let i = 1; i < element.name.length; i++) {
      if (element.name[i] !== '.') continue;
      const parent = element.name.slice(0, i).replace(/\[\]$/, '');
      if (present.has(parent) || !known.canonical('body', parent)) continue;
      present.add(parent);
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
function forwarded(call: SgNode, context: ElementContext): ArgumentUse[] {
  const def = context.scopes.scopeOf(call);
  if (def.kind() !== 'function_definition') return [];
  const spreads = callArguments(call).starKwargs.map((s) => s.text());
  const kwargs = parametersOf(def).kwargs;
  return kwargs && spreads.includes(kwargs) ? callersKeywords(def, context) : [];
}
