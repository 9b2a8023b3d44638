import type { SgNode } from '@ast-grep/napi';
import type { PinnedSource } from '../../../../sources/read.ts';
import { parseText } from '../../../parse/service.ts';
import { importsOf, lineOf, named, stringLiteral } from '../go-syntax.ts';

/** One parsed Go file of a pinned source. */
export interface GoFile {
  /** Repository-relative path. */
  readonly path: string;
  /** Folder of the package it belongs to. */
  readonly dir: string;
  readonly root: SgNode;
  /** Alias → import path. */
  readonly imports: ReadonlyMap<string, string>;
}

/** A function or method declaration. */
export interface GoFunc {
  readonly name: string;
  readonly file: GoFile;
  readonly node: SgNode;
  /** Receiver type name without `*`, for methods. */
  readonly receiverType?: string;
  /** Receiver identifier, for methods. */
  readonly receiver?: string;
  /** Parameter names and their type nodes, in order (unnamed ones as `_`). */
  readonly params: readonly GoParam[];
  readonly body: SgNode | null;
}

export interface GoParam {
  readonly name: string;
  /** The type node; for `...T`, the element type `T`. */
  readonly type: SgNode;
  readonly variadic: boolean;
}

export interface GoTypeDecl {
  readonly name: string;
  readonly file: GoFile;
  /** The type expression: a struct_type, a type identifier for `type X string`, … */
  readonly type: SgNode;
}

export interface GoConst {
  readonly name: string;
  readonly file: GoFile;
  /** The declared type's text, when the spec names one (`CgroupnsMode`). */
  readonly type?: string;
  readonly value?: SgNode;
}

/** Everything declared in one package folder. */
export interface GoPackage {
  readonly dir: string;
  readonly files: GoFile[];
  readonly funcs: Map<string, GoFunc>;
  /** Receiver type → method name → declaration. */
  readonly methods: Map<string, Map<string, GoFunc>>;
  readonly types: Map<string, GoTypeDecl>;
  readonly consts: Map<string, GoConst>;
}

/** Every Go package of a pinned source, by folder. */
export class GoIndex {
  readonly packages = new Map<string, GoPackage>();
  readonly source: PinnedSource;

  constructor(source: PinnedSource) {
    this.source = source;
    for (const path of source.paths) {
      if (!path.endsWith('.go') || path.endsWith('_test.go')) continue;
      const root = parseText('go', source.read(path));
      if (!root) continue;
      const dir = path.slice(0, path.lastIndexOf('/'));
      const file: GoFile = { path, dir, root, imports: importsOf(root) };
      this.add(this.packageAt(dir), file);
    }
  }

  private packageAt(dir: string): GoPackage {
    let pkg = this.packages.get(dir);
    if (!pkg) {
      pkg = { dir, files: [], funcs: new Map(), methods: new Map(), types: new Map(), consts: new Map() };
      this.packages.set(dir, pkg);
    }
    return pkg;
  }

  private add(pkg: GoPackage, file: GoFile): void {
    pkg.files.push(file);
    for (const node of named(file.root)) {
      const kind = node.kind();
      if (kind === 'function_declaration' || kind === 'method_declaration') addFunc(pkg, file, node);
      else if (kind === 'type_declaration') {
        for (const spec of named(node)) {
          const name = spec.field('name')?.text();
          const type = spec.field('type');
          if (name && type) pkg.types.set(name, { name, file, type });
        }
      } else if (kind === 'const_declaration') addConsts(pkg, file, node);
    }
  }

  /**
   * The folder of an import path inside this source: module-relative
   * (`github.com/docker/docker/api/types/container` → `api/types/container`)
   * or vendored. Undefined for packages the source does not hold.
   */
  dirOf(importPath: string): string | undefined {
    const vendored = `vendor/${importPath}`;
    if (this.packages.has(vendored)) return vendored;
    let best: string | undefined;
    for (const dir of this.packages.keys()) {
      if (dir.startsWith('vendor/')) continue;
      if ((importPath === dir || importPath.endsWith(`/${dir}`)) && (!best || dir.length > best.length))
        best = dir;
    }
    return best;
  }
}

function addFunc(pkg: GoPackage, file: GoFile, node: SgNode): void {
  const name = node.field('name')?.text();
  if (!name) return;
  const params = parametersOf(node.field('parameters'));
  const body = node.field('body');
  if (node.kind() === 'function_declaration') {
    pkg.funcs.set(name, { name, file, node, params, body });
    return;
  }
  const [receiverParam] = parametersOf(node.field('receiver'));
  if (!receiverParam) return;
  const receiverType = receiverParam.type.text().replace(/^\*/, '').replace(/\[.*$/, '');
  let methods = pkg.methods.get(receiverType);
  if (!methods) {
    methods = new Map();
    pkg.methods.set(receiverType, methods);
  }
  methods.set(name, { name, file, node, receiverType, receiver: receiverParam.name, params, body });
}

/** `(ctx context.Context, a, b string)` → one entry per name. */
function parametersOf(list: SgNode | null): GoParam[] {
  if (!list) return [];
  const params: GoParam[] = [];
  for (const decl of named(list)) {
    const type = decl.field('type');
    if (!type) continue;
    const variadic = decl.kind() === 'variadic_parameter_declaration';
    const names = named(decl).filter((child) => child.kind() === 'identifier');
    if (names.length === 0) params.push({ name: '_', type, variadic });
    for (const id of names) params.push({ name: id.text(), type, variadic });
  }
  return params;
}

function addConsts(pkg: GoPackage, file: GoFile, node: SgNode): void {
  for (const spec of named(node)) {
    if (spec.kind() !== 'const_spec') continue;
    const names = named(spec).filter((child) => child.kind() === 'identifier');
    const type = spec.field('type')?.text();
    const values = spec.field('value');
    const valueNodes = values ? named(values) : [];
    names.forEach((id, index) => {
      pkg.consts.set(id.text(), {
        name: id.text(),
        file,
        ...(type === undefined ? {} : { type }),
        ...(valueNodes[index] === undefined ? {} : { value: valueNodes[index] }),
      });
    });
  }
}

/** The string a constant stands for, following conversions (`Type("bind")`) and other constants. */
export function constString(index: GoIndex, pkg: GoPackage, name: string, depth = 0): string | undefined {
  const decl = pkg.consts.get(name);
  if (!decl?.value || depth > 8) return undefined;
  return stringOfExpr(index, pkg, decl.file, decl.value, depth + 1);
}

export function stringOfExpr(
  index: GoIndex,
  pkg: GoPackage,
  file: GoFile,
  node: SgNode,
  depth = 0,
): string | undefined {
  const literal = stringLiteral(node);
  if (literal !== undefined) return literal;
  const kind = node.kind();
  if (kind === 'identifier') return constString(index, pkg, node.text(), depth);
  if (kind === 'call_expression' || kind === 'type_conversion_expression') {
    const args = named(node.field('arguments') ?? node);
    const only = kind === 'call_expression' ? args : args.slice(1);
    return only.length === 1 && only[0] ? stringOfExpr(index, pkg, file, only[0], depth) : undefined;
  }
  if (kind === 'selector_expression') {
    const alias = node.field('operand')?.text() ?? '';
    const path = file.imports.get(alias);
    const dir = path === undefined ? undefined : index.dirOf(path);
    const other = dir === undefined ? undefined : index.packages.get(dir);
    return other ? constString(index, other, node.field('field')?.text() ?? '', depth) : undefined;
  }
  if (kind === 'binary_expression' && node.field('operator')?.text() === '+') {
    const left = node.field('left');
    const right = node.field('right');
    const a = left ? stringOfExpr(index, pkg, file, left, depth) : undefined;
    const b = right ? stringOfExpr(index, pkg, file, right, depth) : undefined;
    return a !== undefined && b !== undefined ? a + b : undefined;
  }
  return undefined;
}

export const citeLine = (file: GoFile, node: SgNode): string => `${file.path}:${lineOf(node)}`;
