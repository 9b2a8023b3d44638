import type { SgNode } from '@ast-grep/napi';
import { argumentsOf, named, stringLiteral } from '../go-syntax.ts';
import type { ClientGate } from '../table-types.ts';
import { httpMethod, isZero, NEGOTIATION, PRIMITIVES, requiresCall, versionChecks } from './client-shapes.ts';
import {
  citeLine,
  type GoFile,
  type GoFunc,
  type GoIndex,
  type GoPackage,
  stringOfExpr,
} from './go-index.ts';
import type { GoTypes } from './go-types.ts';
import { union, Val } from './values.ts';

const MAX_DEPTH = 8;

/** A request as the interpreter saw it; its values are resolved to bindings later. */
export interface RawRequest {
  readonly method: string;
  readonly path: string;
  readonly at: string;
  readonly query?: Val;
  readonly headers?: Val;
  readonly body?: Val;
  readonly when: readonly string[];
}

/** A version check, with what the client does where it holds. */
export interface RawGate {
  readonly at: string;
  readonly checks: ClientGate['checks'];
  action: ClientGate['action'];
  /** Caller values the check is about. */
  readonly flows: Set<string>;
  /** Fields the client writes under the check: owner value and Go field name. */
  readonly writes: { owner: Val; field: string }[];
  /** Query or header entries set under the check: the url.Values/http.Header value and the name. */
  readonly sets: { owner: Val; name: string }[];
  /** Cond-stack depth at the check, to find the conditions below it. */
  readonly depth: number;
}

interface Frame {
  readonly fn: GoFunc;
  readonly pkg: GoPackage;
  readonly locals: Map<string, Val>;
  readonly depth: number;
  returned: Val;
  /** Cond-stack depth when the function was entered. */
  readonly condBase: number;
  /** Inside another exported method run for this one: its gates belong to that method's row. */
  readonly nested: boolean;
  /** Requests recorded before the function was entered. */
  readonly requestBase: number;
}

/** Runs one exported `*Client` method over abstract values and records its requests and version gates. */
export class Interpreter {
  readonly requests: RawRequest[] = [];
  /** Parameters of the function literals run so far (what a functional option writes into). */
  readonly closureParams: Val[] = [];
  /**
   * Options parameters applied to a local struct (`o.Apply(&opts)` over
   * `...ImageHistoryOption`): the parameter then stands for that struct, of this type.
   */
  readonly filled = new Map<string, string>();
  readonly gates: RawGate[] = [];
  readonly #index: GoIndex;
  readonly #clientPkg: GoPackage;
  /** Flows of the conditions around the statement being run (version checks left out). */
  readonly #conds: Set<string>[] = [];
  readonly #gateStack: RawGate[] = [];
  /** Whether each condition on the stack is a negation (`!options.Remove`). */
  readonly #negated: boolean[] = [];
  readonly #active = new Set<GoFunc>();
  /** The function that wrote each recorded request, in order. */
  readonly #sentBy: GoFunc[] = [];

  readonly #types: GoTypes;

  constructor(index: GoIndex, clientPkg: GoPackage, types: GoTypes) {
    this.#index = index;
    this.#clientPkg = clientPkg;
    this.#types = types;
  }

  run(fn: GoFunc): void {
    const args = fn.params.map((param) => (isContext(param.type) ? new Val() : Val.of([param.name])));
    const receiver = new Val();
    receiver.client = true;
    this.call(fn, this.#clientPkg, args, receiver, 0);
  }

  private call(
    fn: GoFunc,
    pkg: GoPackage,
    args: Val[],
    receiver: Val | undefined,
    depth: number,
    nested = false,
  ): Val {
    if (!fn.body || depth > MAX_DEPTH || this.#active.has(fn)) return union(args);
    this.#active.add(fn);
    const frame: Frame = {
      fn,
      pkg,
      locals: new Map(),
      depth,
      returned: new Val(),
      condBase: this.#conds.length,
      nested: nested || (depth > 0 && fn.receiverType === 'Client' && /^[A-Z]/.test(fn.name)),
      requestBase: this.requests.length,
    };
    for (const [i, param] of fn.params.entries()) frame.locals.set(param.name, args[i] ?? new Val());
    if (fn.receiver && receiver) frame.locals.set(fn.receiver, receiver);
    this.block(frame, fn.body);
    this.#active.delete(fn);
    const out = frame.returned;
    out.str = undefined;
    // A result built from nothing the caller passed (a bool, a count) still depends on the arguments.
    return out.flows.size > 0 || out.fields.size > 0 || out.entries.size > 0 ? out : union(args);
  }

  private block(frame: Frame, node: SgNode): void {
    for (const child of named(node)) this.stmt(frame, child);
  }

  private stmt(frame: Frame, node: SgNode): void {
    switch (node.kind()) {
      case 'statement_list':
      case 'block':
        this.block(frame, node);
        return;
      case 'short_var_declaration':
      case 'assignment_statement':
        this.assign(frame, node);
        return;
      case 'var_declaration':
        for (const spec of node.findAll({ rule: { kind: 'var_spec' } })) this.varSpec(frame, spec);
        return;
      case 'if_statement':
        this.ifStmt(frame, node);
        return;
      case 'for_statement':
        this.forStmt(frame, node);
        return;
      case 'return_statement':
        this.returnStmt(frame, node);
        return;
      case 'expression_statement':
      case 'defer_statement':
      case 'go_statement':
        for (const child of named(node)) this.expr(frame, child);
        return;
      case 'comment':
        return;
      default:
        // switch/select/labeled statements: run their parts in order.
        for (const child of named(node)) {
          const kind = String(child.kind());
          if (kind.endsWith('_statement') || kind.endsWith('_case') || kind === 'statement_list')
            this.stmt(frame, child);
          else if (!kind.endsWith('_type')) this.expr(frame, child);
        }
    }
  }

  private assign(frame: Frame, node: SgNode): void {
    const left = named(node.field('left') ?? node);
    const rightList = node.field('right');
    const right = rightList ? named(rightList) : [];
    const values = right.map((expr) => this.expr(frame, expr));
    // `:=` declares (in Go, often a fresh variable in an inner block); `=` adds to what the variable held.
    const declares = node.kind() === 'short_var_declaration';
    left.forEach((target, i) => {
      const value = (right.length === left.length ? values[i] : i === 0 ? values[0] : undefined) ?? new Val();
      if (declares && target.kind() === 'identifier' && target.text() !== '_')
        frame.locals.set(target.text(), value);
      else this.store(frame, target, value, right.length === left.length ? right[i] : undefined);
    });
  }

  private varSpec(frame: Frame, spec: SgNode): void {
    const names = named(spec).filter((child) => child.kind() === 'identifier');
    const valueList = spec.field('value');
    const values = valueList ? named(valueList).map((expr) => this.expr(frame, expr)) : [];
    names.forEach((id, i) => {
      const val = values[i] ?? new Val();
      if (!values[i] && spec.field('type')) val.type = this.typeRef(frame.fn.file, spec.field('type'));
      this.setLocal(frame, id.text(), val);
    });
  }

  private setLocal(frame: Frame, name: string, val: Val): void {
    if (name === '_') return;
    const existing = frame.locals.get(name);
    if (existing) existing.absorb(val);
    else frame.locals.set(name, val);
  }

  /** `x = v`, `x.F = v`, `m["k"] = v`. */
  private store(frame: Frame, target: SgNode, val: Val, source: SgNode | undefined): void {
    const kind = target.kind();
    if (kind === 'identifier') {
      this.setLocal(frame, target.text(), val);
      return;
    }
    if (kind === 'selector_expression') {
      const owner = this.lvalue(frame, target.field('operand'));
      const field = target.field('field')?.text() ?? '';
      const method = field === 'Method' ? httpMethod(source) : undefined;
      if (owner.resend && method) owner.resend(method, target);
      owner.fieldForWrite(field).absorb(val);
      this.#gateStack.at(-1)?.writes.push({ owner, field });
      if (
        source &&
        this.#gateStack.length > 0 &&
        !isZero(source) &&
        this.#gateStack.at(-1)?.action === 'clear'
      )
        (this.#gateStack.at(-1) as RawGate).action = 'send';
      return;
    }
    if (kind === 'index_expression') {
      const owner = this.lvalue(frame, target.field('operand'));
      const key = this.constString(frame, target.field('index'));
      if (key !== undefined) this.setEntry(frame, owner, key, val, target);
      return;
    }
    if (kind === 'unary_expression' || kind === 'parenthesized_expression')
      this.store(frame, named(target).at(-1) ?? target, val, source);
  }

  private lvalue(frame: Frame, node: SgNode | null): Val {
    if (!node) return new Val();
    const kind = node.kind();
    if (kind === 'identifier') {
      let val = frame.locals.get(node.text());
      if (!val) {
        val = new Val();
        frame.locals.set(node.text(), val);
      }
      return val;
    }
    if (kind === 'selector_expression')
      return this.lvalue(frame, node.field('operand')).fieldForWrite(node.field('field')?.text() ?? '');
    if (kind === 'index_expression') return this.lvalue(frame, node.field('operand')).fieldForWrite('[]');
    if (kind === 'parenthesized_expression' || kind === 'unary_expression')
      return this.lvalue(frame, named(node).at(-1) ?? null);
    return this.expr(frame, node);
  }

  private setEntry(frame: Frame, owner: Val, name: string, val: Val, at: SgNode): void {
    const flows = val.flows.size > 0 ? val.flows : this.innermostCond();
    // `if !options.Remove { query.Set("rm", "0") }`: sent when the caller leaves the option unset.
    const condAt = val.flows.size === 0 ? this.#conds.lastIndexOf(flows) : -1;
    const unless = condAt !== -1 && this.#negated[condAt] === true;
    // Set in both branches (`if s { q.Set("stream", "1") } else { q.Set("stream", "0") }`): one entry, always sent.
    const previous = owner.entries.get(name);
    owner.entries.set(name, {
      flows: new Set([...(previous?.flows ?? []), ...flows]),
      at: previous?.at ?? citeLine(frame.fn.file, at),
      ...(unless && (!previous || previous.unless) ? { unless } : {}),
    });
    this.#gateStack.at(-1)?.sets.push({ owner, name });
  }

  private innermostCond(): Set<string> {
    for (let i = this.#conds.length - 1; i >= 0; i--) {
      const cond = this.#conds[i];
      if (cond && cond.size > 0) return cond;
    }
    return new Set();
  }

  private ifStmt(frame: Frame, node: SgNode): void {
    const init = node.field('initializer');
    const condition = node.field('condition');
    const requires = init ? requiresCall(frame.fn.file, init) : undefined;
    if (init) this.stmt(frame, init);
    const checks = condition ? versionChecks(condition) : [];
    const condFlows = condition ? this.expr(frame, condition).flows : new Set<string>();
    let gate: RawGate | undefined;
    // A check after the request reads the response (an older reply's shape), not what is sent.
    const afterRequest = this.#sentBy.slice(frame.requestBase).includes(frame.fn);
    if (frame.nested) {
      // The inlined method's own row has its gates.
    } else if (requires) {
      const flows = condFlows.size > 0 ? condFlows : this.innermostCond();
      this.gates.push(this.newGate(requires.at, [{ op: '<', version: requires.version }], 'error', flows));
    } else if (checks.length > 0 && condition) {
      gate = this.newGate(
        citeLine(frame.fn.file, checks[0]?.node ?? condition),
        checks.map(({ op, version }) => ({ op, version })),
        afterRequest ? 'response' : 'clear',
        condFlows,
      );
      this.gates.push(gate);
      this.#gateStack.push(gate);
    }
    this.#conds.push(new Set(condFlows));
    this.#negated.push(
      condition?.kind() === 'unary_expression' && condition.field('operator')?.text() === '!',
    );
    const consequence = node.field('consequence');
    if (consequence) this.stmt(frame, consequence);
    this.#conds.pop();
    this.#negated.pop();
    if (gate) {
      this.#gateStack.pop();
      if (gate.action === 'response') gate.writes.length = 0;
      else if (gate.action !== 'error' && gate.sets.length > 0) gate.action = 'send';
      else if (gate.action === 'clear' && gate.writes.length === 0) gate.action = 'other';
    }
    const alternative = node.field('alternative');
    if (alternative) {
      // The else branch depends on the condition too, negated.
      this.#conds.push(new Set(condFlows));
      this.#negated.push(
        !(condition?.kind() === 'unary_expression' && condition.field('operator')?.text() === '!'),
      );
      this.stmt(frame, alternative);
      this.#conds.pop();
      this.#negated.pop();
    }
  }

  private newGate(
    at: string,
    checks: ClientGate['checks'],
    action: RawGate['action'],
    flows: Set<string>,
  ): RawGate {
    return { at, checks, action, flows: new Set(flows), writes: [], sets: [], depth: this.#conds.length };
  }

  private forStmt(frame: Frame, node: SgNode): void {
    const range = named(node).find((child) => child.kind() === 'range_clause');
    if (range) {
      const over = range.field('right');
      const items = over ? this.expr(frame, over) : new Val();
      const left = range.field('left');
      const vars = left ? named(left) : [];
      const item = Val.of([...items.flows].map((flow) => `${flow}[]`));
      if (vars[1]) this.store(frame, vars[1], item, undefined);
      else if (vars[0]) this.store(frame, vars[0], item, undefined);
    }
    const body = node.field('body');
    if (body) this.stmt(frame, body);
  }

  private returnStmt(frame: Frame, node: SgNode): void {
    const list = named(node).find((child) => child.kind() === 'expression_list');
    const values = list ? named(list) : [];
    const vals = values.map((expr) => this.expr(frame, expr));
    if (vals[0]) frame.returned.absorb(vals[0]);
    // What a function answers depends on the conditions that lead to the return.
    if (vals[0] && vals[0].flows.size === 0)
      for (let i = this.#conds.length - 1; i >= frame.condBase; i--) {
        const cond = this.#conds[i];
        if (cond && cond.size > 0) {
          for (const flow of cond) frame.returned.flows.add(flow);
          break;
        }
      }
    const gate = this.#gateStack.at(-1);
    const last = values.at(-1);
    if (gate && gate.action !== 'response' && last && last.text() !== 'nil') {
      gate.action = 'error';
      // The condition nearest the return says what the client refuses.
      for (let i = this.#conds.length - 1; i > gate.depth; i--) {
        const cond = this.#conds[i];
        if (cond && cond.size > 0) {
          gate.flows.clear();
          for (const flow of cond) gate.flows.add(flow);
          break;
        }
      }
    }
  }

  expr(frame: Frame, node: SgNode): Val {
    switch (node.kind()) {
      case 'identifier': {
        const local = frame.locals.get(node.text());
        if (local) return local;
        const constant = stringOfExpr(this.#index, frame.pkg, frame.fn.file, node);
        const val = new Val();
        if (constant !== undefined) val.str = constant;
        return val;
      }
      case 'interpreted_string_literal':
      case 'raw_string_literal': {
        const val = new Val();
        val.str = stringLiteral(node) ?? '';
        return val;
      }
      case 'selector_expression': {
        const operand = node.field('operand');
        const field = node.field('field')?.text() ?? '';
        if (operand?.kind() === 'identifier' && !frame.locals.has(operand.text())) {
          const constant = stringOfExpr(this.#index, frame.pkg, frame.fn.file, node);
          const val = new Val();
          if (constant !== undefined) val.str = constant;
          return val;
        }
        return operand ? this.expr(frame, operand).select(field) : new Val();
      }
      case 'call_expression':
        return this.callExpr(frame, node);
      case 'composite_literal':
        return this.composite(frame, node);
      case 'binary_expression': {
        const left = node.field('left');
        const right = node.field('right');
        const a = left ? this.expr(frame, left) : new Val();
        const b = right ? this.expr(frame, right) : new Val();
        const out = union([a, b]);
        if (node.field('operator')?.text() === '+' && (a.str !== undefined || b.str !== undefined))
          out.str = (a.str ?? '{}') + (b.str ?? '{}');
        return out;
      }
      case 'unary_expression':
      case 'parenthesized_expression':
      case 'type_assertion_expression':
      case 'slice_expression': {
        const inner = node.field('operand') ?? named(node)[0];
        return inner ? this.expr(frame, inner) : new Val();
      }
      case 'index_expression': {
        const operand = node.field('operand');
        const index = node.field('index');
        if (index) this.expr(frame, index);
        return operand ? Val.of([...this.expr(frame, operand).flows].map((flow) => `${flow}[]`)) : new Val();
      }
      case 'func_literal': {
        // Run the body where it is written (goroutines, callbacks): same variables, own results.
        const body = node.field('body');
        for (const param of named(node.field('parameters') ?? node).flatMap((decl) =>
          decl.kind() === 'parameter_declaration'
            ? named(decl).filter((id) => id.kind() === 'identifier')
            : [],
        )) {
          const val = new Val();
          frame.locals.set(param.text(), val);
          this.closureParams.push(val);
        }
        if (body) this.block({ ...frame, returned: new Val(), condBase: this.#conds.length }, body);
        return this.closure(frame, node);
      }
      case 'expression_list':
      case 'literal_value':
      case 'literal_element':
        return union(named(node).map((child) => this.expr(frame, child)));
      case 'keyed_element': {
        const value = node.field('value');
        return value ? this.expr(frame, value) : new Val();
      }
      default:
        return new Val();
    }
  }

  /** A function literal carries the caller values it captures. */
  private closure(frame: Frame, node: SgNode): Val {
    const val = new Val();
    for (const id of node.findAll({ rule: { kind: 'identifier' } })) {
      const local = frame.locals.get(id.text());
      if (local) for (const flow of local.flows) val.flows.add(flow);
    }
    return val;
  }

  private composite(frame: Frame, node: SgNode): Val {
    const typeNode = node.field('type');
    const val = new Val();
    if (typeNode && ['qualified_type', 'type_identifier'].includes(String(typeNode.kind())))
      val.type = this.typeRef(frame.fn.file, typeNode);
    const body = node.field('body');
    const isMap =
      typeNode?.kind() === 'map_type' || ['url.Values', 'http.Header'].includes(typeNode?.text() ?? '');
    for (const element of body ? named(body) : []) {
      if (element.kind() === 'keyed_element') {
        const key = element.field('key');
        const value = element.field('value');
        const keyExpr = key ? (named(key)[0] ?? key) : undefined;
        const v = value ? this.expr(frame, named(value)[0] ?? value) : new Val();
        if (isMap) {
          const name = keyExpr ? this.constString(frame, keyExpr) : undefined;
          if (name !== undefined) this.setEntry(frame, val, name, v, element);
        } else if (keyExpr?.kind() === 'identifier') val.fields.set(keyExpr.text(), v);
      } else {
        val.absorb(union([this.expr(frame, named(element)[0] ?? element)]));
      }
    }
    return val;
  }

  private constString(frame: Frame, node: SgNode | null | undefined): string | undefined {
    return node ? stringOfExpr(this.#index, frame.pkg, frame.fn.file, node) : undefined;
  }

  private typeRef(file: GoFile, node: SgNode | null): string | undefined {
    return node ? this.#types.ref(file, node) : undefined;
  }

  private callExpr(frame: Frame, node: SgNode): Val {
    const fn = node.field('function');
    const args = argumentsOf(node);
    if (fn?.kind() === 'selector_expression') {
      const operand = fn.field('operand');
      const name = fn.field('field')?.text() ?? '';
      const target = operand ? this.expr(frame, operand) : new Val();
      if (target.client) return this.clientCall(frame, node, name, args);
      if ((name === 'Set' || name === 'Add') && args.length === 2 && args[0] && args[1]) {
        const key = this.constString(frame, args[0]);
        const value = this.expr(frame, args[1]);
        if (key !== undefined) this.setEntry(frame, target, key, value, node);
        return new Val();
      }
      const vals = args.map((arg) => this.expr(frame, arg));
      this.fillFromOptions(target, args, vals);
      const pkgFn =
        operand?.kind() === 'identifier' && !frame.locals.has(operand.text())
          ? undefined
          : this.methodByName(frame.pkg, name);
      if (pkgFn) return this.call(pkgFn, frame.pkg, vals, target, frame.depth + 1, frame.nested);
      if (operand?.text() === 'path' && name === 'Join') {
        const out = union(vals);
        out.str = vals
          .map((v) => v.str ?? '')
          .filter(Boolean)
          .join('/')
          .replace(/\/+/g, '/');
        return out;
      }
      if (operand?.text() === 'fmt' && name === 'Sprintf' && vals[0]?.str !== undefined) {
        const out = union(vals.slice(1));
        out.str = vals[0].str.replace(/%[a-z]/g, '{}');
        return out;
      }
      // An unknown method: its result comes from the receiver's member and the arguments.
      return union([target.select(name), ...vals]);
    }
    const vals = args.map((arg) => this.expr(frame, arg));
    if (fn?.kind() === 'func_literal') return union([this.expr(frame, fn), ...vals]);
    if (fn?.kind() === 'identifier') {
      const local = frame.locals.get(fn.text());
      if (local) return union([local, ...vals]);
      const pkgFn = frame.pkg.funcs.get(fn.text());
      if (pkgFn) return this.call(pkgFn, frame.pkg, vals, undefined, frame.depth + 1, frame.nested);
    }
    return union(vals);
  }

  /** `o.Apply(&opts)` with `o` from the caller: `opts` is filled from the caller's options. */
  private fillFromOptions(target: Val, args: SgNode[], vals: Val[]): void {
    if (target.flows.size === 0) return;
    for (const [i, arg] of args.entries()) {
      if (arg.kind() !== 'unary_expression' || arg.field('operator')?.text() !== '&') continue;
      const local = vals[i];
      if (!local?.type) continue;
      for (const flow of target.flows) {
        const root = flow.replace(/(?:\[\])+$/, '');
        if (/[.[]/.test(root)) continue;
        local.flows.add(root);
        this.filled.set(root, local.type);
      }
    }
  }

  /** A method declared once in the package on some receiver type other than Client. */
  private methodByName(pkg: GoPackage, name: string): GoFunc | undefined {
    let found: GoFunc | undefined;
    for (const [receiver, methods] of pkg.methods) {
      if (receiver === 'Client') continue;
      const method = methods.get(name);
      if (method) {
        if (found) return undefined;
        found = method;
      }
    }
    return found;
  }

  private clientCall(frame: Frame, node: SgNode, name: string, args: SgNode[]): Val {
    const vals = args.map((arg) => this.expr(frame, arg));
    const primitive = PRIMITIVES[name];
    if (primitive) {
      const method = primitive.method ?? httpMethod(args[1]);
      this.record(
        frame,
        node,
        method,
        vals[primitive.path],
        vals[primitive.query],
        vals[primitive.headers],
        primitive.body === undefined ? undefined : vals[primitive.body],
      );
      return new Val();
    }
    if (name === 'buildRequest') {
      const at = args.findIndex((arg) => httpMethod(arg) !== undefined);
      if (at === -1) return new Val();
      const path = vals[at + 1];
      this.record(frame, node, httpMethod(args[at]), path, undefined, vals[at + 3], undefined);
      // The request value: giving it another Method is another request (ping's GET fallback).
      const built = new Val();
      built.resend = (method, where) =>
        this.record(frame, where, method, path, undefined, undefined, undefined);
      return built;
    }
    if (NEGOTIATION.has(name)) return new Val();
    const method = this.#clientPkg.methods.get('Client')?.get(name);
    if (!method) return union(vals);
    const receiver = new Val();
    receiver.client = true;
    return this.call(method, this.#clientPkg, vals, receiver, frame.depth + 1, frame.nested);
  }

  private record(
    frame: Frame,
    node: SgNode,
    method: string | undefined,
    path: Val | undefined,
    query: Val | undefined,
    headers: Val | undefined,
    body: Val | undefined,
  ): void {
    const when = new Set<string>();
    for (const cond of this.#conds) for (const flow of cond) when.add(flow);
    this.#sentBy.push(frame.fn);
    this.requests.push({
      method: method ?? 'GET',
      path: path?.str ?? '{}',
      at: citeLine(frame.fn.file, node),
      ...(query ? { query } : {}),
      ...(headers ? { headers } : {}),
      ...(body ? { body } : {}),
      when: [...when],
    });
  }
}

const isContext = (type: SgNode): boolean => type.text() === 'context.Context';
