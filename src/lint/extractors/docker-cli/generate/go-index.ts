import type { SgNode } from '@ast-grep/napi';
import { parseText } from '../../../parse/service.ts';

/** One Go function or method of an indexed source tree. */
export interface GoFunc {
  /** Package folder, repository-relative: `cli/command/container`. */
  readonly pkg: string;
  readonly file: string;
  readonly name: string;
  /** Receiver type name for methods (`Client`), else undefined. */
  readonly receiver?: string;
  readonly node: SgNode;
  /** Import alias → package folder (only imports inside the indexed module). */
  readonly imports: ReadonlyMap<string, string>;
}

/** The functions and string constants of a Go module subset, by package. */
export interface GoIndex {
  readonly funcs: ReadonlyMap<string, GoFunc>;
  /** `pkg\0name` → the string a constant holds. */
  readonly consts: ReadonlyMap<string, string>;
  /** Method name → methods of that name in any package. */
  readonly methods: ReadonlyMap<string, readonly GoFunc[]>;
  /** Every function in file order, for registration scans. */
  readonly all: readonly GoFunc[];
}

export const funcKey = (pkg: string, name: string): string => `${pkg}\0${name}`;

/** The text a Go string literal holds (interpreted or raw), or undefined for other nodes. */
export function goString(node: SgNode | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.kind() === 'interpreted_string_literal') {
    const body = node.text().slice(1, -1);
    return body.replace(/\\(["\\nt])/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
  }
  if (node.kind() === 'raw_string_literal') return node.text().slice(1, -1);
  return undefined;
}

/** Indexes `paths` (Go files) of a module whose import path is `modulePath`. */
export function indexGo(
  paths: readonly string[],
  read: (path: string) => string,
  modulePath: string,
): GoIndex {
  const funcs = new Map<string, GoFunc>();
  const consts = new Map<string, string>();
  const methods = new Map<string, GoFunc[]>();
  const all: GoFunc[] = [];
  for (const file of paths) {
    if (!file.endsWith('.go')) continue;
    const root = parseText('go', read(file));
    if (!root) continue;
    const pkg = file.slice(0, file.lastIndexOf('/'));
    const imports = importsOf(root, modulePath);
    for (const spec of root.findAll({ rule: { kind: 'const_spec' } })) {
      const names = spec.findAll({ rule: { kind: 'identifier' } });
      const value = spec.field('value')?.namedChildren()[0];
      const text = goString(value);
      const name = names[0]?.text();
      if (name !== undefined && text !== undefined) consts.set(funcKey(pkg, name), text);
    }
    for (const node of root.children()) {
      const kind = node.kind();
      if (kind !== 'function_declaration' && kind !== 'method_declaration') continue;
      const name = node.field('name')?.text() ?? '';
      const receiver =
        kind === 'method_declaration'
          ? node
              .field('receiver')
              ?.find({ rule: { kind: 'type_identifier' } })
              ?.text()
          : undefined;
      const fn: GoFunc = { pkg, file, name, ...(receiver ? { receiver } : {}), node, imports };
      all.push(fn);
      if (receiver) {
        const list = methods.get(name) ?? [];
        list.push(fn);
        methods.set(name, list);
      } else funcs.set(funcKey(pkg, name), fn);
    }
  }
  return { funcs, consts, methods, all };
}

function importsOf(root: SgNode, modulePath: string): Map<string, string> {
  const imports = new Map<string, string>();
  for (const spec of root.findAll({ rule: { kind: 'import_spec' } })) {
    const path = goString(spec.field('path'));
    if (path === undefined || !path.startsWith(`${modulePath}/`)) continue;
    const dir = path.slice(modulePath.length + 1);
    const alias = spec.field('name')?.text() ?? dir.slice(dir.lastIndexOf('/') + 1);
    imports.set(alias, dir);
  }
  return imports;
}

/** A string argument: a literal, or a constant of the function's package or an imported one. */
export function stringValue(index: GoIndex, fn: GoFunc, node: SgNode | null | undefined): string | undefined {
  if (!node) return undefined;
  const literal = goString(node);
  if (literal !== undefined) return literal;
  if (node.kind() === 'identifier') return index.consts.get(funcKey(fn.pkg, node.text()));
  if (node.kind() === 'selector_expression') {
    const dir = fn.imports.get(node.field('operand')?.text() ?? '');
    if (dir !== undefined) return index.consts.get(funcKey(dir, node.field('field')?.text() ?? ''));
  }
  return undefined;
}

/** The function a call names: a package function or one of an imported package of the module. */
export function calledFunc(index: GoIndex, fn: GoFunc, call: SgNode): GoFunc | undefined {
  const callee = call.field('function');
  if (!callee) return undefined;
  if (callee.kind() === 'identifier') return index.funcs.get(funcKey(fn.pkg, callee.text()));
  if (callee.kind() === 'selector_expression') {
    const dir = fn.imports.get(callee.field('operand')?.text() ?? '');
    if (dir !== undefined) return index.funcs.get(funcKey(dir, callee.field('field')?.text() ?? ''));
  }
  return undefined;
}

/** 1-based line of a node. */
export const lineOf = (node: SgNode): number => node.range().start.line + 1;
