import type { Binding, ClientGate, MethodRequest, MethodRow } from '../table-types.ts';
import { citeLine, type GoFunc } from './go-index.ts';
import type { GoTypes } from './go-types.ts';
import type { Interpreter } from './interpret.ts';
import { type BodySpot, MethodResolver, operationOf } from './resolve.ts';
import type { Val } from './values.ts';

/** One method's table row from what the interpreter recorded while running it. */
export function methodRow(fn: GoFunc, types: GoTypes, interpreter: Interpreter): MethodRow {
  const params = fn.params.map(
    (param) => [param.name, `${param.variadic ? '...' : ''}${types.ref(fn.file, param.type)}`] as const,
  );
  // Variadic parameters are slices; options applied to a local struct stand for that struct.
  const flowTypes = new Map<string, string>(
    params.map(([name, type]) => [name, type.startsWith('...') ? `[]${type.slice(3)}` : type]),
  );
  for (const [name, type] of interpreter.filled) flowTypes.set(name, type);
  const resolver = new MethodResolver(types, flowTypes);
  const merged = new Map<string, { request: MethodRequest; raw: (typeof interpreter.requests)[number] }>();
  const spots = new Map<Val, BodySpot>();
  for (const raw of interpreter.requests) {
    const op = operationOf(raw.method, raw.path);
    const { row, bodyPaths } = resolver.request(raw);
    for (const [val, spot] of bodyPaths) spots.set(val, spot);
    const key = op ?? `${raw.method} ${raw.path}`;
    const previous = merged.get(key);
    if (!previous) {
      const identity = op === undefined ? { unmatched: key } : { op };
      merged.set(key, { request: { ...identity, at: raw.at, ...row }, raw });
      continue;
    }
    // The same operation reached twice (a retry with credentials): one request, every binding, conditional only if both are.
    const bindings = uniqueBindings([...previous.request.bindings, ...row.bindings]);
    const when = previous.request.when && row.when ? previous.request.when : undefined;
    const fixed = [...new Set([...(previous.request.fixed ?? []), ...(row.fixed ?? [])])].sort();
    const { when: _w, fixed: _f, ...rest } = previous.request;
    merged.set(key, {
      request: { ...rest, ...(when ? { when } : {}), bindings, ...(fixed.length > 0 ? { fixed } : {}) },
      raw: previous.raw,
    });
  }
  const requests = [...merged.values()];
  const gates = interpreter.gates.map((gate) => {
    const owner = gateRequest(gate.at, requests);
    return resolver.gate(gate, owner?.raw, owner?.request.bindings ?? [], spots);
  });
  return {
    params: params.map(([name, type]) => [name, type]),
    at: citeLine(fn.file, fn.node),
    requests: requests.map(({ request }, i) => {
      const path = request.op?.split(' ')[1];
      const later = requests
        .slice(i + 1)
        .some(({ request: next }) => next.op !== request.op && next.op?.split(' ')[1] === path);
      return withSentWhen(later ? { ...request, triedFirst: true } : request, gates);
    }),
    gates: uniqueGates(gates),
  };
}

/**
 * The request a gate belongs to: the one written in the gate's file (a gate
 * in an inlined helper such as DistributionInspect guards that helper's
 * request), else the one sent unconditionally, else the first.
 */
function gateRequest<T extends { request: MethodRequest }>(
  at: string,
  requests: readonly T[],
): T | undefined {
  const file = at.slice(0, at.lastIndexOf(':'));
  return (
    requests.find(({ request }) => request.at.startsWith(`${file}:`)) ??
    requests.find(({ request }) => request.when === undefined) ??
    requests[0]
  );
}

/** Marks bindings the client sends only on one side of a version check (`shared-size` from 1.42, `filter` below 1.25). */
function withSentWhen(request: MethodRequest, gates: readonly ClientGate[]): MethodRequest {
  const bindings = request.bindings.map((binding) => {
    const key = `${binding.in}:${binding.name}`;
    const gate = gates.find((g) => g.action === 'send' && g.checks.length === 1 && g.elements.includes(key));
    return gate?.checks[0] ? { ...binding, sentWhen: gate.checks[0] } : binding;
  });
  return { ...request, bindings };
}

function uniqueBindings(bindings: Binding[]): Binding[] {
  const seen = new Map<string, Binding>();
  for (const binding of bindings) seen.set(`${binding.in} ${binding.name} ${binding.from}`, binding);
  return [...seen.values()].sort((a, b) =>
    `${a.in} ${a.name} ${a.from}` < `${b.in} ${b.name} ${b.from}` ? -1 : 1,
  );
}

function uniqueGates<T extends { at: string }>(gates: T[]): T[] {
  const seen = new Map<string, T>();
  for (const gate of gates) if (!seen.has(JSON.stringify(gate))) seen.set(JSON.stringify(gate), gate);
  return [...seen.values()];
}
