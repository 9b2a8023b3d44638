import type { SgNode } from '@ast-grep/napi';
import { keyedElements } from './commands.ts';
import { flagNameFacts, flagRead } from './flag-names.ts';
import { calledFunc, type GoFunc, type GoIndex } from './go-index.ts';

/** Where a flag's value lands in what a command hands the Go client. */
export type FieldTarget =
  /** A field of a client options struct: `client.ContainerLogsOptions{Until: …}`. */
  | {
      readonly kind: 'option';
      readonly type: string;
      readonly field: string;
      readonly path: readonly string[];
    }
  /** A field path below an API type literal: `container.HostConfig{CgroupnsMode: …}`. */
  | { readonly kind: 'api'; readonly root: string; readonly path: readonly string[] };

export interface FieldFact {
  readonly flag: string;
  readonly target: FieldTarget;
  /** The flag's text reaches the field unchanged (or through a string type conversion). */
  readonly direct: boolean;
}

export interface CommandFlow {
  /** Go client methods the command calls, in the order first met. */
  readonly calls: readonly string[];
  readonly facts: readonly FieldFact[];
}

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

interface Taint {
  readonly flags: ReadonlySet<string>;
  readonly direct: boolean;
}
const NONE: Taint = { flags: new Set(), direct: false };

/**
 * Follows the flags of one command through the functions its constructor
 * reaches: local variables, string conversions, struct literals.
 */
export function commandFlow(
  index: GoIndex,
  start: GoFunc,
  fieldFlags: ReadonlyMap<string, readonly string[]>,
  clientNames: ReadonlySet<string>,
  stringTypes: ReadonlySet<string>,
  isConstructor: (fn: GoFunc) => boolean,
  flagNames: ReadonlySet<string> = new Set(),
): CommandFlow {
  const calls: string[] = [];
  const facts: FieldFact[] = [];
  const seen = new Set<GoFunc>();
  const visit = (fn: GoFunc): void => {
    if (seen.has(fn)) return;
    seen.add(fn);
    const local = new Map<string, Taint>();
    const structs = new Map<string, string>();
    const serial = seen.size;
    facts.push(...flagNameFacts(index, fn, flagNames));
    const taint = (node: SgNode | null | undefined): Taint => {
      if (!node) return NONE;
      const kind = node.kind();
      if (kind === 'identifier') return local.get(node.text()) ?? NONE;
      if (kind === 'expression_list' && node.namedChildren().length === 1)
        return taint(node.namedChildren()[0]);
      if (kind === 'selector_expression') {
        // `options.ipam.driver` is the field `ipam.driver`, not `driver`.
        const flags = fieldFlags.get(node.text().slice(node.text().indexOf('.') + 1));
        if (flags) return { flags: new Set(flags), direct: true };
      }
      if (kind === 'unary_expression' || kind === 'parenthesized_expression') {
        const inner = taint(node.namedChildren().at(-1));
        return kind === 'unary_expression' && !node.text().startsWith('&')
          ? { ...inner, direct: false }
          : inner;
      }
      if (kind === 'call_expression') {
        const read = flagRead(index, fn, node, flagNames);
        if (read) return { flags: new Set([read.flag]), direct: read.direct };
        const args = node.field('arguments')?.namedChildren() ?? [];
        const callee = node.field('function')?.text() ?? '';
        if (args.length === 1 && stringTypes.has(callee)) return taint(args[0]);
      }
      const flags = new Set<string>();
      for (const child of node.namedChildren()) for (const flag of taint(child).flags) flags.add(flag);
      return { flags, direct: false };
    };
    const literal = (lit: SgNode, root: string, path: string[]): void => {
      const type = (lit.field('type')?.text() ?? '').replace(/^\*/, '');
      for (const [key, value] of keyedElements(lit)) {
        const here = EMBEDDED.has(`${type}.${key}`) ? path : [...path, key];
        const inner = value.kind() === 'unary_expression' ? value.namedChildren().at(-1) : value;
        if (inner?.kind() === 'composite_literal') {
          literal(inner, root, here);
          continue;
        }
        const bound = inner?.kind() === 'identifier' ? structs.get(inner.text()) : undefined;
        if (bound) {
          // A struct built earlier into a variable and nested here: re-root its facts.
          for (let i = 0; i < facts.length; i++) {
            const fact = facts[i];
            if (fact?.target.kind !== 'api' || fact.target.root !== bound) continue;
            facts[i] = { ...fact, target: { kind: 'api', root, path: [...here, ...fact.target.path] } };
          }
          continue;
        }
        record(taint(value), root, here);
      }
    };
    // `capAdd, capDrop := f(a, b)`: as many results as arguments, read pairwise.
    const pairwise = (values: SgNode[], count: number, k: number): Taint | undefined => {
      const call = values.length === 1 && count > 1 ? values[0] : undefined;
      const args = call?.kind() === 'call_expression' ? (call.field('arguments')?.namedChildren() ?? []) : [];
      return args.length === count ? taint(args[k]) : undefined;
    };
    const record = (t: Taint, root: string, path: string[]): void => {
      for (const flag of t.flags) {
        const target: FieldTarget = root.startsWith('client.')
          ? { kind: 'option', type: root.slice('client.'.length), field: path[0] ?? '', path: path.slice(1) }
          : { kind: 'api', root, path };
        facts.push({ flag, target, direct: t.direct });
      }
    };
    for (const node of fn.node.findAll({
      rule: {
        any: [
          { kind: 'short_var_declaration' },
          { kind: 'assignment_statement' },
          { kind: 'var_spec' },
          { kind: 'range_clause' },
          { kind: 'call_expression' },
          { kind: 'composite_literal' },
        ],
      },
    })) {
      const kind = node.kind();
      if (kind === 'call_expression') {
        const callee = node.field('function');
        const method = callee?.field('field')?.text() ?? '';
        if (callee?.kind() === 'selector_expression' && clientNames.has(method) && !calls.includes(method))
          calls.push(method);
        const target = calledFunc(index, fn, node) ?? packageMethod(index, fn, method);
        // Shell completion asks the daemon for names; that is not what the command sends.
        if (
          target &&
          !isConstructor(target) &&
          !target.pkg.endsWith('/completion') &&
          !/^(add)?[cC]omplet/.test(target.name)
        )
          visit(target);
        continue;
      }
      if (kind === 'composite_literal') {
        const type = (node.field('type')?.text() ?? '').replace(/^\*/, '');
        const pkg = type.slice(0, type.indexOf('.'));
        const parent = node.parent();
        const nested = parent?.kind() === 'literal_element' || parent?.parent()?.kind() === 'literal_element';
        if (nested || (!API_PACKAGES.has(pkg) && pkg !== 'client')) continue;
        const holder = declaredName(node);
        const root = holder ? `var:${serial}:${holder}` : type;
        if (holder) {
          structs.set(holder, root);
          varTypes.set(root, type);
        }
        literal(node, root, []);
        continue;
      }
      const left = node.field('left') ?? node.field('name');
      const right = node.field('right') ?? node.field('value');
      if (!left || !right) continue;
      const targets = left.kind() === 'expression_list' ? left.namedChildren() : [left];
      const values = right.kind() === 'expression_list' ? right.namedChildren() : [right];
      const t = taint(right);
      targets.forEach((target, k) => {
        const field = /^([A-Za-z_]\w*)\.([A-Z]\w*)$/.exec(target.text());
        const bound = field ? structs.get(field[1] ?? '') : undefined;
        if (field && bound) {
          // `spec.Templating = &swarm.Driver{Name: …}` nests the literal below the field.
          const value = values.length === targets.length ? values[k] : right;
          const inner = value?.kind() === 'unary_expression' ? value.namedChildren().at(-1) : value;
          if (inner?.kind() === 'composite_literal') literal(inner, bound, [field[2] ?? '']);
          else record(values.length === targets.length ? taint(value) : t, bound, [field[2] ?? '']);
          return;
        }
        const errorless = targets.every((name) => name.text() !== 'err' && name.text() !== '_');
        const own = (errorless ? pairwise(values, targets.length, k) : undefined) ?? t;
        // A struct literal's variable is tracked as a struct, not as a tainted value.
        const value = values.length === targets.length ? values[k] : right;
        const inner = value?.kind() === 'unary_expression' ? value.namedChildren().at(-1) : value;
        const structType = inner?.kind() === 'composite_literal' ? inner.field('type')?.kind() : undefined;
        if (structType === 'qualified_type' || structType === 'type_identifier') return;
        if (target.kind() === 'identifier' && own.flags.size) local.set(target.text(), own);
      });
    }
  };
  const varTypes = new Map<string, string>();
  visit(start);
  return { calls, facts: facts.map((fact) => rootAtType(fact, varTypes)) };
}

// A struct variable never nested in another literal is rooted at its own type.
function rootAtType(fact: FieldFact, varTypes: ReadonlyMap<string, string>): FieldFact {
  if (fact.target.kind !== 'api') return fact;
  const type = varTypes.get(fact.target.root) ?? fact.target.root;
  if (type.startsWith('client.'))
    return {
      ...fact,
      target: {
        kind: 'option',
        type: type.slice('client.'.length),
        field: fact.target.path[0] ?? '',
        path: fact.target.path.slice(1),
      },
    };
  return { ...fact, target: { ...fact.target, root: type } };
}

/** `options.ToService(…)`: the one method of that name in the caller's package. */
function packageMethod(index: GoIndex, fn: GoFunc, name: string): GoFunc | undefined {
  if (!/^[A-Za-z]/.test(name) || fn.imports.size === 0) return undefined;
  const found = index.methods.get(name)?.filter((m) => m.pkg === fn.pkg);
  return found?.length === 1 ? found[0] : undefined;
}

function declaredName(literal: SgNode): string | undefined {
  let node: SgNode | null = literal.parent();
  if (node?.kind() === 'unary_expression') node = node.parent();
  if (node?.kind() !== 'expression_list') return undefined;
  const decl = node.parent();
  if (decl?.kind() !== 'short_var_declaration' && decl?.kind() !== 'assignment_statement') return undefined;
  const names = decl.field('left')?.namedChildren() ?? [];
  return names.length === 1 && names[0]?.kind() === 'identifier' ? names[0].text() : undefined;
}
