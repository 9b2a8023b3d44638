import { isDeprecated } from './deprecation.ts';
import type { SwaggerSchema } from './swagger-types.ts';

/** A schema with its `allOf` members merged in: what a walker needs, nothing more. */
export interface SchemaView {
  /** The schema objects merged into this view (for recursion checks). */
  readonly sources: readonly SwaggerSchema[];
  readonly type?: string;
  readonly format?: string;
  readonly enum?: readonly unknown[];
  readonly hasDefault: boolean;
  readonly default?: unknown;
  readonly nullable: boolean;
  readonly deprecated: boolean;
  readonly properties: ReadonlyMap<string, SwaggerSchema>;
  readonly required: ReadonlySet<string>;
  readonly items?: SwaggerSchema;
  /** The value schema of a map (`additionalProperties` given as a schema). */
  readonly mapValues?: SwaggerSchema;
}

// Dereferenced specs share one object per definition, so caching by identity
// saves re-merging HostConfig and friends at every use.
const views = new WeakMap<SwaggerSchema, SchemaView>();

export function viewSchema(schema: SwaggerSchema): SchemaView {
  let view = views.get(schema);
  if (!view) {
    view = mergeParts(flattenAllOf(schema, new Set()));
    views.set(schema, view);
  }
  return view;
}

// The schema itself first, then its allOf members depth-first: the first part
// that states a scalar fact wins, as the outermost statement is the most specific.
function flattenAllOf(schema: SwaggerSchema, seen: Set<SwaggerSchema>): SwaggerSchema[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const parts = [schema];
  for (const member of schema.allOf ?? []) parts.push(...flattenAllOf(member, seen));
  return parts;
}

function mergeParts(parts: readonly SwaggerSchema[]): SchemaView {
  const properties = new Map<string, SwaggerSchema>();
  const required = new Set<string>();
  let mapValues: SwaggerSchema | undefined;
  for (const part of parts) {
    for (const [name, property] of Object.entries(part.properties ?? {})) {
      const earlier = properties.get(name);
      properties.set(name, earlier && earlier !== property ? { allOf: [earlier, property] } : property);
    }
    if (Array.isArray(part.required)) for (const name of part.required) required.add(name);
    if (!mapValues && typeof part.additionalProperties === 'object') mapValues = part.additionalProperties;
  }
  const withDefault = parts.find((part) => 'default' in part);
  return {
    sources: parts,
    ...defined('type', parts.find((part) => typeof part.type === 'string')?.type),
    ...defined('format', parts.find((part) => typeof part.format === 'string')?.format),
    ...defined('enum', parts.find((part) => Array.isArray(part.enum))?.enum),
    ...defined('items', parts.find((part) => typeof part.items === 'object')?.items),
    ...defined('mapValues', mapValues),
    hasDefault: withDefault !== undefined,
    ...(withDefault ? { default: withDefault.default } : {}),
    nullable: parts.some((part) => part['x-nullable'] === true),
    deprecated: parts.some(isDeprecated),
    properties,
    required,
  };
}

function defined<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
