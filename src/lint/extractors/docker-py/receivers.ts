import type { SgNode } from '@ast-grep/napi';
import type { DockerNames } from './imports.ts';
import { type Constants, pinOf } from './pins.ts';
import { type Scopes, sameNode } from './scope.ts';
import { callArguments, dottedName } from './syntax.ts';
import type { DockerPyTable } from './table.ts';

/** What a Python expression holds, as far as docker-py goes. */
export interface Receiver {
  /** `client`: a DockerClient; `api`: an APIClient; `class`: a collection or model (`cls`). */
  readonly kind: 'client' | 'api' | 'class';
  readonly cls?: string;
  /** A list of them (`client.containers.list()`). */
  readonly list?: boolean;
  /** The API version the client was built with (`version="1.41"`). */
  readonly pin?: string;
}

const CLIENT = /^docker(?:\.client)?\.(?:from_env|from_context|DockerClient(?:\.from_env|\.from_context)?)$/;
const API = /^docker(?:\.api(?:\.client)?|\.client)?\.APIClient$/;
/** Collection methods that give back one of the collection's models (a list for `list`). */
const MAKES_MODEL = new Set(['get', 'create', 'run', 'list', 'pull', 'install', 'load']);
const LISTS = new Set(['list', 'load']);
const MAX_DEPTH = 12;

/**
 * Finds what an expression holds by following, within one module, the names
 * it was bound to: assignments, `with … as`, `for … in`, `self.attr`,
 * parameters (by annotation, by the module's own calls of the function, by
 * a pytest fixture of the same name) and functions that return a client.
 */
export class Receivers {
  readonly #names: DockerNames;
  readonly #scopes: Scopes;
  readonly #table: DockerPyTable;
  readonly #constants: Constants;
  readonly #active = new Set<number>();
  readonly #fixtures: ((name: string) => Receiver | undefined) | undefined;

  /** `fixtures` finds a pytest fixture defined elsewhere (a sibling `conftest.py`). */
  constructor(
    names: DockerNames,
    scopes: Scopes,
    table: DockerPyTable,
    constants: Constants,
    fixtures?: (name: string) => Receiver | undefined,
  ) {
    this.#names = names;
    this.#scopes = scopes;
    this.#table = table;
    this.#constants = constants;
    this.#fixtures = fixtures;
  }

  /** What a module-level function of this module returns, for fixtures looked up from another file. */
  returnedBy(name: string): Receiver | undefined {
    const def = this.#scopes.functionNamed(name);
    for (const value of def ? this.#scopes.returnsOf(def) : []) {
      const found = this.of(value);
      if (found) return found;
    }
    return undefined;
  }

  of(node: SgNode, depth = 0): Receiver | undefined {
    const { start, end } = node.range();
    const key = start.index * 65536 + (end.index - start.index);
    if (depth > MAX_DEPTH || this.#active.has(key)) return undefined;
    this.#active.add(key);
    try {
      return this.#of(node, depth);
    } finally {
      this.#active.delete(key);
    }
  }

  #of(node: SgNode, depth: number): Receiver | undefined {
    switch (node.kind()) {
      case 'call':
        return this.#call(node, depth);
      case 'identifier':
        return node.text() === 'self' ? this.#subclass(node) : this.#identifier(node, depth);
      case 'attribute':
        return this.#attribute(node, depth);
      case 'subscript': {
        const held = this.of(node.field('value') ?? node, depth + 1);
        // `running[1:]` is still a list; `running[0]` one of them.
        if (node.field('subscript')?.kind() === 'slice') return held;
        return held?.list ? { ...held, list: false } : undefined;
      }
      case 'parenthesized_expression':
      case 'await':
        return (
          node.children().find((c) => c.isNamed()) &&
          this.of(node.children().find((c) => c.isNamed()) as SgNode, depth + 1)
        );
      default:
        return undefined;
    }
  }

  /** A docker-py name as written (`docker.DockerClient`, an imported `DockerClient`) as a receiver kind. */
  #named(text: string | undefined): Receiver | undefined {
    const canonical = this.#names.canonical(text);
    if (!canonical) return undefined;
    if (CLIENT.test(canonical)) return { kind: 'client' };
    if (API.test(canonical)) return { kind: 'api' };
    const cls = canonical.slice(canonical.lastIndexOf('.') + 1);
    return this.#table.models[cls] ? { kind: 'class', cls } : undefined;
  }

  #call(node: SgNode, depth: number): Receiver | undefined {
    const fn = node.field('function');
    const callee = dottedName(fn);
    const named = this.#named(callee);
    if (named && named.kind !== 'class') {
      const pin = pinOf(node, this.#constants);
      return pin ? { ...named, pin: pin.version } : named;
    }
    const local = this.#scopes.calledFunction(node);
    if (local)
      for (const value of this.#scopes.returnsOf(local)) {
        const found = this.of(value, depth + 1);
        if (found) return found;
      }
    if (fn?.kind() === 'attribute') {
      const object = this.of(fn.field('object') ?? fn, depth + 1);
      const method = fn.field('attribute')?.text() ?? '';
      const model =
        object?.kind === 'class' && object.cls ? this.#table.models[object.cls]?.model : undefined;
      if (model && MAKES_MODEL.has(method))
        return { ...object, kind: 'class', cls: model, list: LISTS.has(method) };
      return undefined;
    }
    if (fn?.kind() === 'identifier') {
      const def = this.#scopes.functionNamed(fn.text());
      if (def)
        for (const value of this.#scopes.returnsOf(def)) {
          const found = this.of(value, depth + 1);
          if (found) return found;
        }
    }
    return undefined;
  }

  #identifier(node: SgNode, depth: number): Receiver | undefined {
    for (const binding of this.#scopes.lookup(node.text(), node)) {
      if (binding.kind === 'value') {
        const found = this.of(binding.node, depth + 1);
        if (found) return found;
      } else if (binding.kind === 'item') {
        const found = this.of(binding.node, depth + 1);
        if (found?.list) return { ...found, list: false };
      } else {
        const found = this.#parameter(node.text(), binding.def, binding.index, binding.annotation, depth);
        if (found) return found;
      }
    }
    return undefined;
  }

  #parameter(name: string, def: SgNode, index: number, annotation: SgNode | undefined, depth: number) {
    const typed = annotation && this.#named(annotation.text().replace(/^["']|["']$/g, ''));
    if (typed) return typed;
    for (const call of this.#scopes.callersOf(def)) {
      const argument = this.#scopes.argumentFor(call, def, index);
      const found = argument && this.of(argument, depth + 1);
      if (found) return found;
    }
    // A pytest fixture: the parameter names a fixture function of the module.
    const fixture = this.#scopes.functionNamed(name);
    if (fixture && !sameNode(fixture, def))
      for (const value of this.#scopes.returnsOf(fixture)) {
        const found = this.of(value, depth + 1);
        if (found) return found;
      }
    return fixture ? undefined : this.#fixtures?.(name);
  }

  /** The module class an expression is an instance of (`Wrapper()`, through names and `self.x`). */
  #instanceOf(node: SgNode, depth: number): SgNode | undefined {
    if (depth > MAX_DEPTH) return undefined;
    if (node.kind() === 'call') {
      const fn = node.field('function');
      return fn?.kind() === 'identifier' ? this.#scopes.classNamed(fn.text()) : undefined;
    }
    const values =
      node.kind() === 'identifier'
        ? this.#scopes.lookup(node.text(), node).flatMap((b) => (b.kind === 'value' ? [b.node] : []))
        : node.kind() === 'attribute' && node.field('object')?.text() === 'self'
          ? this.#scopes.selfAttribute(node.field('attribute')?.text() ?? '', node)
          : [];
    for (const value of values) {
      const found = this.#instanceOf(value, depth + 1);
      if (found) return found;
    }
    return undefined;
  }

  /** `self` in a class that extends a docker-py client. */
  #subclass(node: SgNode): Receiver | undefined {
    const cls = node.ancestors().find((a) => a.kind() === 'class_definition');
    const bases = cls?.field('superclasses');
    for (const base of bases ? bases.children().filter((c) => c.isNamed()) : []) {
      const named = this.#named(dottedName(base));
      if (named && named.kind !== 'class') return named;
    }
    return undefined;
  }

  #unboundParameter(node: SgNode): boolean {
    if (node.kind() !== 'identifier') return false;
    const bindings = this.#scopes.lookup(node.text(), node);
    return bindings.length > 0 && bindings.every((b) => b.kind === 'param' && !b.annotation);
  }

  #attribute(node: SgNode, depth: number): Receiver | undefined {
    const object = node.field('object');
    const attribute = node.field('attribute')?.text() ?? '';
    if (!object) return undefined;
    if (object.text() === 'self' && this.#subclass(node)) {
      // `class EngineClient(docker.APIClient)`: `self.api`, `self.containers` as on the client.
    } else if (object.text() === 'self' || object.text() === 'cls') {
      for (const value of this.#scopes.selfAttribute(attribute, node)) {
        const found = this.of(value, depth + 1);
        if (found) return found;
      }
      return undefined;
    }
    // `self._docker.client` with `self._docker = DockerClientWrapper()`: the attribute of that class.
    const instance = this.#instanceOf(object, depth);
    if (instance) {
      for (const value of this.#scopes.classAttribute(instance, attribute)) {
        const found = this.of(value, depth + 1);
        if (found) return found;
      }
      return undefined;
    }
    // A parameter nothing in the module binds, used the way only a DockerClient is
    // (`def stop_preview(client): client.containers.get(...)`), in a module that imports docker.
    const held =
      this.of(object, depth + 1) ??
      (this.#unboundParameter(object) ? { kind: 'client' as const } : undefined);
    if (held?.kind === 'client' && !held.list) {
      if (attribute === 'api') return { ...held, kind: 'api' };
      const cls = this.#table.client[attribute];
      if (cls) return { ...held, kind: 'class', cls };
    }
    if (held?.kind === 'class' && attribute === 'client')
      return { ...held, kind: 'client', cls: undefined } as Receiver;
    return undefined;
  }
}

/** The arguments of a call as `[name, node]` pairs, positional ones named by `params`. */
export function namedArguments(
  call: SgNode,
  params: readonly string[],
): { name: string; nameNode: SgNode; value: SgNode }[] {
  const args = callArguments(call);
  return [
    ...args.positional.flatMap((value, index) => {
      const name = params[index];
      return name ? [{ name, nameNode: value, value }] : [];
    }),
    ...args.keywords,
  ];
}
