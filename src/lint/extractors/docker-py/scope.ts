import type { SgNode } from '@ast-grep/napi';
import { callArguments, dottedName, namedChildren, parametersOf } from './syntax.ts';

/** Where a name gets its value inside one scope. */
export type Binding =
  /** `name = value`, `with value as name`. */
  | { readonly kind: 'value'; readonly node: SgNode }
  /** `for name in value`: an item of it. */
  | { readonly kind: 'item'; readonly node: SgNode }
  /** A parameter of a function. */
  | { readonly kind: 'param'; readonly def: SgNode; readonly index: number; readonly annotation?: SgNode };

/** One key written into a dict variable after it was made: `opts["k"] = v`, `opts.update(k=v)`. */
export interface DictWrite {
  readonly keyNode: SgNode;
  readonly key: string;
  readonly value: SgNode;
}

const key = (node: SgNode): number => node.range().start.index;

/** Nodes are fresh objects on every access: the same node is the same range. */
export function sameNode(a: SgNode, b: SgNode): boolean {
  const x = a.range();
  const y = b.range();
  return x.start.index === y.start.index && x.end.index === y.end.index && a.kind() === b.kind();
}

/**
 * The names a module binds, per function scope (the module itself is one),
 * read once. Flow-insensitive: a name bound twice has both values, in
 * source order, which is what a linter wants for `client = …` set in
 * branches.
 */
export class Scopes {
  readonly #bindings = new Map<number, Map<string, Binding[]>>();
  readonly #writes = new Map<number, Map<string, DictWrite[]>>();
  /** Class (by position) → `self.attr` / class attribute → values. */
  readonly #attributes = new Map<number, Map<string, SgNode[]>>();
  readonly #functions = new Map<string, SgNode>();
  readonly #classes = new Map<string, SgNode>();
  readonly #calls = new Map<string, SgNode[]>();
  readonly root: SgNode;

  constructor(root: SgNode) {
    this.root = root;
    for (const node of root.findAll({
      rule: {
        any: [
          { kind: 'assignment' },
          { kind: 'with_item' },
          { kind: 'for_statement' },
          { kind: 'function_definition' },
          { kind: 'class_definition' },
          { kind: 'call' },
        ],
      },
    }))
      this.#read(node);
  }

  #read(node: SgNode): void {
    switch (node.kind()) {
      case 'assignment':
        this.#assignment(node);
        return;
      case 'class_definition': {
        const name = node.field('name')?.text();
        if (name && sameNode(this.scopeOf(node), this.root)) this.#classes.set(name, node);
        return;
      }
      case 'with_item': {
        const pattern = namedChildren(node)[0];
        if (pattern?.kind() !== 'as_pattern') return;
        const [value, target] = namedChildren(pattern);
        const name = target?.find({ rule: { kind: 'identifier' } }) ?? undefined;
        if (value && name) this.#bind(node, name.text(), { kind: 'value', node: value });
        return;
      }
      case 'for_statement': {
        const left = node.field('left');
        const right = node.field('right');
        if (left?.kind() === 'identifier' && right)
          this.#bind(node, left.text(), { kind: 'item', node: right });
        return;
      }
      case 'function_definition': {
        const name = node.field('name')?.text();
        const scope = this.scopeOf(node);
        if (name && scope === this.root) this.#functions.set(name, node);
        const parameters = node.field('parameters');
        let index = 0;
        for (const parameter of namedChildren(parameters ?? node)) {
          const id =
            parameter.kind() === 'identifier' ? parameter : parameter.find({ rule: { kind: 'identifier' } });
          if (!id || String(parameter.kind()).includes('splat')) continue;
          const annotation = parameter.field('type') ?? undefined;
          this.#bindIn(node, id.text(), {
            kind: 'param',
            def: node,
            index,
            ...(annotation ? { annotation } : {}),
          });
          index++;
        }
        return;
      }
      case 'call': {
        const callee = dottedName(node.field('function'));
        if (!callee) return;
        if (!callee.includes('.')) {
          const list = this.#calls.get(callee) ?? [];
          list.push(node);
          this.#calls.set(callee, list);
        }
        const match = /^(\w+)\.update$/.exec(callee);
        if (match?.[1]) for (const write of updateWrites(node)) this.#write(node, match[1], write);
        return;
      }
    }
  }

  #assignment(node: SgNode): void {
    const left = node.field('left');
    const right = node.field('right');
    if (!left || !right) return;
    if (left.kind() === 'identifier') this.#bind(node, left.text(), { kind: 'value', node: right });
    else if (left.kind() === 'attribute' && left.field('object')?.text() === 'self') {
      const cls = node.ancestors().find((a) => a.kind() === 'class_definition');
      const attribute = left.field('attribute')?.text();
      if (cls && attribute) this.#attribute(cls, attribute, right);
    } else if (left.kind() === 'subscript') {
      const object = left.field('value');
      const keyNode = left.field('subscript');
      const text = keyNode ? stringLiteral(keyNode) : undefined;
      if (object?.kind() === 'identifier' && keyNode && text !== undefined)
        this.#write(node, object.text(), { keyNode, key: text, value: right });
    }
    // Class-body attributes (`client = docker.from_env()` under `class X:`) are reached as `self.client`.
    const owner = node.parent()?.parent()?.parent();
    if (left.kind() === 'identifier' && owner?.kind() === 'class_definition')
      this.#attribute(owner, left.text(), right);
  }

  #attribute(cls: SgNode, name: string, value: SgNode): void {
    const byName = this.#attributes.get(key(cls)) ?? new Map<string, SgNode[]>();
    this.#attributes.set(key(cls), byName);
    byName.set(name, [...(byName.get(name) ?? []), value]);
  }

  #bind(at: SgNode, name: string, binding: Binding): void {
    this.#bindIn(this.scopeOf(at), name, binding);
  }

  #bindIn(scope: SgNode, name: string, binding: Binding): void {
    const byName = this.#bindings.get(key(scope)) ?? new Map<string, Binding[]>();
    this.#bindings.set(key(scope), byName);
    byName.set(name, [...(byName.get(name) ?? []), binding]);
  }

  #write(at: SgNode, name: string, write: DictWrite): void {
    const scope = this.scopeOf(at);
    const byName = this.#writes.get(key(scope)) ?? new Map<string, DictWrite[]>();
    this.#writes.set(key(scope), byName);
    byName.set(name, [...(byName.get(name) ?? []), write]);
  }

  /** The innermost function around a node, or the module. */
  scopeOf(node: SgNode): SgNode {
    return node.ancestors().find((a) => a.kind() === 'function_definition') ?? this.root;
  }

  /** The bindings of a name seen from a node: its own scope's, else the enclosing ones'. */
  lookup(name: string, at: SgNode): Binding[] {
    for (let scope: SgNode | undefined = this.scopeOf(at); scope; ) {
      const found = this.#bindings.get(key(scope))?.get(name);
      if (found?.length) return found;
      if (scope === this.root) break;
      scope = this.scopeOf(scope);
    }
    return [];
  }

  /** Keys written into a dict variable after it was made, in the scope that binds it. */
  writes(name: string, at: SgNode): DictWrite[] {
    for (let scope: SgNode | undefined = this.scopeOf(at); scope; ) {
      if (this.#bindings.get(key(scope))?.has(name)) return this.#writes.get(key(scope))?.get(name) ?? [];
      if (scope === this.root) break;
      scope = this.scopeOf(scope);
    }
    return [];
  }

  /** Values given to `self.name` in the class around a node. */
  selfAttribute(name: string, at: SgNode): SgNode[] {
    const cls = at.ancestors().find((a) => a.kind() === 'class_definition');
    return cls ? this.classAttribute(cls, name) : [];
  }

  /** Values given to `self.name` (or a class attribute) in a class. */
  classAttribute(cls: SgNode, name: string): SgNode[] {
    return this.#attributes.get(key(cls))?.get(name) ?? [];
  }

  /** A method of the class around a node, by name (`self._running()`). */
  methodOf(at: SgNode, name: string): SgNode | undefined {
    const cls = at.ancestors().find((a) => a.kind() === 'class_definition');
    return cls
      ?.findAll({ rule: { kind: 'function_definition' } })
      .find(
        (def) =>
          def.field('name')?.text() === name &&
          sameNode(def.ancestors().find((a) => a.kind() === 'class_definition') ?? def, cls),
      );
  }

  /** The function a call calls within the module: `helper(...)` or `self.method(...)`. */
  calledFunction(call: SgNode): SgNode | undefined {
    const fn = call.field('function');
    if (fn?.kind() === 'identifier') return this.functionNamed(fn.text());
    if (fn?.kind() === 'attribute' && fn.field('object')?.text() === 'self')
      return this.methodOf(call, fn.field('attribute')?.text() ?? '');
    return undefined;
  }

  /** A module-level class by name. */
  classNamed(name: string): SgNode | undefined {
    return this.#classes.get(name);
  }

  /** A module-level function by name. */
  functionNamed(name: string): SgNode | undefined {
    return this.#functions.get(name);
  }

  /** Calls of a module-level function by its plain name. */
  callsOf(name: string): readonly SgNode[] {
    return this.#calls.get(name) ?? [];
  }

  /**
   * The module's calls of a function: by name; of a method, by attribute
   * name (`obj.deploy(...)`, `self.deploy(...)`); of `__init__`, the class's name.
   */
  callersOf(def: SgNode): readonly SgNode[] {
    const name = def.field('name')?.text() ?? '';
    const cls = def.ancestors().find((a) => a.kind() === 'class_definition');
    if (cls && name === '__init__') return this.callsOf(cls.field('name')?.text() ?? '');
    if (!cls) return this.callsOf(name);
    return this.root
      .findAll({ rule: { kind: 'call' } })
      .filter((c) => c.field('function')?.field('attribute')?.text() === name);
  }

  /** What a function returns or yields (`return docker.from_env()`, a fixture's `yield client`). */
  returnsOf(def: SgNode): SgNode[] {
    return def
      .findAll({ rule: { any: [{ kind: 'return_statement' }, { kind: 'yield' }] } })
      .filter((node) => sameNode(this.scopeOf(node), def))
      .flatMap((node) => namedChildren(node).slice(0, 1));
  }

  /** The argument a call gives parameter `index` (named `name`) of `def`. */
  argumentFor(call: SgNode, def: SgNode, index: number): SgNode | undefined {
    const params = parametersOf(def).names;
    const offset = params[0] === 'self' || params[0] === 'cls' ? 1 : 0;
    const name = params[index];
    const args = callArguments(call);
    return args.keywords.find((k) => k.name === name)?.value ?? args.positional[index - offset];
  }
}

/** `opts.update({"k": v})` and `opts.update(k=v)` as key writes. */
function updateWrites(call: SgNode): DictWrite[] {
  const args = callArguments(call);
  const writes: DictWrite[] = args.keywords.map(({ name, nameNode, value }) => ({
    keyNode: nameNode,
    key: name,
    value,
  }));
  for (const argument of args.positional) {
    if (argument.kind() !== 'dictionary') continue;
    for (const pair of namedChildren(argument)) {
      const keyNode = pair.field('key');
      const value = pair.field('value');
      const text = keyNode ? stringLiteral(keyNode) : undefined;
      if (keyNode && value && text !== undefined) writes.push({ keyNode, key: text, value });
    }
  }
  return writes;
}

function stringLiteral(node: SgNode): string | undefined {
  if (node.kind() !== 'string') return undefined;
  const parts = node.children().filter((c) => c.kind() === 'string_content' || c.kind() === 'interpolation');
  if (parts.some((p) => p.kind() === 'interpolation')) return undefined;
  return parts.map((p) => p.text()).join('');
}
