import { elementStore } from '../../../../data/store.ts';
import type { Binding, ClientGate, MethodRequest, TypeRef } from '../table-types.ts';
import type { GoTypes } from './go-types.ts';
import type { RawGate, RawRequest } from './interpret.ts';
import type { Val } from './values.ts';

/** A request path as the client builds it, dynamic parts as `{}`, matched to the element data's operation. */
export function operationOf(method: string, path: string): string | undefined {
  const shape = path.replace(/(\{\})+/g, '{}').replace(/\/$/, '');
  return elementStore().findOperation(method, shape);
}

/** Turns the interpreter's values into bindings and gates' element keys for one method. */
export class MethodResolver {
  readonly #types: GoTypes;
  readonly #params: ReadonlyMap<string, TypeRef>;

  constructor(types: GoTypes, params: ReadonlyMap<string, TypeRef>) {
    this.#types = types;
    this.#params = params;
  }

  request(raw: RawRequest): { row: Omit<MethodRequest, 'op' | 'at'>; bodyPaths: Map<Val, BodySpot> } {
    const bindings: Binding[] = [];
    const fixed: string[] = [];
    for (const [place, owner] of [
      ['query', raw.query],
      ['header', raw.headers],
    ] as const) {
      for (const [name, entry] of owner?.entries ?? []) {
        const flows = [
          ...new Set(
            [...entry.flows]
              .filter((flow) => this.#params.has(rootOf(flow)))
              .map((flow) => this.normalize(flow)),
          ),
        ];
        if (flows.length === 0) fixed.push(`${place}:${name}`);
        for (const from of flows)
          bindings.push({ from, in: place, name, ...(entry.unless ? { unless: true as const } : {}) });
      }
    }
    const bodyPaths = new Map<Val, BodySpot>();
    if (raw.body) this.walkBody(raw.body, '', undefined, bindings, bodyPaths, 0);
    const kept = this.namedLikeField(
      dedupe(bindings).filter((binding) => !this.impliedByOther(binding, bindings)),
    );
    return {
      row: {
        ...(raw.when.length > 0
          ? { when: [...new Set(raw.when.filter((f) => this.#params.has(rootOf(f))))].sort() }
          : {}),
        bindings: kept.sort(compareBindings),
        ...(fixed.length > 0 ? { fixed: [...new Set(fixed)].sort() } : {}),
      },
      bodyPaths,
    };
  }

  private walkBody(
    val: Val,
    path: string,
    typeHint: TypeRef | undefined,
    out: Binding[],
    spots: Map<Val, BodySpot>,
    depth: number,
  ): void {
    if (depth > 12 || spots.has(val)) return;
    const flows = [
      ...new Set(
        [...val.flows].filter((flow) => this.#params.has(rootOf(flow))).map((flow) => this.normalize(flow)),
      ),
    ];
    const type =
      val.type ?? typeHint ?? flows.map((flow) => this.typeOfFlow(flow)).find((t) => t !== undefined);
    spots.set(val, { path, ...(type === undefined ? {} : { type }) });
    for (const from of flows) {
      const flowType = this.typeOfFlow(from) ?? type;
      out.push({ from, in: 'body', name: path, ...(flowType === undefined ? {} : { type: flowType }) });
    }
    for (const [goName, child] of val.fields) {
      const field = type === undefined ? undefined : this.fieldPath(type, goName);
      const json = field?.json ?? goName;
      this.walkBody(child, joinPath(path, json), field?.type, out, spots, depth + 1);
    }
  }

  /**
   * Several caller values feeding one body field (`getConsoleSize(options.TTY,
   * options.ConsoleSize)` → `ConsoleSize`): the one named like the field is it.
   */
  private namedLikeField(bindings: Binding[]): Binding[] {
    const out: Binding[] = [];
    const byName = new Map<string, Binding[]>();
    for (const binding of bindings)
      if (binding.in === 'body') byName.set(binding.name, [...(byName.get(binding.name) ?? []), binding]);
      else out.push(binding);
    for (const [name, group] of byName) {
      const field = (name.split('.').at(-1) ?? '').toLowerCase();
      const owner = group.length < 2 ? undefined : ownerNamed(group, field);
      if (!owner) {
        out.push(...group);
        continue;
      }
      const type = this.typeOfFlow(owner);
      out.push({ from: owner, in: 'body', name, ...(type === undefined ? {} : { type }) });
    }
    return out;
  }

  /** A Go field of a struct (direct or promoted from an inlined embedded struct): its JSON path part and type. */
  fieldPath(type: TypeRef, goName: string, depth = 0): { json: string; type: TypeRef } | undefined {
    if (depth > 6) return undefined;
    // Unexported fields too: functional options write the client's private option structs.
    const fields = this.#types.fields(type, true);
    const direct = fields.get(goName);
    if (direct) return direct;
    for (const field of fields.values()) {
      if (field.json !== '' && depth > 0) continue;
      const inner = this.fieldPath(field.type, goName, depth + 1);
      if (inner) return { json: joinPath(field.json, inner.json), type: inner.type };
    }
    return undefined;
  }

  /**
   * The longest prefix of a caller value that names a field through the
   * source's own types: a method read (`ref.Name()` → `refStr`) or the inside
   * of a type the source does not declare (`platform.OS`: the platform is the
   * value) ends the path; trailing slice items are the slice.
   */
  normalize(flow: string): string {
    const [root, ...rest] = segments(flow);
    let type = root === undefined ? undefined : this.#params.get(root);
    let kept = root ?? flow;
    for (const part of rest) {
      if (type === undefined) break;
      if (part === '[]') {
        if (!type.startsWith('[]') && !type.startsWith('{}')) break;
        type = type.slice(2);
        kept = `${kept}[]`;
        continue;
      }
      const field = this.#types.isStruct(type) ? this.fieldPath(type, part) : undefined;
      if (!field) break;
      type = field.type;
      kept = `${kept}.${part}`;
    }
    return trimItems(kept);
  }

  /** The Go type of a caller value: parameter type, then field types along the path. */
  typeOfFlow(flow: string): TypeRef | undefined {
    const [root, ...rest] = segments(flow);
    let type = root === undefined ? undefined : this.#params.get(root);
    for (const part of rest) {
      if (type === undefined) return undefined;
      if (part === '[]') type = type.startsWith('[]') || type.startsWith('{}') ? type.slice(2) : undefined;
      else type = this.fieldPath(type, part)?.type;
    }
    return type;
  }

  /** A body binding its parent binding already says (`options.HostConfig.CapAdd` under `options.HostConfig`). */
  private impliedByOther(binding: Binding, all: readonly Binding[]): boolean {
    if (binding.in !== 'body') return false;
    // The client rewrites part of what the caller passed (a tagged image name): still the caller's field.
    return all.some(
      (parent) =>
        parent !== binding &&
        parent.in === 'body' &&
        (binding.from.startsWith(`${parent.from}.`) || binding.from.startsWith(`${parent.from}[]`)) &&
        (parent.name === '' || binding.name === parent.name || binding.name.startsWith(`${parent.name}.`)),
    );
  }

  /** The element a caller value lands on, through the bindings: `body:HostConfig.AutoRemove`, `query:platform`. */
  elementOfFlow(flow: string, bindings: readonly Binding[]): string | undefined {
    let best: Binding | undefined;
    for (const binding of bindings) {
      if (
        binding.from !== flow &&
        !flow.startsWith(`${binding.from}.`) &&
        !flow.startsWith(`${binding.from}[]`)
      )
        continue;
      if (!best || binding.from.length > best.from.length) best = binding;
    }
    if (!best) return undefined;
    if (best.in !== 'body') return `${best.in}:${best.name}`;
    const name = this.resolveBelow(best, flow.slice(best.from.length));
    return name ? `body:${name}` : undefined;
  }

  private resolveBelow(binding: Binding, rest: string): string | undefined {
    let path = binding.name;
    let type = binding.type;
    for (const part of segments(rest)) {
      if (part === '[]') {
        path = `${path}${type?.startsWith('{}') ? '{}' : '[]'}`;
        type = type?.startsWith('[]') || type?.startsWith('{}') ? type.slice(2) : undefined;
        continue;
      }
      const field = type === undefined ? undefined : this.fieldPath(type, part);
      if (!field) return undefined;
      path = joinPath(path, field.json);
      type = field.type;
    }
    return path;
  }

  /** Element keys a gate is about: what it writes or sets, else the caller values its conditions name. */
  gate(
    raw: RawGate,
    request: RawRequest | undefined,
    bindings: readonly Binding[],
    spots: Map<Val, BodySpot>,
  ): ClientGate {
    const elements = new Set<string>();
    for (const { owner, field } of raw.writes) {
      const spot = spots.get(owner);
      if (spot) {
        const inner = spot.type === undefined ? undefined : this.fieldPath(spot.type, field);
        elements.add(`body:${joinPath(spot.path, inner?.json ?? field)}`);
      } else for (const flow of owner.flows) this.addFlow(elements, `${flow}.${field}`, bindings);
    }
    for (const { owner, name } of raw.sets) {
      if (owner === request?.query) elements.add(`query:${name}`);
      else if (owner === request?.headers) elements.add(`header:${name}`);
    }
    if (raw.writes.length === 0 && raw.sets.length === 0)
      for (const flow of deepest(raw.flows)) this.addFlow(elements, flow, bindings);
    const op = request === undefined ? undefined : operationOf(request.method, request.path);
    return {
      at: raw.at,
      checks: raw.checks,
      action: raw.action,
      ...(op === undefined ? {} : { op }),
      elements: [...elements].filter((e) => e !== 'body:').sort(),
    };
  }

  private addFlow(into: Set<string>, flow: string, bindings: readonly Binding[]): void {
    const element = this.elementOfFlow(flow, bindings);
    if (element) into.add(element);
  }
}

export interface BodySpot {
  readonly path: string;
  readonly type?: TypeRef;
}

/** A slice's items flowing into a field are the slice. */
const trimItems = (flow: string): string => flow.replace(/(?:\[\])+$/, '');

const joinPath = (a: string, b: string): string => (a === '' ? b : b === '' ? a : `${a}.${b}`);
const rootOf = (flow: string): string => segments(flow)[0] ?? flow;

/** `options.Mounts[].Type` → `options`, `Mounts`, `[]`, `Type`. */
function segments(flow: string): string[] {
  return flow.split(/(\[\])|\./).filter((part): part is string => part !== undefined && part !== '');
}

/** The caller path, among a group's, whose last field is named `field` (any case). */
function ownerNamed(group: readonly Binding[], field: string): string | undefined {
  for (const binding of group) {
    const parts = segments(binding.from);
    for (let i = parts.length; i > 1; i--)
      if (parts[i - 1]?.toLowerCase() === field)
        return parts
          .slice(0, i)
          .map((part, j) => (j === 0 || part === '[]' ? part : `.${part}`))
          .join('');
  }
  return undefined;
}

/** Flows that are not a prefix of another (`config.StopTimeout` over `config`). */
function deepest(flows: ReadonlySet<string>): string[] {
  const all = [...flows];
  return all.filter(
    (flow) =>
      !all.some((other) => other !== flow && (other.startsWith(`${flow}.`) || other.startsWith(`${flow}[]`))),
  );
}

function dedupe(bindings: Binding[]): Binding[] {
  const seen = new Map<string, Binding>();
  for (const binding of bindings)
    seen.set(`${binding.in}\u0000${binding.name}\u0000${binding.from}`, binding);
  return [...seen.values()];
}

function compareBindings(a: Binding, b: Binding): number {
  return `${a.in} ${a.name} ${a.from}` < `${b.in} ${b.name} ${b.from}` ? -1 : 1;
}
