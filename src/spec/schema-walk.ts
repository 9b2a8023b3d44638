import { type SchemaView, viewSchema } from './schema-view.ts';
import type { SwaggerSchema } from './swagger-types.ts';

/**
 * Deep enough for every real field path (the deepest Engine API paths have
 * ten steps, counting `[]` and `{}`) while keeping pathological nesting finite.
 */
export const MAX_FIELD_DEPTH = 16;

/** Receives every named field under a root schema: `HostConfig.Mounts[].Type`. */
export type FieldVisitor = (name: string, view: SchemaView, required: boolean) => void;

/**
 * Visits the fields of a body or response schema. The root itself is not a
 * field: a root array contributes `[]` (`[].Id`), a root map `{}`. Array items
 * and map values are path markers, not fields of their own. Recursion stops
 * where a schema reappears on the current path; the stopping field is still
 * visited, its children are not.
 */
export function walkFields(root: SwaggerSchema, visit: FieldVisitor): void {
  descend(viewSchema(root), '', 0, new Set(), visit);
}

function descend(
  view: SchemaView,
  path: string,
  depth: number,
  active: Set<SwaggerSchema>,
  visit: FieldVisitor,
): void {
  if (depth >= MAX_FIELD_DEPTH || view.sources.some((source) => active.has(source))) return;
  for (const source of view.sources) active.add(source);
  for (const [name, property] of view.properties) {
    const field = path === '' ? name : `${path}.${name}`;
    const child = viewSchema(property);
    visit(field, child, view.required.has(name));
    descend(child, field, depth + 1, active, visit);
  }
  if (view.items) descend(viewSchema(view.items), `${path}[]`, depth + 1, active, visit);
  if (view.mapValues) descend(viewSchema(view.mapValues), `${path}{}`, depth + 1, active, visit);
  for (const source of view.sources) active.delete(source);
}
