import jsonDiff from 'json-diff';
import type { ElementShape } from '../data/element-types.ts';
import { SHAPE_FIELDS, type ShapeChange, type ShapeField } from '../data/history-types.ts';

type Facets = Partial<Record<ShapeField, string | boolean>>;

/** The compared facets of a shape; absent booleans count as false so that silence is not a change. */
function facetsOf(shape: ElementShape): Facets {
  const facets: Facets = {};
  if (shape.type !== undefined) facets.type = shape.type;
  if (shape.format !== undefined) facets.format = shape.format;
  if (shape.items !== undefined) facets.items = shape.items;
  if (shape.default !== undefined) facets.default = shape.default;
  facets.required = shape.required === true;
  facets.nullable = shape.nullable === true;
  return facets;
}

/** The facets that differ between two shapes of one element, as changes stamped with `version`. */
export function shapeChanges(before: ElementShape, after: ElementShape, version: string): ShapeChange[] {
  const from = facetsOf(before);
  const to = facetsOf(after);
  // json-diff names a changed member `x`, an added one `x__added`, a removed one `x__deleted`.
  const delta: Record<string, unknown> | undefined = jsonDiff.diff(from, to);
  if (!delta) return [];
  const changed = new Set(Object.keys(delta).map((member) => member.replace(/__(added|deleted)$/, '')));
  return SHAPE_FIELDS.filter((field) => changed.has(field)).map((field) => ({
    version,
    field,
    from: from[field] ?? null,
    to: to[field] ?? null,
  }));
}
