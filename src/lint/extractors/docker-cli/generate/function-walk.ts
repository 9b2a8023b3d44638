import type { SgNode } from '@ast-grep/napi';
import { keyedElements } from './commands.ts';
import type { FieldFact, FieldTarget } from './fields.ts';
import { flagRead } from './flag-names.ts';
import type { GoFunc, GoIndex } from './go-index.ts';

/** What a command's walk shares with each function it reads. */
export interface WalkContext {
  readonly index: GoIndex;
  /** Options field (`ipam.driver`) → the flags that write it. */
  readonly fieldFlags: ReadonlyMap<string, readonly string[]>;
  readonly flagNames: ReadonlySet<string>;
  readonly stringTypes: ReadonlySet<string>;
  readonly facts: FieldFact[];
  /** `var:N:name` roots → the API type of the literal the variable holds. */
  readonly varTypes: Map<string, string>;
}

interface Taint {
  readonly flags: ReadonlySet<string>;
  readonly direct: boolean;
}
const NONE: Taint = { flags: new Set(), direct: false };

// Struct fields that Go embeds (their members sit at the parent's level in JSON):
// moby api/types/container HostConfig and UpdateConfig embed Resources.
const EMBEDDED = new Set(['container.HostConfig.Resources', 'container.UpdateConfig.Resources']);
const API_PACKAGES = new Set([
  'container',
  'network',
  'swarm',
  'volume',
  'mount',
  'image',
  'registry',
  'system',
]);

const unwrapAddress = (node: SgNode | undefined): SgNode | undefined =>
  node?.kind() === 'unary_expression' ? node.namedChildren().at(-1) : node;

/** The flags one function's locals, struct literals and field assignments carry. */
export class FunctionWalk {
  readonly #context: WalkContext;
  readonly #fn: GoFunc;
  readonly #serial: number;
  readonly #local = new Map<string, Taint>();
  readonly #structs = new Map<string, string>();

  constructor(context: WalkContext, fn: GoFunc, serial: number) {
    this.#context = context;
    this.#fn = fn;
    this.#serial = serial;
  }

  /** The flags an expression's value comes from, and whether it is a flag's text unchanged. */
  taint(node: SgNode | null | undefined): Taint {
    if (!node) return NONE;
    const kind = node.kind();
    if (kind === 'identifier') return this.#local.get(node.text()) ?? NONE;
    if (kind === 'expression_list' && node.namedChildren().length === 1)
      return this.taint(node.namedChildren()[0]);
    if (kind === 'selector_expression') {
      // `options.ipam.driver` is the field `ipam.driver`, not `driver`.
      const flags = this.#context.fieldFlags.get(node.text().slice(node.text().indexOf('.') + 1));
      if (flags) return { flags: new Set(flags), direct: true };
    }
    if (kind === 'unary_expression' || kind === 'parenthesized_expression') {
      const inner = this.taint(node.namedChildren().at(-1));
      return kind === 'unary_expression' && !node.text().startsWith('&')
        ? { ...inner, direct: false }
        : inner;
    }
    if (kind === 'call_expression') {
      const read = flagRead(this.#context.index, this.#fn, node, this.#context.flagNames);
      if (read) return { flags: new Set([read.flag]), direct: read.direct };
      const args = node.field('arguments')?.namedChildren() ?? [];
      const callee = node.field('function')?.text() ?? '';
      if (args.length === 1 && this.#context.stringTypes.has(callee)) return this.taint(args[0]);
    }
    const flags = new Set<string>();
    for (const child of node.namedChildren()) for (const flag of this.taint(child).flags) flags.add(flag);
    return { flags, direct: false };
  }

  /** A composite literal of an API or client options type that is not nested in another. */
  compositeLiteral(node: SgNode): void {
    const type = (node.field('type')?.text() ?? '').replace(/^\*/, '');
    const pkg = type.slice(0, type.indexOf('.'));
    const parent = node.parent();
    const nested = parent?.kind() === 'literal_element' || parent?.parent()?.kind() === 'literal_element';
    if (nested || (!API_PACKAGES.has(pkg) && pkg !== 'client')) return;
    const holder = declaredName(node);
    const root = holder ? `var:${this.#serial}:${holder}` : type;
    if (holder) {
      this.#structs.set(holder, root);
      this.#context.varTypes.set(root, type);
    }
    this.#literal(node, root, []);
  }

  /** `x := …`, `a, b = …`, `v.Field = …`, `for _, v := range …`. */
  assignment(node: SgNode): void {
    const left = node.field('left') ?? node.field('name');
    const right = node.field('right') ?? node.field('value');
    if (!left || !right) return;
    const targets = left.kind() === 'expression_list' ? left.namedChildren() : [left];
    const values = right.kind() === 'expression_list' ? right.namedChildren() : [right];
    const whole = this.taint(right);
    targets.forEach((target, k) => {
      const value = values.length === targets.length ? values[k] : right;
      const field = /^([A-Za-z_]\w*)\.([A-Z]\w*)$/.exec(target.text());
      const bound = field ? this.#structs.get(field[1] ?? '') : undefined;
      if (field && bound) {
        // `spec.Templating = &swarm.Driver{Name: …}` nests the literal below the field.
        const inner = unwrapAddress(value);
        if (inner?.kind() === 'composite_literal') this.#literal(inner, bound, [field[2] ?? '']);
        else {
          const own = values.length === targets.length ? this.taint(value) : whole;
          this.#record(own.flags.size ? own : this.#guard(node), bound, [field[2] ?? '']);
        }
        return;
      }
      const errorless = targets.every((name) => name.text() !== 'err' && name.text() !== '_');
      const own = (errorless ? this.#pairwise(values, targets.length, k) : undefined) ?? whole;
      // A struct literal's variable is tracked as a struct, not as a tainted value.
      const inner = unwrapAddress(value);
      const structType = inner?.kind() === 'composite_literal' ? inner.field('type')?.kind() : undefined;
      if (structType === 'qualified_type' || structType === 'type_identifier') return;
      if (target.kind() === 'identifier' && own.flags.size) this.#local.set(target.text(), own);
      // `tmpfs[k] = v`: the map holds what is stored in it.
      const map = target.kind() === 'index_expression' ? target.field('operand') : undefined;
      if (map?.kind() === 'identifier' && own.flags.size) {
        const held = this.#local.get(map.text())?.flags ?? new Set<string>();
        this.#local.set(map.text(), { flags: new Set([...held, ...own.flags]), direct: false });
      }
    });
  }

  // `if execOpts.Interactive { execOptions.AttachStdin = true }`: the flag the nearest
  // check reads decides a constant assignment (not a negated check: `!detach` unsets).
  #guard(node: SgNode): Taint {
    for (const ancestor of node.ancestors()) {
      const kind = String(ancestor.kind());
      if (kind.endsWith('_declaration') || kind === 'func_literal') return NONE;
      if (kind !== 'if_statement') continue;
      const condition = ancestor.field('condition');
      if (!condition || condition.text().startsWith('!')) return NONE;
      return { flags: this.taint(condition).flags, direct: false };
    }
    return NONE;
  }

  #literal(lit: SgNode, root: string, path: string[]): void {
    const type = (lit.field('type')?.text() ?? '').replace(/^\*/, '');
    for (const [key, value] of keyedElements(lit)) {
      const here = EMBEDDED.has(`${type}.${key}`) ? path : [...path, key];
      const inner = unwrapAddress(value);
      if (inner?.kind() === 'composite_literal') {
        this.#literal(inner, root, here);
        continue;
      }
      const bound = inner?.kind() === 'identifier' ? this.#structs.get(inner.text()) : undefined;
      if (bound) {
        this.#reroot(bound, root, here);
        continue;
      }
      this.#record(this.taint(value), root, here);
    }
  }

  // A struct built earlier into a variable and nested here: its facts move below the field.
  #reroot(from: string, root: string, here: string[]): void {
    const facts = this.#context.facts;
    for (let i = 0; i < facts.length; i++) {
      const fact = facts[i];
      if (fact?.target.kind !== 'api' || fact.target.root !== from) continue;
      facts[i] = { ...fact, target: { kind: 'api', root, path: [...here, ...fact.target.path] } };
    }
  }

  // `capAdd, capDrop := f(a, b)`: as many results as arguments, read pairwise.
  #pairwise(values: SgNode[], count: number, k: number): Taint | undefined {
    const call = values.length === 1 && count > 1 ? values[0] : undefined;
    const args = call?.kind() === 'call_expression' ? (call.field('arguments')?.namedChildren() ?? []) : [];
    return args.length === count ? this.taint(args[k]) : undefined;
  }

  #record(taint: Taint, root: string, path: string[]): void {
    for (const flag of taint.flags) {
      const target: FieldTarget = root.startsWith('client.')
        ? { kind: 'option', type: root.slice('client.'.length), field: path[0] ?? '', path: path.slice(1) }
        : { kind: 'api', root, path };
      this.#context.facts.push({ flag, target, direct: taint.direct });
    }
  }
}

/** The variable a literal is declared into (`hostConfig := &container.HostConfig{…}`). */
function declaredName(literal: SgNode): string | undefined {
  let node: SgNode | null = literal.parent();
  if (node?.kind() === 'unary_expression') node = node.parent();
  if (node?.kind() !== 'expression_list') return undefined;
  const decl = node.parent();
  if (decl?.kind() !== 'short_var_declaration' && decl?.kind() !== 'assignment_statement') return undefined;
  const names = decl.field('left')?.namedChildren() ?? [];
  return names.length === 1 && names[0]?.kind() === 'identifier' ? names[0].text() : undefined;
}
