import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../../../package-root.ts';
import type { FieldRow, GenerationRow, GoSdkTable, TypeRef } from './table-types.ts';

let cached: GoSdkTable | undefined;

/** data/go-sdk.json, read on first use. */
export function goSdkTable(): GoSdkTable {
  cached ??= JSON.parse(readFileSync(join(dataDir, 'go-sdk.json'), 'utf8')) as GoSdkTable;
  return cached;
}

export type GenerationId = 'v24.0.9' | 'v28.5.2' | 'main';

export function generation(id: GenerationId): GenerationRow {
  const row = goSdkTable().generations[id];
  if (!row) throw new Error(`data/go-sdk.json has no generation ${id}`);
  return row;
}

/**
 * A struct field by Go name, direct or promoted from an inlined embedded
 * struct: its JSON path part (`""` for the embedded struct itself) and type.
 */
export function fieldOf(row: GenerationRow, type: TypeRef, name: string, depth = 0): FieldRow | undefined {
  const fields = row.types[type];
  if (!fields || depth > 4) return undefined;
  const direct = fields[name];
  if (direct) return direct;
  for (const field of Object.values(fields)) {
    if (field.json !== '') continue;
    const inner = fieldOf(row, field.type, name, depth + 1);
    if (inner) return inner;
  }
  return undefined;
}

/** The table's package key of an import path of this generation (`…/api/types/container` → `container`). */
export function packageKeyOf(row: GenerationRow, importPath: string): string | undefined {
  if (importPath === row.module) return 'client';
  const types = row.typesImport.replace(/\/$/, '');
  if (importPath === types) return 'types';
  if (importPath.startsWith(`${types}/`)) return importPath.slice(types.length + 1);
  return undefined;
}
