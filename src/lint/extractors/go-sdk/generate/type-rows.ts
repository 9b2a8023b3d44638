import type { FieldRow, MethodRow, TypeRef } from '../table-types.ts';
import type { GoIndex } from './go-index.ts';
import { type GoTypes, packageKey } from './go-types.ts';

/** Struct types a request body can reach from the methods' body bindings, with their JSON fields. */
export function reachableTypes(
  types: GoTypes,
  methods: readonly MethodRow[],
): Record<TypeRef, Record<string, FieldRow>> {
  const pending: TypeRef[] = [];
  for (const method of methods)
    for (const request of method.requests)
      for (const binding of request.bindings)
        if (binding.in === 'body' && binding.type) pending.push(binding.type);
  const out = new Map<TypeRef, Record<string, FieldRow>>();
  while (pending.length > 0) {
    const type = bare(pending.pop() ?? '');
    if (out.has(type) || !types.isStruct(type)) continue;
    const fields: Record<string, FieldRow> = {};
    for (const [name, field] of [...types.fields(type)].sort(([a], [b]) => (a < b ? -1 : 1))) {
      fields[name] = field;
      pending.push(field.type);
    }
    out.set(type, fields);
  }
  return Object.fromEntries([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

const bare = (type: TypeRef): TypeRef => type.replace(/^(?:\[\]|\{\})+/, '');

/** String constants of the API type packages (`CgroupnsModePrivate CgroupnsMode = "private"`), by `package.Name`. */
export function typedConstants(index: GoIndex, types: GoTypes): Record<string, string> {
  const out: [string, string][] = [];
  for (const [dir, pkg] of index.packages) {
    if (!dir.startsWith('api/types') && dir !== 'client') continue;
    const key = packageKey(dir);
    for (const decl of pkg.consts.values()) {
      if (!/^[A-Z]/.test(decl.name)) continue;
      // Untyped ones too: deprecated aliases (`BuilderBuildKit = build.BuilderBuildKit`) and enum
      // values the package never typed (`UpdateOrderStartFirst = "start-first"`).
      const alias = decl.type === undefined;
      const typeRef = decl.type === undefined || decl.type.includes('.') ? undefined : `${key}.${decl.type}`;
      if (!alias && (typeRef === undefined || !types.isStringType(typeRef))) continue;
      const value = types.constValue(key, decl.name);
      if (value !== undefined) out.push([`${key}.${decl.name}`, value]);
    }
  }
  return Object.fromEntries(out.sort(([a], [b]) => (a < b ? -1 : 1)));
}
