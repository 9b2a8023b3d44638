import type { SgNode } from '@ast-grep/napi';
import type { LiteralValue } from '../../usage.ts';
import { argumentsOf, named, stringLiteral, unwrap } from './go-syntax.ts';
import { enclosingFunction, type GoFileScope, parameterNames } from './scope.ts';

/** One step into a Go value: a struct field, a slice item, a map entry by its key. */
export type Step = { readonly field: string } | { readonly item: true } | { readonly key: string };

/** A part of an argument the code writes: where it names it and the literal it gives. */
export interface Written {
  /** Steps from the argument itself (empty: the argument). */
  readonly path: readonly Step[];
  /** The text that names it: a composite-literal key, the field of `x.F = …`, the argument. */
  readonly at: SgNode;
  readonly value?: LiteralValue;
  readonly valueAt?: SgNode;
}

const MAX_DEPTH = 6;

/**
 * What an argument expression writes: struct literals inline or behind a
 * variable completed field by field (also in branches), pointers, nested
 * and elided literals, slices and maps of structs, `append`, functions of
 * the file returning a literal, and parameters of the enclosing function
 * filled in by its callers in the file.
 */
export class WrittenCollector {
  readonly #scope: GoFileScope;
  readonly #constant: (node: SgNode) => string | undefined;
  /** The call the arguments are read for: writes after it, or in a branch it is not in, do not reach it. */
  #site: SgNode | undefined;

  /** Reads arguments of this call from now on. */
  at(call: SgNode): this {
    this.#site = call;
    return this;
  }

  constructor(scope: GoFileScope, constant: (node: SgNode) => string | undefined) {
    this.#scope = scope;
    this.#constant = constant;
  }

  collect(expr: SgNode, path: readonly Step[] = [], depth = 0, seen = new Set<number>()): Written[] {
    if (depth > MAX_DEPTH) return [];
    const node = unwrap(expr);
    switch (node.kind()) {
      case 'composite_literal':
        return this.literal(node.field('body'), isMapType(node.field('type')), path, depth, seen);
      case 'literal_value':
        return this.literal(node, false, path, depth, seen);
      case 'identifier':
        return this.variable(node, path, depth, seen);
      case 'selector_expression':
        return this.selected(node, path, depth, seen);
      case 'call_expression':
        return this.called(node, path, depth, seen);
      default:
        return [];
    }
  }

  /** The literal an expression gives: string, number, bool, a typed constant, a conversion of one. */
  value(expr: SgNode): LiteralValue | undefined {
    const node = unwrap(expr);
    const text = node.text();
    const literal = stringLiteral(node);
    if (literal !== undefined) return literal;
    switch (node.kind()) {
      case 'int_literal':
      case 'float_literal':
        return Number(text.replace(/_/g, ''));
      case 'true':
        return true;
      case 'false':
        return false;
      case 'identifier':
        return this.#scope.consts.get(text);
      case 'selector_expression':
        return this.#constant(node);
      case 'call_expression': {
        // `container.CgroupnsMode("private")`: a conversion keeps the literal.
        const args = argumentsOf(node);
        return args.length === 1 && args[0] ? stringLiteral(args[0]) : undefined;
      }
      default:
        return undefined;
    }
  }

  private entry(at: SgNode, path: readonly Step[], valueNode: SgNode | undefined): Written {
    const value = valueNode ? this.value(valueNode) : undefined;
    return { path, at, ...(value === undefined || !valueNode ? {} : { value, valueAt: unwrap(valueNode) }) };
  }

  private literal(
    body: SgNode | null,
    isMap: boolean,
    path: readonly Step[],
    depth: number,
    seen: Set<number>,
  ): Written[] {
    const out: Written[] = [];
    for (const element of body ? named(body) : []) {
      if (element.kind() === 'keyed_element') {
        const keyNode = element.field('key');
        const valueNode = element.field('value');
        const key = keyNode ? (named(keyNode)[0] ?? keyNode) : undefined;
        const value = valueNode ? (named(valueNode)[0] ?? valueNode) : undefined;
        if (!key || !value) continue;
        if (!isMap && key.kind() === 'identifier') {
          const here = [...path, { field: key.text() }];
          out.push(this.entry(key, here, value), ...this.collect(value, here, depth + 1, seen));
        } else {
          // A key from a variable (`d.Network: {…}`) is a map entry all the same.
          const name = stringLiteral(key) ?? this.value(key) ?? '';
          out.push(...this.collect(value, [...path, { key: String(name) }], depth + 1, seen));
        }
      } else if (element.kind() === 'literal_element') {
        const value = named(element)[0];
        if (value) out.push(...this.collect(value, [...path, { item: true }], depth + 1, seen));
      }
    }
    return out;
  }

  /** A variable: what its definitions give and every `v.F… = x` in the function. */
  private variable(id: SgNode, path: readonly Step[], depth: number, seen: Set<number>): Written[] {
    const name = id.text();
    // The function that declares it: a parameter of the innermost one that has it, else the outermost
    // (whose body holds the closures the variable is used in, as in `t.Run(…, func(…) { … })`).
    let declaring: SgNode | undefined;
    let outermost: SgNode | undefined;
    for (let fn = enclosingFunction(id); fn; fn = enclosingFunction(fn)) {
      if (!declaring && parameterNames(fn).includes(name)) declaring = fn;
      outermost = fn;
    }
    const fn = declaring ?? outermost;
    if (!fn || seen.has(id.range().start.index)) return [];
    seen.add(id.range().start.index);
    const out: Written[] = [];
    for (const { targets, values, roots } of this.#scope.assignmentsIn(fn)) {
      targets.forEach((target, i) => {
        const value = values.length === targets.length ? values[i] : undefined;
        if (!value || roots[i] !== name || !this.reaches(target)) return;
        const steps = targetSteps(target, name);
        if (steps === undefined) return;
        const here = [...path, ...steps];
        if (steps.length > 0) out.push(this.entry(lastName(target), here, value));
        out.push(...this.appended(value, here, depth, seen), ...this.collect(value, here, depth + 1, seen));
      });
    }
    // A variable of the package, declared in this file.
    for (const spec of this.#scope.packageVars.get(name) ?? [])
      out.push(...this.collect(spec, path, depth + 1, seen));
    // A parameter of a named function: what the callers in this file pass.
    const index = declaring ? parameterNames(declaring).indexOf(name) : -1;
    const fnName = declaring?.field('name')?.text();
    if (index !== -1 && fnName) {
      for (const call of this.#scope.callsTo(fnName)) {
        const arg = argumentsOf(call)[index];
        if (arg) out.push(...this.collect(arg, path, depth + 1, seen));
      }
    }
    return out;
  }

  /**
   * Whether a write can reach the call: it comes before it (in the same
   * function) and does not sit in the other branch of an `if` the call is in.
   */
  private reaches(write: SgNode): boolean {
    const site = this.#site;
    if (
      !site ||
      enclosingFunction(write)?.range().start.index !== enclosingFunction(site)?.range().start.index
    )
      return true;
    if (write.range().start.index > site.range().start.index) return false;
    for (let node = write.parent(); node; node = node.parent()) {
      if (node.kind() !== 'if_statement') continue;
      const branches = [node.field('consequence'), node.field('alternative')];
      const inWrite = branches.findIndex((branch) => branch && contains(branch, write));
      const inSite = branches.findIndex((branch) => branch && contains(branch, site));
      if (inWrite !== -1 && inSite !== -1 && inWrite !== inSite) return false;
      if (contains(node, site)) break;
    }
    return true;
  }

  /** `x = append(x, a, b)`: the items appended. */
  private appended(value: SgNode, path: readonly Step[], depth: number, seen: Set<number>): Written[] {
    if (value.kind() !== 'call_expression' || value.field('function')?.text() !== 'append') return [];
    return argumentsOf(value)
      .slice(1)
      .flatMap((item) => this.collect(item, [...path, { item: true }], depth + 1, seen));
  }

  /** `cfg.HostConfig` passed on: what the variable's writes give below that field. */
  private selected(node: SgNode, path: readonly Step[], depth: number, seen: Set<number>): Written[] {
    const steps: string[] = [];
    let base: SgNode = node;
    while (base.kind() === 'selector_expression') {
      steps.unshift(base.field('field')?.text() ?? '');
      base = unwrap(base.field('operand') ?? base);
    }
    if (base.kind() !== 'identifier') return [];
    const prefix = steps.map((field) => ({ field }));
    return this.collect(base, [], depth + 1, seen)
      .filter((written) => startsWith(written.path, prefix) && written.path.length > prefix.length)
      .map((written) => ({ ...written, path: [...path, ...written.path.slice(prefix.length)] }));
  }

  /** A function of the file: what its returns give. `append(…)`: its items. */
  private called(node: SgNode, path: readonly Step[], depth: number, seen: Set<number>): Written[] {
    const fn = node.field('function');
    if (fn?.text() === 'append') return this.appended(node, path, depth, seen);
    if (fn?.kind() !== 'identifier') return [];
    const out: Written[] = [];
    for (const decl of this.#scope.funcs.get(fn.text()) ?? []) {
      for (const ret of decl.findAll({ rule: { kind: 'return_statement' } })) {
        const first = named(named(ret)[0] ?? ret)[0];
        if (first && enclosingFunction(ret) === decl) out.push(...this.collect(first, path, depth + 1, seen));
      }
    }
    return out;
  }
}

const contains = (outer: SgNode, inner: SgNode): boolean =>
  inner.range().start.index >= outer.range().start.index &&
  inner.range().end.index <= outer.range().end.index;

/** Steps of an assignment target below variable `name` (`name.A.B` → A, B; `name` → none); undefined for other targets. */
function targetSteps(target: SgNode, name: string): Step[] | undefined {
  const steps: Step[] = [];
  let node = unwrap(target);
  while (node.kind() === 'selector_expression' || node.kind() === 'index_expression') {
    if (node.kind() === 'selector_expression') steps.unshift({ field: node.field('field')?.text() ?? '' });
    else {
      const key = stringLiteral(node.field('index'));
      steps.unshift(key === undefined ? { item: true } : { key });
    }
    node = unwrap(node.field('operand') ?? node);
  }
  return node.kind() === 'identifier' && node.text() === name ? steps : undefined;
}

/** The node naming the last step of a target: `F` in `x.F`. */
function lastName(target: SgNode): SgNode {
  const node = unwrap(target);
  return node.kind() === 'selector_expression' ? (node.field('field') ?? node) : node;
}

function isMapType(type: SgNode | null): boolean {
  return type?.kind() === 'map_type';
}

export function startsWith(path: readonly Step[], prefix: readonly Step[]): boolean {
  return prefix.every((step, i) => JSON.stringify(step) === JSON.stringify(path[i]));
}
