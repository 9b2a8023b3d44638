import type { SgNode } from '@ast-grep/napi';
import { named, stringLiteral } from '../go-syntax.ts';
import type { FieldRow, TypeRef } from '../table-types.ts';
import { type GoFile, type GoIndex, type GoTypeDecl, stringOfExpr } from './go-index.ts';

const BASIC = new Set([
  'string',
  'bool',
  'byte',
  'rune',
  'int',
  'int8',
  'int16',
  'int32',
  'int64',
  'uint',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
  'uintptr',
  'float32',
  'float64',
  'error',
  'any',
]);

/** The table's name of a package folder: `api/types/container` → `container`, `api/types` → `types`. */
export function packageKey(dir: string): string {
  if (dir === 'api/types') return 'types';
  if (dir.startsWith('api/types/')) return dir.slice('api/types/'.length);
  if (dir.startsWith('vendor/')) return dir.slice('vendor/'.length);
  return dir;
}

/** Type references and struct fields over one source's index. */
export class GoTypes {
  readonly #index: GoIndex;
  readonly #dirByKey = new Map<string, string>();

  constructor(index: GoIndex) {
    this.#index = index;
    for (const dir of index.packages.keys()) this.#dirByKey.set(packageKey(dir), dir);
  }

  /** A type expression as a TypeRef: pointers dropped, `[]`/`{}` for slices and maps. */
  ref(file: GoFile, node: SgNode | null | undefined, depth = 0): TypeRef {
    if (!node || depth > 10) return 'any';
    switch (node.kind()) {
      case 'pointer_type':
      case 'parenthesized_type':
        return this.ref(file, named(node).at(-1), depth + 1);
      case 'slice_type':
      case 'array_type':
        return `[]${this.ref(file, node.field('element'), depth + 1)}`;
      case 'map_type':
        return `{}${this.ref(file, node.field('value'), depth + 1)}`;
      case 'qualified_type': {
        const alias = node.field('package')?.text() ?? '';
        const name = node.field('name')?.text() ?? '';
        const path = file.imports.get(alias);
        const dir = path === undefined ? undefined : this.#index.dirOf(path);
        return this.follow(
          dir === undefined ? `${path ?? alias}.${name}` : `${packageKey(dir)}.${name}`,
          depth,
        );
      }
      case 'type_identifier': {
        const name = node.text();
        if (BASIC.has(name)) return name;
        const pkg = this.#index.packages.get(file.dir);
        return pkg?.types.has(name) ? this.follow(`${packageKey(file.dir)}.${name}`, depth) : name;
      }
      case 'interface_type':
        return 'any';
      case 'struct_type':
        return 'struct';
      default:
        return node.text();
    }
  }

  /** A named type that only renames a slice, map, pointer or other named type stands for that type. */
  private follow(ref: TypeRef, depth: number): TypeRef {
    const decl = this.decl(ref);
    if (!decl) return ref;
    const kind = String(decl.type.kind());
    if (['slice_type', 'array_type', 'map_type', 'pointer_type', 'qualified_type'].includes(kind))
      return this.ref(decl.file, decl.type, depth + 1);
    if (kind === 'type_identifier' && !BASIC.has(decl.type.text()))
      return this.ref(decl.file, decl.type, depth + 1);
    return ref;
  }

  decl(ref: TypeRef): GoTypeDecl | undefined {
    const dot = ref.lastIndexOf('.');
    if (dot === -1 || ref.startsWith('[]') || ref.startsWith('{}')) return undefined;
    const dir = this.#dirByKey.get(ref.slice(0, dot));
    return dir === undefined ? undefined : this.#index.packages.get(dir)?.types.get(ref.slice(dot + 1));
  }

  /** Whether the type is a struct declared in the source. */
  isStruct(ref: TypeRef): boolean {
    return this.decl(ref)?.type.kind() === 'struct_type';
  }

  /** Whether the named type's underlying type is `string` (typed string constants are its enum values). */
  isStringType(ref: TypeRef): boolean {
    return this.decl(ref)?.type.text() === 'string';
  }

  /**
   * A struct's exported fields as JSON sees them: Go name → JSON key and
   * type; an embedded struct without a JSON name has key `""` (its fields are
   * inlined). Fields tagged `json:"-"` are left out.
   */
  fields(ref: TypeRef, unexported = false): Map<string, FieldRow> {
    const fields = new Map<string, FieldRow>();
    const decl = this.decl(ref);
    if (decl?.type.kind() !== 'struct_type') return fields;
    const list = named(decl.type).find((child) => child.kind() === 'field_declaration_list');
    for (const field of list ? named(list) : []) {
      if (field.kind() !== 'field_declaration') continue;
      const typeNode = field.field('type');
      const tag = jsonTag(stringLiteral(field.field('tag')));
      if (tag === '-') continue;
      const type = this.ref(decl.file, typeNode);
      const names = named(field).filter((child) => child.kind() === 'field_identifier');
      if (names.length === 0) {
        // Embedded: its name is the type's name; JSON inlines a struct unless a tag names it.
        const name = type.slice(type.lastIndexOf('.') + 1);
        if (!unexported && !/^[A-Z]/.test(name)) continue;
        const inline = !tag && this.isStruct(type);
        fields.set(name, { json: inline ? '' : tag || name, type });
        continue;
      }
      for (const id of names) {
        const name = id.text();
        if (!unexported && !/^[A-Z]/.test(name)) continue;
        fields.set(name, { json: tag || name, type });
      }
    }
    return fields;
  }

  /** The string value of a constant in a package, by table key and name. */
  constValue(pkgKey: string, name: string): string | undefined {
    const dir = this.#dirByKey.get(pkgKey);
    const pkg = dir === undefined ? undefined : this.#index.packages.get(dir);
    const decl = pkg?.consts.get(name);
    return pkg && decl?.value ? stringOfExpr(this.#index, pkg, decl.file, decl.value) : undefined;
  }
}

/** The name part of a struct tag's `json:"…"` entry; undefined when there is none. */
export function jsonTag(tag: string | undefined): string | undefined {
  const match = tag === undefined ? null : /(?:^|\s)json:"([^"]*)"/.exec(tag);
  if (!match) return undefined;
  return (match[1] ?? '').split(',')[0];
}
