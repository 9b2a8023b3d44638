import type { SgNode } from '@ast-grep/napi';
import { argumentsOf, named, stringLiteral, unwrap } from './go-syntax.ts';
import type { GoFileScope } from './scope.ts';

/** Client constructors of the client package. */
export const CONSTRUCTORS = new Set(['NewClientWithOpts', 'New', 'NewEnvClient', 'NewClient']);
/** Options that pin the API version, and the one that negotiates it. */
export const PIN_OPTIONS = new Set(['WithVersion', 'WithAPIVersion']);
export const NEGOTIATE_OPTION = 'WithAPIVersionNegotiation';

/** A client construction in the file: where, how its version is set, and what holds the client. */
export interface Construction {
  readonly scope: GoFileScope;
  readonly call: SgNode;
  /** The `WithVersion("1.41")` literal, or `NewClient`'s version argument. */
  readonly pin?: SgNode;
  readonly negotiates: boolean;
  /** Option values the call spreads from a variable (`opts...`): they are looked for in the function. */
  readonly spreads: boolean;
}

/**
 * Which names hold a Docker client in a package: variables, parameters and
 * fields typed as the client or its interfaces or assigned a constructor's
 * result, structs embedding one (wrappers), and functions returning one.
 * Flow-insensitive and per package: a name is a client anywhere once it holds one.
 */
export class Receivers {
  readonly names = new Set<string>();
  readonly fields = new Set<string>();
  readonly wrappers = new Set<string>();
  readonly constructorFuncs = new Set<string>();
  /** Client name or field → the version its constructor pins. */
  readonly pins = new Map<string, string>();
  readonly constructions: Construction[] = [];

  constructor(scopes: readonly GoFileScope[]) {
    // Two passes: a wrapper or constructor function found late still types what came before it.
    for (let pass = 0; pass < 2; pass++) for (const scope of scopes) this.collect(scope, pass === 1);
  }

  private isClientType(scope: GoFileScope, type: SgNode | null | undefined): boolean {
    if (!type) return false;
    const text = type.text().replace(/^\*/, '');
    const dot = text.indexOf('.');
    if (dot === -1) return this.wrappers.has(text);
    return (
      scope.clientAliases.has(text.slice(0, dot)) && /^(?:Client|\w*APIClient)$/.test(text.slice(dot + 1))
    );
  }

  /** A call that makes a client: a constructor of the client package or a function of the package returning one. */
  isConstructorCall(scope: GoFileScope, call: SgNode): boolean {
    const fn = call.field('function');
    if (fn?.kind() === 'selector_expression')
      return (
        scope.clientAliases.has(fn.field('operand')?.text() ?? '') &&
        CONSTRUCTORS.has(fn.field('field')?.text() ?? '')
      );
    return fn?.kind() === 'identifier' && this.constructorFuncs.has(fn.text());
  }

  private collect(scope: GoFileScope, last: boolean): void {
    for (const spec of scope.root.findAll({ rule: { kind: 'type_spec' } })) {
      const name = spec.field('name')?.text();
      const struct = spec.field('type');
      if (!name || struct?.kind() !== 'struct_type') continue;
      for (const field of struct.findAll({ rule: { kind: 'field_declaration' } })) {
        if (!this.isClientType(scope, field.field('type'))) continue;
        const names = named(field).filter((child) => child.kind() === 'field_identifier');
        if (names.length === 0) this.wrappers.add(name);
        for (const id of names) this.fields.add(id.text());
      }
    }
    for (const kind of ['parameter_declaration', 'var_spec', 'variadic_parameter_declaration']) {
      for (const decl of scope.root.findAll({ rule: { kind } })) {
        if (!this.isClientType(scope, decl.field('type'))) continue;
        for (const id of named(decl)) if (id.kind() === 'identifier') this.names.add(id.text());
      }
    }
    for (const fn of scope.root.findAll({ rule: { kind: 'function_declaration' } })) {
      const name = fn.field('name')?.text();
      const result = fn.field('result');
      if (!name) continue;
      const returnsClient =
        (result &&
          (this.isClientType(scope, result) ||
            named(result).some((part) => this.isClientType(scope, part.field('type') ?? part)))) ||
        fn.findAll({ rule: { kind: 'return_statement' } }).some((ret) => {
          const first = named(named(ret)[0] ?? ret)[0];
          return first?.kind() === 'call_expression' && this.isConstructorCall(scope, first);
        });
      if (returnsClient) this.constructorFuncs.add(name);
    }
    for (const call of scope.root.findAll({ rule: { kind: 'call_expression' } })) {
      if (!this.isConstructorCall(scope, call)) continue;
      const holder = holderOf(call);
      const construction = last ? this.construction(scope, call) : undefined;
      if (construction && call.field('function')?.kind() === 'selector_expression')
        this.constructions.push(construction);
      if (!holder) continue;
      if (holder.kind() === 'identifier') this.names.add(holder.text());
      else if (holder.kind() === 'selector_expression') this.fields.add(holder.field('field')?.text() ?? '');
      const pin = construction?.pin ? stringLiteral(construction.pin) : undefined;
      const key =
        holder.kind() === 'selector_expression' ? (holder.field('field')?.text() ?? '') : holder.text();
      if (pin) this.pins.set(key, pin.replace(/^v/, ''));
    }
    // `w := &Wrapper{…}`: a wrapper literal assigned makes a client too.
    for (const literal of scope.root.findAll({ rule: { kind: 'composite_literal' } })) {
      const type = literal.field('type')?.text();
      const holder = type !== undefined && this.wrappers.has(type) ? holderOf(literal) : undefined;
      if (holder?.kind() === 'identifier') this.names.add(holder.text());
      else if (holder?.kind() === 'selector_expression') this.fields.add(holder.field('field')?.text() ?? '');
    }
    // `Service{docker: cli}`: a keyed struct literal field given a client holds one.
    for (const element of scope.root.findAll({ rule: { kind: 'keyed_element' } })) {
      const key = element.field('key');
      const value = element.field('value');
      const valueExpr = value ? unwrap(named(value)[0] ?? value) : undefined;
      if (key && valueExpr?.kind() === 'identifier' && this.names.has(valueExpr.text()))
        this.fields.add(key.text());
    }
  }

  private construction(scope: GoFileScope, call: SgNode): Construction {
    const fn = call.field('function');
    const args = argumentsOf(call);
    let pin: SgNode | undefined;
    let negotiates = false;
    if (fn?.field('field')?.text() === 'NewClient' && args[1] && stringLiteral(args[1]) !== undefined)
      pin = args[1];
    for (const arg of args) {
      for (const option of [arg, ...arg.findAll({ rule: { kind: 'call_expression' } })]) {
        if (option.kind() !== 'call_expression') continue;
        const callee = option.field('function');
        if (
          callee?.kind() !== 'selector_expression' ||
          !scope.clientAliases.has(callee.field('operand')?.text() ?? '')
        )
          continue;
        const name = callee.field('field')?.text() ?? '';
        if (PIN_OPTIONS.has(name)) pin = argumentsOf(option)[0];
        if (name === NEGOTIATE_OPTION) negotiates = true;
      }
    }
    const spreads = call.field('arguments')?.text().includes('...') ?? false;
    return { scope, call, ...(pin ? { pin } : {}), negotiates, spreads };
  }

  /** Whether `operand` in `operand.Method(…)` is a client. */
  isClient(scope: GoFileScope, operand: SgNode | null): boolean {
    if (!operand) return false;
    const node = unwrap(operand);
    switch (node.kind()) {
      case 'identifier':
        return this.names.has(node.text());
      case 'selector_expression':
        return this.fields.has(node.field('field')?.text() ?? '');
      case 'call_expression':
        return this.isConstructorCall(scope, node);
      default:
        return false;
    }
  }

  /** The pin of the client behind an operand, when its constructor pins one. */
  pinOf(operand: SgNode | null): string | undefined {
    if (!operand) return undefined;
    const node = unwrap(operand);
    const key = node.kind() === 'selector_expression' ? node.field('field')?.text() : node.text();
    return key === undefined ? undefined : this.pins.get(key);
  }
}

/** What a constructor's result is assigned to: `cli, err := …`, `s.cli, err = …`, `var cli, _ = …`. */
function holderOf(call: SgNode): SgNode | undefined {
  let node = call;
  let parent = node.parent();
  while (parent && (parent.kind() === 'parenthesized_expression' || parent.kind() === 'unary_expression')) {
    node = parent;
    parent = node.parent();
  }
  if (parent?.kind() !== 'expression_list') return undefined;
  const statement = parent.parent();
  if (!statement) return undefined;
  const kind = statement.kind();
  if (kind === 'short_var_declaration' || kind === 'assignment_statement') {
    const left = statement.field('left');
    return left ? named(left)[0] : undefined;
  }
  if (kind === 'var_spec') return statement.field('name') ?? undefined;
  return undefined;
}
