import type { SgNode } from '@ast-grep/napi';
import { formatApiVersion, tryParseApiVersion } from '../../../versions/api-version.ts';
import {
  FUNCTION_KINDS,
  keyName,
  kindOf,
  namedChildren,
  parameterName,
  parameters,
  referenceKey,
  unwrap,
} from '../../js/syntax.ts';
import type { Position } from '../../usage.ts';
import { classOfType, type DockerodeNames } from './imports.ts';
import { type Constants, shapeOf } from './shape-of.ts';
import type { DockerodeClass, DockerodeMethod, DockerodeTable } from './table.ts';

/** A value known to be a dockerode object, with the API version its client pins, if any. */
export interface Receiver {
  readonly cls: DockerodeClass;
  readonly pin?: string;
  /** Where the pinned version is written (set on the construction only). */
  readonly pinAt?: Position;
}

const BINDING_KINDS = ['variable_declarator', 'assignment_expression'];
// The two grammars name class fields differently, and only TypeScript has typed parameters.
const JS_BINDING_KINDS = [...BINDING_KINDS, 'field_definition'];
const TS_BINDING_KINDS = [
  ...BINDING_KINDS,
  'public_field_definition',
  'required_parameter',
  'optional_parameter',
];
/** Calls that pass a function: only they can bind callback parameters. */
const CALLBACK_CALLS = {
  kind: 'call_expression',
  has: { field: 'arguments', has: { any: [{ kind: 'arrow_function' }, { kind: 'function_expression' }] } },
};
const MAX_PASSES = 4;

/**
 * Names bound to dockerode objects, file-wide: identifiers and `this.x`
 * fields. Scopes are not modelled: a name bound to a dockerode object
 * anywhere in the file is taken to be that object everywhere in it.
 */
export class Receivers {
  private readonly bindings = new Map<string, Receiver>();
  private readonly table: DockerodeTable;
  private readonly names: DockerodeNames;
  private readonly constants: Constants;

  constructor(table: DockerodeTable, names: DockerodeNames, constants: Constants) {
    this.table = table;
    this.names = names;
    this.constants = constants;
  }

  /** Binds names until nothing new is learnt, so later declarations can feed earlier uses. */
  collect(root: SgNode, typescript: boolean, typed: ReadonlyMap<string, DockerodeClass> = new Map()): void {
    for (const [name, cls] of typed) this.bind(name, { cls });
    const kinds = typescript ? TS_BINDING_KINDS : JS_BINDING_KINDS;
    const nodes = root.findAll({ rule: { any: [...kinds.map((kind) => ({ kind })), CALLBACK_CALLS] } });
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const before = this.bindings.size;
      for (const node of nodes) this.bindFrom(node);
      if (this.bindings.size === before) break;
    }
  }

  /** The dockerode object an expression evaluates to (after `await`), if known. */
  receiverOf(node: SgNode): Receiver | undefined {
    const n = unwrap(node);
    const kind = n.kind();
    if (kind === 'await_expression') {
      const inner = namedChildren(n)[0];
      return inner ? this.receiverOf(inner) : undefined;
    }
    const key = referenceKey(n);
    if (key !== undefined) return this.bindings.get(key);
    if (kind === 'ternary_expression') return this.eitherOf(n);
    if (kind === 'new_expression' || kind === 'call_expression') {
      const callee = n.field(kind === 'new_expression' ? 'constructor' : 'function');
      if (callee?.kind() === 'identifier' && this.names.constructors.has(callee.text()))
        return { cls: 'Docker', ...this.pinOf(n) };
      const call = kind === 'call_expression' ? this.methodCall(n) : undefined;
      if (call?.method.returns && call.method.returnsIndex === undefined)
        return { cls: call.method.returns, ...pinned(call.receiver.pin) };
    }
    return undefined;
  }

  /** `cond ? docker.getNetwork(id) : await docker.createNetwork(o)`: known when both sides agree. */
  private eitherOf(ternary: SgNode): Receiver | undefined {
    const yes = ternary.field('consequence');
    const no = ternary.field('alternative');
    const a = yes ? this.receiverOf(yes) : undefined;
    const b = no ? this.receiverOf(no) : undefined;
    if (!a || !b || a.cls !== b.cls) return undefined;
    return { cls: a.cls, ...pinned(a.pin === b.pin ? a.pin : undefined) };
  }

  /** For `x.m(...)` on a known receiver with a dockerode method `m`: both. */
  methodCall(call: SgNode): { receiver: Receiver; method: DockerodeMethod; name: SgNode } | undefined {
    const callee = call.field('function');
    if (callee?.kind() !== 'member_expression') return undefined;
    const object = callee.field('object');
    const name = callee.field('property');
    if (!object || !name) return undefined;
    const receiver = this.receiverOf(object);
    const method = receiver ? this.table.classes[receiver.cls][name.text()] : undefined;
    return receiver && method ? { receiver, method, name } : undefined;
  }

  /** `new Docker({ version: 'v1.41' })`: the pinned API version, and where its text is. */
  pinOf(construction: SgNode): { pin?: string; pinAt?: Position } {
    const args = construction.field('arguments');
    const first = args ? namedChildren(args)[0] : undefined;
    const shape = first ? shapeOf(first, this.constants) : undefined;
    const version = shape?.kind === 'object' ? shape.keys.get('version') : undefined;
    const parsed = version?.kind === 'string' ? tryParseApiVersion(version.value) : undefined;
    if (!parsed || version?.kind !== 'string') return {};
    return { pin: formatApiVersion(parsed), ...(version.at && { pinAt: version.at }) };
  }

  private bind(key: string | undefined, receiver: Receiver | undefined): void {
    if (key !== undefined && receiver && !this.bindings.has(key)) this.bindings.set(key, receiver);
  }

  private bindFrom(node: SgNode): void {
    switch (node.kind()) {
      case 'variable_declarator':
        this.bindDeclarator(node);
        return;
      case 'assignment_expression': {
        const left = node.field('left');
        const right = node.field('right');
        if (left && right) this.bind(referenceKey(left), this.receiverOf(right));
        return;
      }
      case 'public_field_definition':
      case 'field_definition': {
        const name = node.field('name') ?? node.field('property');
        const key = name ? keyName(name) : undefined;
        if (key === undefined) return;
        const value = node.field('value');
        const type = node.field('type');
        const cls = type ? classOfType(type, this.names) : undefined;
        this.bind(`this.${key}`, value ? this.receiverOf(value) : cls ? { cls } : undefined);
        return;
      }
      case 'required_parameter':
      case 'optional_parameter':
        this.bindTypedParameter(node);
        return;
      case 'call_expression':
        this.bindCallbackParameters(node);
        return;
    }
  }

  private bindDeclarator(node: SgNode): void {
    const name = node.field('name');
    const value = node.field('value');
    if (!name) return;
    const type = node.field('type');
    const typed = type ? classOfType(type, this.names) : undefined;
    if (name.kind() === 'identifier') {
      this.bind(name.text(), value ? this.receiverOf(value) : typed ? { cls: typed } : undefined);
      return;
    }
    // `const [output, container] = await docker.run(...)`
    const call = value ? unwrap(value) : undefined;
    const inner = call?.kind() === 'await_expression' ? namedChildren(call)[0] : undefined;
    const found = inner?.kind() === 'call_expression' ? this.methodCall(inner) : undefined;
    const index = found?.method.returnsIndex;
    if (name.kind() === 'array_pattern' && found?.method.returns && index !== undefined) {
      const element = patternElement(name, index);
      if (element?.kind() === 'identifier')
        this.bind(element.text(), { cls: found.method.returns, ...pinned(found.receiver.pin) });
    }
  }

  private bindTypedParameter(node: SgNode): void {
    const name = parameterName(node);
    const type = node.field('type');
    const cls = type ? classOfType(type, this.names) : undefined;
    if (!name || !cls) return;
    this.bind(name.text(), { cls });
    // A constructor parameter property (`private docker: Docker`) is a field too.
    if (namedChildren(node).some((c) => c.kind() === 'accessibility_modifier'))
      this.bind(`this.${name.text()}`, { cls });
  }

  /** `docker.createContainer(opts, (err, c) => …)` and `docker.createContainer(opts).then((c) => …)`. */
  private bindCallbackParameters(call: SgNode): void {
    const args = call.field('arguments');
    const callback = args ? namedChildren(args).findLast((a) => FUNCTION_KINDS.has(kindOf(a))) : undefined;
    if (!callback) return;
    const direct = this.methodCall(call);
    if (direct?.method.returns) {
      // dockerode calls back (err, result), and run (err, output, container).
      const index = direct.method.returnsIndex === undefined ? 1 : direct.method.returnsIndex + 1;
      this.bindParameter(callback, index, direct.method.returns, direct.receiver.pin);
      return;
    }
    const callee = call.field('function');
    const promise = callee?.kind() === 'member_expression' ? callee.field('object') : undefined;
    if (callee?.field('property')?.text() !== 'then' || promise?.kind() !== 'call_expression') return;
    const resolved = this.methodCall(promise);
    if (resolved?.method.returns && resolved.method.returnsIndex === undefined)
      this.bindParameter(callback, 0, resolved.method.returns, resolved.receiver.pin);
  }

  private bindParameter(fn: SgNode, index: number, cls: DockerodeClass, pin: string | undefined): void {
    const param = parameters(fn)[index];
    const name = param ? parameterName(param) : undefined;
    if (name) this.bind(name.text(), { cls, ...pinned(pin) });
  }
}

/** The element at `index` of `[a, , b]`, counting holes, which have no node of their own. */
function patternElement(pattern: SgNode, index: number): SgNode | undefined {
  let position = 0;
  for (const child of pattern.children()) {
    if (child.text() === ',') position++;
    else if (child.isNamed() && position === index) return child;
  }
  return undefined;
}

function pinned(pin: string | undefined): { pin?: string } {
  return pin === undefined ? {} : { pin };
}
