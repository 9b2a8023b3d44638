import type { SgNode } from '@ast-grep/napi';
import { argumentsOf, named, stringLiteral, unwrap } from './go-syntax.ts';
import type { GoFileScope } from './scope.ts';

/** Client constructors of the client package. */
export const CONSTRUCTORS = new Set(['NewClientWithOpts', 'New', 'NewEnvClient', 'NewClient']);
/** Options that pin the API version, and the one that negotiates it. */
export const PIN_OPTIONS = new Set(['WithVersion', 'WithAPIVersion']);
export const NEGOTIATE_OPTION = 'WithAPIVersionNegotiation';
/** Go's builtins and conversions: never a function returning a client. */
const BUILTINS = new Set([
  'append',
  'cap',
  'close',
  'copy',
  'delete',
  'len',
  'make',
  'new',
  'panic',
  'print',
  'println',
  'recover',
  'string',
  'int',
  'int64',
  'uint',
  'float64',
  'byte',
  'rune',
  'bool',
  'error',
  'min',
  'max',
  'clear',
]);

/** Getters named for the client, in files that import it: their result is taken for a client. */
const GETTERS = new Set(['Client', 'APIClient', 'DockerClient']);

/** A client construction in the file: where, how its version is set. */
export interface Construction {
  readonly call: SgNode;
  /** The `WithVersion("1.41")` literal, or `NewClient`'s version argument. */
  readonly pin?: SgNode;
  readonly negotiates: boolean;
  /** Option values the call spreads from a variable (`opts...`): they are looked for in the function. */
  readonly spreads: boolean;
}

/** A name that holds a client: a struct field (package-wide), or a variable keyed by its file and function. */
type Holder = { readonly field: boolean; readonly name: string; readonly key: string };

/** What one file says about clients, read once per syntax tree (siblings are read for every file of a package). */
interface FileFacts {
  readonly aliases: ReadonlySet<string>;
  /** Declared names (params, vars, struct fields) with their type text. */
  readonly id: number;
  readonly typed: readonly {
    readonly names: readonly string[];
    readonly type: string;
    readonly field: boolean;
    /** Variable keys (file, function, name) of the names, when not fields. */
    readonly keys: readonly string[];
  }[];
  /** Methods declared in the file, by receiver type: a wrapper's own method hides the client's. */
  readonly methods: readonly { readonly receiver: string; readonly name: string }[];
  /** Struct types and the types they embed. */
  readonly embedded: readonly { readonly struct: string; readonly type: string }[];
  /** Interface types of the package: their method names and the interfaces they embed. */
  readonly interfaces: readonly {
    readonly name: string;
    readonly methods: readonly string[];
    readonly embeds: readonly string[];
  }[];
  /** Functions: name, result type texts, callee texts of the calls they return. */
  readonly funcs: readonly {
    readonly name: string;
    readonly results: readonly string[];
    readonly returns: readonly string[];
    /** The constructor calls it returns, for the version they pin. */
    readonly constructorCalls: readonly SgNode[];
  }[];
  /** What a call's result is assigned to, by callee text (`client.NewClientWithOpts`, `newDocker`). */
  readonly assigned: readonly { readonly callee: string; readonly holder: Holder; readonly call: SgNode }[];
  /** Composite literals assigned, by type text. */
  readonly literals: readonly { readonly type: string; readonly holder: Holder }[];
  /** `Key: ident` in keyed literals. */
  readonly keyed: readonly { readonly key: string; readonly value: string }[];
}

const factsCache = new WeakMap<SgNode, FileFacts>();
let nextFileId = 0;

/** A variable by file, outermost function and name; package-level variables by name alone. */
function variableKey(file: number, fn: number, name: string): string {
  return fn === -1 ? `pkg:${name}` : `${file}:${fn}:${name}`;
}

/** Start of the outermost function declaration around a node (closures share its variables); -1 at package level. */
function outerFunction(node: SgNode): number {
  let found = -1;
  for (let current = node.parent(); current; current = current.parent()) {
    const kind = current.kind();
    if (kind === 'function_declaration' || kind === 'method_declaration') found = current.range().start.index;
  }
  return found;
}

function factsOf(scope: GoFileScope): FileFacts {
  const cached = factsCache.get(scope.root);
  if (cached) return cached;
  const root = scope.root;
  const id = nextFileId++;
  const typed: FileFacts['typed'][number][] = [];
  const embedded: FileFacts['embedded'][number][] = [];
  const interfaces: FileFacts['interfaces'][number][] = [];
  for (const spec of root.findAll({ rule: { kind: 'type_spec' } })) {
    const name = spec.field('name')?.text();
    const struct = spec.field('type');
    if (name && struct?.kind() === 'interface_type') {
      const parts = named(struct);
      interfaces.push({
        name,
        methods: parts
          .filter((part) => part.kind() === 'method_elem')
          .map((part) => part.field('name')?.text() ?? ''),
        embeds: parts.filter((part) => part.kind() === 'type_elem').map((part) => part.text()),
      });
    }
    if (!name || struct?.kind() !== 'struct_type') continue;
    for (const field of struct.findAll({ rule: { kind: 'field_declaration' } })) {
      const type = field.field('type')?.text();
      if (!type) continue;
      const names = named(field)
        .filter((child) => child.kind() === 'field_identifier')
        .map((id) => id.text());
      if (names.length === 0) embedded.push({ struct: name, type });
      else typed.push({ names, type, field: true, keys: [] });
    }
  }
  for (const decl of root.findAll({
    rule: {
      any: [
        { kind: 'parameter_declaration' },
        { kind: 'var_spec' },
        { kind: 'variadic_parameter_declaration' },
      ],
    },
  })) {
    const type = decl.field('type')?.text();
    const names = named(decl)
      .filter((child) => child.kind() === 'identifier')
      .map((id) => id.text());
    if (type && names.length > 0) {
      const fn = outerFunction(decl);
      typed.push({ names, type, field: false, keys: names.map((name) => variableKey(id, fn, name)) });
    }
  }
  const funcs: FileFacts['funcs'][number][] = [];
  // Functions, methods and interface methods: one returning a client makes clients (`dockerCLI.Client()`).
  for (const fn of root.findAll({
    rule: {
      any: [{ kind: 'function_declaration' }, { kind: 'method_declaration' }, { kind: 'method_elem' }],
    },
  })) {
    const name = fn.field('name')?.text();
    if (!name) continue;
    const result = fn.field('result');
    const results = !result
      ? []
      : result.kind() === 'parameter_list'
        ? named(result).map((part) => part.field('type')?.text() ?? part.text())
        : [result.text()];
    // What it returns matters only where it calls a constructor (`return client.NewClientWithOpts(…)`).
    const body = fn.field('body');
    const constructs =
      body !== null && [...scope.clientAliases].some((alias) => body.text().includes(`${alias}.New`));
    const returned = !constructs
      ? []
      : fn.findAll({ rule: { kind: 'return_statement' } }).flatMap((ret) => {
          const first = named(named(ret)[0] ?? ret)[0];
          if (first?.kind() === 'call_expression') return [first];
          // `cli, err := client.NewClientWithOpts(…)` … `return cli`: the call the variable holds.
          return first?.kind() === 'identifier' ? assignedCall(fn, first.text()) : [];
        });
    const returns = returned.map((call) => call.field('function')?.text() ?? '');
    const constructorCalls = returned.filter((_call, i) =>
      isPackageConstructor(scope.clientAliases, returns[i] ?? ''),
    );
    funcs.push({ name, results, returns, constructorCalls });
  }
  const assigned: FileFacts['assigned'][number][] = [];
  for (const call of scope.calls()) {
    const callee = call.field('function');
    const kind = callee?.kind();
    const text = callee?.text() ?? '';
    // Constructors, functions of the package, and getters (`dockerCLI.Client()`): what can return a client.
    const candidate =
      (kind === 'identifier' && !BUILTINS.has(text)) ||
      (kind === 'selector_expression' &&
        (CONSTRUCTORS.has(callee?.field('field')?.text() ?? '') ||
          (GETTERS.has(callee?.field('field')?.text() ?? '') && call.field('arguments')?.text() === '()')));
    if (!candidate) continue;
    const holder = holderOf(call, id);
    assigned.push({ callee: text, holder: holder ?? { field: false, name: '', key: '' }, call });
  }
  const literals: FileFacts['literals'][number][] = [];
  for (const literal of root.findAll({ rule: { kind: 'composite_literal' } })) {
    const type = literal.field('type')?.text();
    const holder =
      type && !type.includes('.') && /^[A-Z&*]?\w/.test(type) ? holderOf(literal, id) : undefined;
    if (type && holder) literals.push({ type, holder });
  }
  const keyed: FileFacts['keyed'][number][] = [];
  for (const element of root.findAll({ rule: { kind: 'keyed_element' } })) {
    const key = element.field('key');
    const value = element.field('value');
    const valueExpr = value ? unwrap(named(value)[0] ?? value) : undefined;
    if (key && valueExpr?.kind() === 'identifier')
      keyed.push({ key: key.text(), value: variableKey(id, outerFunction(element), valueExpr.text()) });
  }
  const methods: FileFacts['methods'][number][] = [];
  for (const method of root.findAll({ rule: { kind: 'method_declaration' } })) {
    const receiver = method
      .field('receiver')
      ?.text()
      .match(/\*?\s*(\w+)\s*\)$/)?.[1];
    const name = method.field('name')?.text();
    if (receiver && name) methods.push({ receiver, name });
  }
  const facts: FileFacts = {
    id,
    methods,
    aliases: scope.clientAliases,
    typed,
    interfaces,
    embedded,
    funcs,
    assigned,
    literals,
    keyed,
  };
  factsCache.set(root, facts);
  return facts;
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
  /**
   * Per file, struct fields assigned a client there → its pin, or null for a
   * client that pins nothing: two structs of one package may both name a
   * field `cli`, one pinned and one negotiating, so a file's own assignments win.
   */
  readonly #fieldPinsByFile = new Map<GoFileScope, Map<string, string | null>>();
  /** Variable keys of wrapper-typed variables → the wrapper type. */
  readonly #wrapperOf = new Map<string, string>();
  /** Wrapper type → the methods it declares itself. */
  readonly #overrides = new Map<string, Set<string>>();

  readonly #isClientMethod: (name: string) => boolean;

  /** `isClientMethod`: whether the client has a method of that name (a package's own interface of them is the client's). */
  constructor(
    scopes: readonly GoFileScope[],
    isClientMethod: (name: string) => boolean = () => false,
    defaultPin?: string,
  ) {
    this.#isClientMethod = isClientMethod;
    const all = scopes.map(factsOf);
    // A wrapper or constructor function found in a later file still types what came before it.
    for (let pass = 0; pass < 3; pass++) for (const facts of all) this.combine(facts);
    // Pins: of the constructor a name is assigned from, directly or through a function returning one.
    // A client built with neither a version nor negotiation speaks the default (when the generation does not negotiate).
    const versionOf = (facts: FileFacts, consts: ReadonlyMap<string, string>, call: SgNode) => {
      const construction = constructionOf(facts.aliases, call);
      const pin = construction.pin;
      const version = pin
        ? (stringLiteral(pin) ?? (pin.kind() === 'identifier' ? consts.get(pin.text()) : undefined))
        : construction.negotiates || construction.spreads
          ? undefined
          : defaultPin;
      return version?.replace(/^v/, '');
    };
    const funcPins = new Map<string, string>();
    for (const [i, facts] of all.entries())
      for (const { name, constructorCalls } of facts.funcs)
        for (const call of constructorCalls) {
          const version = versionOf(facts, scopes[i]?.consts ?? new Map(), call);
          if (version) funcPins.set(name, version);
        }
    const fieldsOfFile = (i: number) => {
      const scope = scopes[i] as GoFileScope;
      let fields = this.#fieldPinsByFile.get(scope);
      if (!fields) {
        fields = new Map();
        this.#fieldPinsByFile.set(scope, fields);
      }
      return fields;
    };
    for (const [i, facts] of all.entries()) {
      const consts = scopes[i]?.consts ?? new Map<string, string>();
      for (const { callee, holder, call } of facts.assigned) {
        if (!holder.name) continue;
        const direct = isPackageConstructor(facts.aliases, callee);
        const func = callee.slice(callee.lastIndexOf('.') + 1);
        const version = direct ? versionOf(facts, consts, call) : funcPins.get(func);
        if (version) this.pins.set(holder.field ? holder.name : holder.key, version);
        if (holder.field && (direct || this.constructorFuncs.has(func)))
          fieldsOfFile(i).set(holder.name, version ?? null);
      }
    }
    // `&Jobs{api: c}`: the field carries the pin of the client it is given.
    for (const [i, facts] of all.entries())
      for (const { key, value } of facts.keyed) {
        const version = this.pins.get(value);
        if (version && !this.pins.has(key)) this.pins.set(key, version);
        if (version || this.names.has(value)) fieldsOfFile(i).set(key, version ?? null);
      }
  }

  private isClientType(facts: FileFacts, text: string): boolean {
    const type = text.replace(/^\*/, '');
    const dot = type.indexOf('.');
    if (dot === -1) return this.wrappers.has(type);
    return facts.aliases.has(type.slice(0, dot)) && /^(?:Client|\w*APIClient)$/.test(type.slice(dot + 1));
  }

  private isConstructorText(facts: FileFacts, callee: string): boolean {
    const dot = callee.lastIndexOf('.');
    if (dot === -1) return this.constructorFuncs.has(callee);
    const operand = callee.slice(0, dot);
    const name = callee.slice(dot + 1);
    return (
      (facts.aliases.has(operand) && CONSTRUCTORS.has(name)) ||
      (!facts.aliases.has(operand) && this.constructorFuncs.has(name))
    );
  }

  private add(holder: Holder): void {
    if (!holder.name) return;
    if (holder.field) this.fields.add(holder.name);
    else this.names.add(holder.key);
  }

  private combine(facts: FileFacts): void {
    for (const { struct, type } of facts.embedded)
      if (this.isClientType(facts, type)) this.wrappers.add(struct);
    // `type dockerAPI interface{ ContainerList(…) }`, or one embedding the client's interfaces: the client seen through a narrower type.
    for (const { name, methods, embeds } of facts.interfaces)
      if (
        embeds.some((type) => this.isClientType(facts, type)) ||
        (methods.length > 0 && methods.every((method) => this.#isClientMethod(method)))
      )
        this.wrappers.add(name);
    for (const { receiver, name } of facts.methods) {
      const own = this.#overrides.get(receiver) ?? new Set<string>();
      own.add(name);
      this.#overrides.set(receiver, own);
    }
    for (const { type, keys } of facts.typed) {
      const bare = type.replace(/^\*/, '');
      if (this.wrappers.has(bare)) for (const key of keys) this.#wrapperOf.set(key, bare);
    }
    for (const { names, type, field, keys } of facts.typed)
      if (this.isClientType(facts, type))
        for (const [i, name] of names.entries()) {
          if (field) this.fields.add(name);
          else this.names.add(keys[i] ?? name);
        }
    for (const { name, results, returns } of facts.funcs)
      if (
        results.some((result) => this.isClientType(facts, result)) ||
        returns.some((callee) => this.isConstructorText(facts, callee))
      )
        this.constructorFuncs.add(name);
    for (const { callee, holder } of facts.assigned)
      if (this.isConstructorText(facts, callee)) this.add(holder);
    for (const { type, holder } of facts.literals)
      if (this.wrappers.has(type.replace(/^[&*]/, ''))) {
        this.add(holder);
        if (!holder.field) this.#wrapperOf.set(holder.key, type.replace(/^[&*]/, ''));
      }
    for (const { key, value } of facts.keyed) if (this.names.has(value)) this.fields.add(key);
  }

  /** Constructor calls of the client package in one file, with their version options. */
  constructions(scope: GoFileScope): Construction[] {
    return factsOf(scope)
      .assigned.filter(({ callee }) => isPackageConstructor(scope.clientAliases, callee))
      .map(({ call }) => constructionOf(scope.clientAliases, call));
  }

  /** Whether `operand` in `operand.Method(…)` is a client. */
  isClient(scope: GoFileScope, operand: SgNode | null): boolean {
    if (!operand) return false;
    const node = unwrap(operand);
    switch (node.kind()) {
      case 'identifier':
        return this.names.has(this.keyOf(scope, node));
      case 'selector_expression':
        return this.fields.has(node.field('field')?.text() ?? '');
      case 'call_expression': {
        const callee = node.field('function');
        // `dockerCLI.Client()`: the getter docker/cli and its plugins reach the client through.
        if (
          callee?.kind() === 'selector_expression' &&
          GETTERS.has(callee.field('field')?.text() ?? '') &&
          node.field('arguments')?.text() === '()'
        )
          return true;
        return this.isConstructorText(factsOf(scope), callee?.text() ?? '');
      }
      default:
        return false;
    }
  }

  /**
   * Whether `operand.method` is a wrapper's own method (a test double
   * overriding the embedded client's), so the call never reaches the client.
   */
  overridden(scope: GoFileScope, operand: SgNode | null, method: string): boolean {
    const node = operand ? unwrap(operand) : undefined;
    if (node?.kind() !== 'identifier') return false;
    const type = this.#wrapperOf.get(this.keyOf(scope, node));
    return type !== undefined && (this.#overrides.get(type)?.has(method) ?? false);
  }

  /** The pin of the client behind an operand, when its constructor pins one. */
  pinOf(scope: GoFileScope, operand: SgNode | null): string | undefined {
    if (!operand) return undefined;
    const node = unwrap(operand);
    if (node.kind() === 'selector_expression') {
      const field = node.field('field')?.text() ?? '';
      const own = this.#fieldPinsByFile.get(scope)?.get(field);
      return own !== undefined ? (own ?? undefined) : this.pins.get(field);
    }
    if (node.kind() !== 'identifier') return undefined;
    const key = this.keyOf(scope, node);
    const direct = this.pins.get(key);
    if (direct !== undefined || !(this.#wrapperOf.has(key) || this.isWrapperReceiver(node))) return direct;
    // A wrapper that embeds the client (`struct{ *client.Client }`) sends with the pin of its `Client` field.
    const own = this.#fieldPinsByFile.get(scope)?.get('Client');
    return own !== undefined ? (own ?? undefined) : this.pins.get('Client');
  }

  /** `d` in `func (d *dockerAPI) m() { d.ContainerList(…) }`, where dockerAPI wraps the client. */
  private isWrapperReceiver(id: SgNode): boolean {
    let current: SgNode | null = id.parent();
    while (current && current.kind() !== 'method_declaration') current = current.parent();
    const match = current
      ?.field('receiver')
      ?.text()
      .match(/^\(\s*(\w+)\s+\*?\s*(\w+)\s*\)$/);
    return match?.[1] === id.text() && this.wrappers.has(match[2] ?? '');
  }

  /** The variable an identifier names: a local of its function in this file, else a package-level one. */
  private keyOf(scope: GoFileScope, id: SgNode): string {
    const local = variableKey(factsOf(scope).id, outerFunction(id), id.text());
    return this.names.has(local) || this.pins.has(local) || this.#wrapperOf.has(local)
      ? local
      : `pkg:${id.text()}`;
  }
}

/** `client.NewClientWithOpts` and the other constructors of the client package. */
function isPackageConstructor(aliases: ReadonlySet<string>, callee: string): boolean {
  const dot = callee.indexOf('.');
  return dot !== -1 && aliases.has(callee.slice(0, dot)) && CONSTRUCTORS.has(callee.slice(dot + 1));
}

const constructions = new WeakMap<SgNode, Construction>();

function constructionOf(aliases: ReadonlySet<string>, call: SgNode): Construction {
  const cached = constructions.get(call);
  if (cached) return cached;
  const made = readConstruction(aliases, call);
  constructions.set(call, made);
  return made;
}

function readConstruction(aliases: ReadonlySet<string>, call: SgNode): Construction {
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
      if (callee?.kind() !== 'selector_expression' || !aliases.has(callee.field('operand')?.text() ?? ''))
        continue;
      const name = callee.field('field')?.text() ?? '';
      if (PIN_OPTIONS.has(name)) pin = argumentsOf(option)[0];
      if (name === NEGOTIATE_OPTION) negotiates = true;
    }
  }
  const spreads = call.field('arguments')?.text().includes('...') ?? false;
  return { call, ...(pin ? { pin } : {}), negotiates, spreads };
}

/** What a call's (or literal's) result is assigned to: `cli, err := …`, `s.cli, err = …`, `var cli, _ = …`, `return …` is none. */
function holderOf(expr: SgNode, file: number): Holder | undefined {
  let node = expr;
  let parent = node.parent();
  while (parent && (parent.kind() === 'parenthesized_expression' || parent.kind() === 'unary_expression')) {
    node = parent;
    parent = node.parent();
  }
  if (parent?.kind() !== 'expression_list') return undefined;
  const statement = parent.parent();
  if (!statement) return undefined;
  const kind = statement.kind();
  let target: SgNode | undefined;
  if (kind === 'short_var_declaration' || kind === 'assignment_statement') {
    const left = statement.field('left');
    target = left ? named(left)[0] : undefined;
  } else if (kind === 'var_spec') target = statement.field('name') ?? undefined;
  if (!target) return undefined;
  if (target.kind() === 'identifier')
    return {
      field: false,
      name: target.text(),
      key: variableKey(file, outerFunction(target), target.text()),
    };
  if (target.kind() === 'selector_expression') {
    const name = target.field('field')?.text() ?? '';
    return { field: true, name, key: name };
  }
  return undefined;
}

/** The call a function assigns to a local variable (`x, err := f(…)`, `x = f(…)`), when there is one. */
function assignedCall(fn: SgNode, name: string): SgNode[] {
  for (const statement of fn.findAll({
    rule: { any: [{ kind: 'short_var_declaration' }, { kind: 'assignment_statement' }] },
  })) {
    const left = statement.field('left');
    const right = statement.field('right');
    const first = left ? named(left)[0] : undefined;
    const value = right ? named(right)[0] : undefined;
    if (first?.text() === name && value?.kind() === 'call_expression') return [value];
  }
  return [];
}
