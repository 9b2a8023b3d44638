import type { SgNode } from '@ast-grep/napi';
import { importsOf, named, stringLiteral } from './go-syntax.ts';

const CLIENT_PATHS = new Set(['github.com/docker/docker/client', 'github.com/moby/moby/client']);
const TYPES_PREFIXES = ['github.com/docker/docker/api/types', 'github.com/moby/moby/api/types'];

/** What one Go file declares and imports, as the extractor needs it. */
export class GoFileScope {
  readonly root: SgNode;
  /** Alias → import path. */
  readonly imports: ReadonlyMap<string, string>;
  /** Aliases of the Docker client package. */
  readonly clientAliases = new Set<string>();
  /** Alias → the table's package key (`container`, `types`, `client`). */
  readonly packageKeys = new Map<string, string>();
  /** File-level string constants. */
  readonly consts = new Map<string, string>();
  /** Where each of those constants' value is written. */
  readonly constNodes = new Map<string, SgNode>();
  /** Package-level variables of the file: their initial values. */
  readonly packageVars = new Map<string, SgNode[]>();
  /** Function declarations by name (methods too, by their name). */
  readonly funcs = new Map<string, SgNode[]>();

  constructor(root: SgNode) {
    this.root = root;
    this.imports = importsOf(root);
    for (const [alias, path] of this.imports) {
      if (CLIENT_PATHS.has(path)) {
        this.clientAliases.add(alias);
        this.packageKeys.set(alias, 'client');
        continue;
      }
      for (const prefix of TYPES_PREFIXES) {
        if (path === prefix) this.packageKeys.set(alias, 'types');
        else if (path.startsWith(`${prefix}/`)) this.packageKeys.set(alias, path.slice(prefix.length + 1));
      }
    }
    for (const node of named(root)) {
      const kind = node.kind();
      if (kind === 'function_declaration' || kind === 'method_declaration') {
        const name = node.field('name')?.text();
        if (name) this.funcs.set(name, [...(this.funcs.get(name) ?? []), node]);
      } else if (kind === 'var_declaration') {
        for (const spec of node.findAll({ rule: { kind: 'var_spec' } })) {
          const ids = named(spec).filter((child) => child.kind() === 'identifier');
          const values = spec.field('value');
          ids.forEach((id, i) => {
            const value = values ? named(values)[i] : undefined;
            if (value) this.packageVars.set(id.text(), [...(this.packageVars.get(id.text()) ?? []), value]);
          });
        }
      } else if (kind === 'const_declaration') {
        for (const spec of named(node)) {
          const id = spec.field('name')?.text();
          const values = spec.field('value');
          const value = values ? stringLiteral(named(values)[0]) : undefined;
          if (id && value !== undefined && values) {
            this.consts.set(id, value);
            this.constNodes.set(id, named(values)[0] ?? values);
          }
        }
      }
    }
  }

  #calls: SgNode[] | undefined;
  #callsByName: Map<string, SgNode[]> | undefined;
  readonly #assignments = new WeakMap<SgNode, Assignment[]>();

  /** Every call in the file, found once. */
  calls(): readonly SgNode[] {
    this.#calls ??= this.root.findAll({ rule: { kind: 'call_expression' } });
    return this.#calls;
  }

  /** Calls by the called name (`f` in `f(…)` and `x.f(…)`). */
  callsTo(name: string): readonly SgNode[] {
    if (!this.#callsByName) {
      this.#callsByName = new Map();
      for (const call of this.calls()) {
        const callee = call.field('function');
        const called =
          callee?.kind() === 'selector_expression' ? callee.field('field')?.text() : callee?.text();
        if (called) this.#callsByName.set(called, [...(this.#callsByName.get(called) ?? []), call]);
      }
    }
    return this.#callsByName.get(name) ?? [];
  }

  /** Assignments, short declarations and var specs of a function, read once per function. */
  assignmentsIn(fn: SgNode): readonly Assignment[] {
    let found = this.#assignments.get(fn);
    if (!found) {
      const body = fn.field('body');
      const statements = body
        ? body.findAll({
            rule: {
              any: [
                { kind: 'short_var_declaration' },
                { kind: 'assignment_statement' },
                { kind: 'var_spec' },
              ],
            },
          })
        : [];
      found = statements.map((statement) => {
        const spec = statement.kind() === 'var_spec';
        const targets = spec
          ? named(statement).filter((n) => n.kind() === 'identifier')
          : named(statement.field('left') ?? statement);
        const values = statement.field(spec ? 'value' : 'right');
        return { targets, values: values ? named(values) : [], roots: targets.map(rootName) };
      });
      this.#assignments.set(fn, found);
    }
    return found;
  }

  /** Qualified type names the file writes, as table keys (`container.ListOptions`), for choosing a generation. */
  typeNames(): Set<string> {
    const names = new Set<string>();
    for (const node of this.root.findAll({ rule: { kind: 'qualified_type' } }))
      this.addName(names, node.field('package')?.text(), node.field('name')?.text());
    for (const node of this.root.findAll({ rule: { kind: 'composite_literal' } })) {
      const type = node.field('type');
      if (type?.kind() === 'qualified_type')
        this.addName(names, type.field('package')?.text(), type.field('name')?.text());
    }
    return names;
  }

  private addName(into: Set<string>, alias: string | undefined, name: string | undefined): void {
    const key = alias === undefined ? undefined : this.packageKeys.get(alias);
    if (key !== undefined && name) into.add(`${key}.${name}`);
  }
}

/** One assignment: its targets, values, and the variable each target writes into. */
export interface Assignment {
  readonly targets: readonly SgNode[];
  readonly values: readonly SgNode[];
  readonly roots: readonly (string | undefined)[];
}

/** `x` for `x`, `x.A.B`, `x[k]`, `(*x).A`. */
function rootName(target: SgNode): string | undefined {
  let node = target;
  for (let depth = 0; depth < 12; depth++) {
    const kind = node.kind();
    if (kind === 'identifier') return node.text();
    const next =
      kind === 'selector_expression' || kind === 'index_expression'
        ? node.field('operand')
        : kind === 'parenthesized_expression' || kind === 'unary_expression'
          ? (node.field('operand') ?? named(node)[0])
          : null;
    if (!next) return undefined;
    node = next;
  }
  return undefined;
}

const scopes = new WeakMap<SgNode, GoFileScope>();

/** The scope of a syntax tree, made once per tree (a package's files are each other's siblings). */
export function scopeOf(root: SgNode): GoFileScope {
  let scope = scopes.get(root);
  if (!scope) {
    scope = new GoFileScope(root);
    scopes.set(root, scope);
  }
  return scope;
}

/** The innermost function (declaration or literal) around a node. */
export function enclosingFunction(node: SgNode): SgNode | undefined {
  for (let current = node.parent(); current; current = current.parent()) {
    const kind = current.kind();
    if (kind === 'function_declaration' || kind === 'method_declaration' || kind === 'func_literal')
      return current;
  }
  return undefined;
}

/** Parameter names of a function node, in order (variadic ones included). */
export function parameterNames(fn: SgNode): string[] {
  const list = fn.field('parameters');
  if (!list) return [];
  return named(list).flatMap((decl) =>
    named(decl)
      .filter((child) => child.kind() === 'identifier')
      .map((id) => id.text()),
  );
}
